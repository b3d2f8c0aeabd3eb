class O:
    a = 1
o = O()
print(getattr(o, 'a'), getattr(o, 'b', 'default'), hasattr(o, 'a'), hasattr(o, 'b'))
setattr(o, 'b', 2)
print(o.b, getattr(o, 'b'))
delattr(o, 'b')
print(hasattr(o, 'b'))
try:
    getattr(o, 'missing')
except AttributeError as e:
    print(e)
try:
    getattr(o, 1)
except TypeError as e:
    print(e)
