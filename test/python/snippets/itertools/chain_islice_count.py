import itertools
print(list(itertools.chain([1, 2], 'ab', (3,))), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.islice('abcdefg', 2, 6, 2)), list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.islice(itertools.cycle('ab'), 5)), list(itertools.repeat('x', 3)))
