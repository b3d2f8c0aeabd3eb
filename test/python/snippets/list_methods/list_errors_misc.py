try:
    [1, 2] - [1]
except TypeError as e:
    print(e)
try:
    [1].append(1, 2)
except TypeError as e:
    print(e)
try:
    [].nope
except AttributeError as e:
    print(e)
try:
    [3, 1].sort(key=1)
except TypeError as e:
    print(e)
