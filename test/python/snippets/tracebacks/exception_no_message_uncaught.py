class EmptyError(Exception):
    pass
def f():
    raise EmptyError
f()
