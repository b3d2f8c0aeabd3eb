class P:
    def __init__(self):
        self.a = 1
        self.b = 2
p = P()
print(p.__dict__, vars(p))
p.__dict__['c'] = 3
print(p.c)
class S:
    __slots__ = ('x',)
s = S()
s.x = 1
try:
    s.y = 2
except AttributeError as e:
    print(e)
