name = 'World'
n = 3
print(f'Hello, {name}!')
print(f'{n} + {n} = {n + n}')
print(F'upper F {name.upper()}', f"double {name!r}", f'''triple {n}''')
print(f'{{braces}} {n}')
