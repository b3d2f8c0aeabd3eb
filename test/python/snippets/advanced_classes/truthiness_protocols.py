class Empty:
    def __len__(self):
        return 0
class Falsy:
    def __bool__(self):
        return False
class Default:
    pass
print(bool(Empty()), bool(Falsy()), bool(Default()), not Empty(), 'yes' if Default() else 'no')
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
