x = 1
del x
try:
    print(x)
except NameError as e:
    print(e)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
lst = [1, 2, 3]
del lst[0], lst[0]
print(lst)
class C:
    pass
c = C()
c.attr = 1
del c.attr
print(hasattr(c, 'attr'))
try:
    del d['zzz']
except KeyError as e:
    print('KeyError', e)
