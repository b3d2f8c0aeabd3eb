print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), tuple(reversed((1, 2))))
print(list(reversed({'a': 1, 'b': 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
