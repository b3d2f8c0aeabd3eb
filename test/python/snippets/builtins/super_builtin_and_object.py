print(object().__class__.__name__, object.__name__, isinstance(5, object))
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(e)
