def g(a, b, c, *, key, other=1):
    pass
for call in [lambda: g(), lambda: g(1, 2, 3), lambda: g(1, 2, 3, 4, key=1), lambda: g(1, 2, 3, key=1, bad=2)]:
    try:
        call()
    except TypeError as e:
        print(e)
def h(*, a, b):
    pass
try:
    h()
except TypeError as e:
    print(e)
def p(x, /):
    pass
try:
    p(x=1)
except TypeError as e:
    print(e)
def noargs():
    pass
try:
    noargs(1)
except TypeError as e:
    print(e)
