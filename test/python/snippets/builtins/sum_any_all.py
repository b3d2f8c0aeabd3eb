print(sum([1, 2, 3]), sum([], 10), sum([0.1, 0.2]), sum([[1], [2]], []), sum(range(101)))
print(any([]), all([]), any([0, '', 1]), all([1, 'x', [0]]), all([1, 0]))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(e)
