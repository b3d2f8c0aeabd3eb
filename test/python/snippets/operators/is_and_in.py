a = [1, 2]
b = a
print(a is b, a is not b, [1, 2] is a, None is None)
print(2 in a, 3 not in a, 'b' in 'abc', 'ab' in 'abc', 'k' in {'k': 1}, 1 in {1: 'k'}.values())
print(1 in (1, 2), (1, 2) in [(1, 2)], 'x' in set('xyz'), 3 in range(5))
