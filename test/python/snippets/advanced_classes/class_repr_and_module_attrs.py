class Thing:
    """Docstring of Thing."""
print(Thing.__doc__, Thing.__name__, Thing.__qualname__, Thing.__module__, repr(Thing))
def func():
    pass
print(func.__doc__, func.__module__, type(func).__name__)
