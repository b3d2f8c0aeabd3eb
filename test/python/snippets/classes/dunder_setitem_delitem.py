class Registry:
    def __init__(self):
        self._data = {}
    def __setitem__(self, k, v):
        print('set', k)
        self._data[k] = v
    def __getitem__(self, k):
        return self._data[k]
    def __delitem__(self, k):
        print('del', k)
        del self._data[k]
    def __bool__(self):
        return bool(self._data)
r = Registry()
print(bool(r))
r['a'] = 1
print(r['a'], bool(r))
del r['a']
print(bool(r))
