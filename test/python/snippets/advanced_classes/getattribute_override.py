class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith('__'):
            print('get', name)
        return super().__getattribute__(name)
l = Logged()
print(l.a)
