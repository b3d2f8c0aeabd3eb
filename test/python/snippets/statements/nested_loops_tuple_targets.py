pairs = [(1, 'a'), (2, 'b')]
for num, letter in pairs:
    print(num, letter)
for i, (num, letter) in enumerate(pairs, start=1):
    print(i, num, letter)
for k, v in {'x': 1, 'y': 2}.items():
    print(k, v)
for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)
