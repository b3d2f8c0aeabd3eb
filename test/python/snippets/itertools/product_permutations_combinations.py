import itertools
print(list(itertools.product('ab', [1, 2])), len(list(itertools.product(range(3), repeat=3))))
print(list(itertools.permutations('abc', 2)))
print(list(itertools.combinations(range(4), 2)), list(itertools.combinations_with_replacement('ab', 2)))
