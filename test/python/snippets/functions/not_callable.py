items = [1, 2]
try:
    items()
except TypeError as e:
    print(e)
try:
    text = 'abc'
    text()
except TypeError as e:
    print(e)
try:
    nothing = None
    nothing()
except TypeError as e:
    print(e)
x = 5
try:
    x(1)
except TypeError as e:
    print(e)
