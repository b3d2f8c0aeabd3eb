class P:
    cls_attr = 1
    def __init__(self):
        self.x = 1
        self.y = 'y'
    def method(self):
        pass
p = P()
print(vars(p))
print([n for n in dir(p) if not n.startswith('__')])
print([n for n in dir(P) if not n.startswith('_')])
print('append' in dir([]), 'upper' in dir(''), 'keys' in dir({}))
