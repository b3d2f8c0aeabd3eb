a, b = 1, 2
msg = (
    f'a={a} '
    f'b={b} '
    'plain '
    f'{a + b=}'
)
print(msg)
print(f'''
{a}
  {b}
''')
