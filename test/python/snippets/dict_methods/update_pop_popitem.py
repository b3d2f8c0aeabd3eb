d = {'a': 1, 'b': 2}
d.update({'b': 20, 'c': 3})
d.update(d=4)
d.update([('e', 5)])
print(d)
print(d.pop('a'), d.pop('zz', 'default'), d)
print(d.popitem(), d)
try:
    d.pop('missing')
except KeyError as e:
    print('KeyError', e)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e)
