a = [1, [2, 3]]
b = a.copy()
c = a[:]
import copy
d = copy.deepcopy(a)
a[1].append(4)
a.append(5)
print(a, b, c, d)
