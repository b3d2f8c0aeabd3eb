registry = {}
def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls
@register
class Book:
    pass
@register
class Author:
    pass
print(sorted(registry), registry['book'] is Book)
