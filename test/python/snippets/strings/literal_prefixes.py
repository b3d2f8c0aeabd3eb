x = 5
print(u'unicode prefix', U'upper U', b'bytes', B'upper B')
print(rb'raw\bytes', Rb'\x', bR'\n', BR'\t')
print(rf'raw f {x}\n', fr'{x}\t', Rf'{x!r}', fR'{x:>3}')
print(f'{x}' 'plain' f'{x + 1}', 'a' 'b' 'c')
print(f'{"nested"}', f"{'single in double'}", f'''{"triple" + 'mix'}''')
print(f'{f"{x}"}', f"{f'{x:03}'}")
