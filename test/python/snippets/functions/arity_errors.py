def f(x, y):
    return x + y
for args, kwargs in [((), {}), ((1,), {}), ((1, 2, 3), {}), ((1,), {'z': 2}), ((1, 2), {'x': 1})]:
    try:
        f(*args, **kwargs)
    except TypeError as e:
        print(e)
