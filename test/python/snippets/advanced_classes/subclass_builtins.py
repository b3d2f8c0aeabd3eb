class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list), s + [4])
class CaseInsensitiveDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
d = CaseInsensitiveDict()
d['Content-Type'] = 'json'
print(d['CONTENT-TYPE'], d, list(d.keys()))
class MyError(KeyError):
    pass
try:
    raise MyError('k')
except LookupError as e:
    print(repr(e), str(e))
