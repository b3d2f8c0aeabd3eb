d = {'a': 1}
print(d.get('a'), d.get('b'), d.get('b', 0))
print(d.setdefault('b', []), d.setdefault('a', 99), d)
d.setdefault('b', []).append('x')
print(d)
