def trace(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper
@trace
def divide(a, b):
    return a / b
divide(1, 0)
