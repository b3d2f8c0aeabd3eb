class P:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
for f in [lambda: P, lambda: 3]:
    pass
def t(v, c):
    try:
        match v:
            case c(1, 2, 3): return 'a'
    except TypeError as e:
        return str(e)
print(t(P(1,2), P), t(1, 3))
class Q: pass
def u(v):
    try:
        match v:
            case Q(1): return 1
    except TypeError as e:
        return str(e)
print(u(Q()))
class R:
    __match_args__ = ['a']
def w(v):
    try:
        match v:
            case R(1): return 1
    except TypeError as e:
        return str(e)
print(w(R()))
