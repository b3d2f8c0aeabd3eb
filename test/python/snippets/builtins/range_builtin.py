print(list(range(3)), list(range(2, 5)), list(range(0, 10, 3)), list(range(10, 0, -3)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
