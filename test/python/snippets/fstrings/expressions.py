items = [1, 2, 3]
d = {'key': 'value'}
print(f'{len(items)} items, first={items[0]}, sum={sum(items)}')
print(f"{d['key']} {d.get('missing', 'default')}")
print(f'{"yes" if items else "no"} {[i * 2 for i in items]} {(lambda: 1)() is not None}')
print(f'{items!r:>15}')
