import functools
def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def ping():
    """Ping doc."""
    return 'ping'
print(ping(), ping.__name__, ping.__doc__)
