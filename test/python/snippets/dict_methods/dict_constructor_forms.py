print(dict(a=1), dict([('a', 1), ['b', 2]]), dict({'x': 1}, y=2), dict(zip('ab', [1, 2])))
try:
    dict([('a', 1, 2)])
except ValueError as e:
    print(e)
try:
    dict([1])
except TypeError as e:
    print(e)
