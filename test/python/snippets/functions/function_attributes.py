def documented(a, b=2):
    """Adds things."""
    return a + b
print(documented.__name__, documented.__doc__, documented.__defaults__)
print(documented.__qualname__, documented.__module__)
documented.custom = 'attr'
print(documented.custom)
class C:
    def method(self):
        pass
print(C.method.__qualname__, C.method.__name__)
