a = {1, 2, 3}
b = {3, 4}
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.issubset({1, 2, 3, 4}), a.issuperset({1}), a.isdisjoint({9}), a.union([7], (8,)))
c = a.copy()
c.intersection_update(b)
print(c, a)
c = set(a)
c.difference_update([1])
print(c)
