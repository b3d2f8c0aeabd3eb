class Thing:
    def __init__(self):
        self._v = 1
    def get_v(self):
        return self._v
    def del_v(self):
        print('deleting')
        del self._v
    v = property(get_v, None, del_v, 'the v')
t = Thing()
print(t.v)
del t.v
print(hasattr(t, '_v'), Thing.v.__doc__)
