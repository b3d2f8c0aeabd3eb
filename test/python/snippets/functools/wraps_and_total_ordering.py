import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        print('calling', fn.__name__)
        return fn(*a, **k)
    return wrapper
@logged
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__(3, 4))
