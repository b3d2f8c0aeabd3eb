point = 3, 4
x, y = point
print(point, x, y, hash((1, 2)) == hash((1, 2)), {(1, 2): 'ok'}[(1, 2)])
single = 'a',
print(single, len(single), type(()).__name__)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
