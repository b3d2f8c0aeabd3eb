from collections import deque, ChainMap
d = deque(maxlen=3)
for i in range(5):
    d.append(i)
print(d, d[0], list(d))
d.extendleft([9, 8])
print(d)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm))
