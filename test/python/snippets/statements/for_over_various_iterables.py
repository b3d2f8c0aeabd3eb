for x in 'ab':
    print(x)
for x in (1, 2):
    print(x)
for x in {'k1': 0, 'k2': 0}:
    print(x)
for x in range(3, 0, -1):
    print(x)
for line in 'l1\nl2'.splitlines():
    print(line)
