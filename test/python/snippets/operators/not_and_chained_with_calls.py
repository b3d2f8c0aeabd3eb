def f(x):
    print('called', x)
    return x
print(f(1) < f(2) < f(0) < f(3))
print(not f(0) == f(0))
