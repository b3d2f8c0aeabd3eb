print(str(12), int('12'), float('1.5'), bool(''), bool('x'))
print(list('abc'), tuple([1, 2]), dict(a=1, b=2), dict([('k', 'v')]), set([1, 1, 2]), frozenset('aa'))
print(list(), tuple(), dict(), set(), str(), int(), float(), bool())
print(dict({'a': 1}, b=2), list({'x': 1}), list(range(2)))
