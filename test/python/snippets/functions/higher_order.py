def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))
def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 2), apply(str.upper, 'x'))
