print(min(3, 1, 2), max([4, 9, 2]), min('hello'), max('a', 'b'), max([1, 2], [1, 3]))
print(min([], default='empty'), max([('a', 2), ('b', 1)], key=lambda t: t[1]))
print(min({'x': 3, 'y': 1}, key=lambda k: {'x': 3, 'y': 1}[k]))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min(1)
except TypeError as e:
    print(e)
