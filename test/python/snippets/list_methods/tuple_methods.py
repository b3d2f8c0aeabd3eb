t = (1, 2, 3, 2, 2)
print(t.count(2), t.index(3), t.index(2, 2), len(t), t + (4,), t * 2)
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    t.append(4)
except AttributeError as e:
    print(e)
