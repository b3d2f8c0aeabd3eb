items = [1, 2]
try:
    items()
except TypeError as e:
    print(e)
try:
    'abc'()
except TypeError as e:
    print(e)
try:
    None()
except TypeError as e:
    print(e)
x = 5
try:
    x(1)
except TypeError as e:
    print(e)
