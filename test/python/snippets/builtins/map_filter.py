print(list(map(int, ['1', '2'])), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
print(list(filter(None, [0, 1, '', 'a', None])), list(filter(lambda x: x > 1, [1, 2, 3])))
m = map(str.upper, 'ab')
print(type(m).__name__, next(m), list(m))
