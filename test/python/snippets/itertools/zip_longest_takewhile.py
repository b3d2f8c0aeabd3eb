import itertools
print(list(itertools.zip_longest('abc', [1], fillvalue='-')))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.filterfalse(lambda x: x % 2, range(6))), list(itertools.compress('abcd', [1, 0, 1, 0])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.pairwise('abcd')))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
