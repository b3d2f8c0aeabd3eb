import itertools
import operator
data = [('a', 1), ('a', 2), ('b', 3), ('a', 4)]
for key, group in itertools.groupby(data, key=lambda t: t[0]):
    print(key, list(group))
print([(k, len(list(g))) for k, g in itertools.groupby('aaabccdd')])
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3, 4], operator.mul)))
print(list(itertools.accumulate([3, 1, 5], max, initial=0)))
