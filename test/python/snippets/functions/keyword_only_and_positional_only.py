def f(a, b, /, c, *, d, e=5):
    return a, b, c, d, e
print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4, e=6))
def g(*, key):
    return key
print(g(key='k'))
