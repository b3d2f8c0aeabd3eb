class Dynamic:
    def __init__(self):
        self.real = 'real'
    def __getattr__(self, name):
        if name.startswith('x_'):
            return name[2:]
        raise AttributeError(f'{type(self).__name__!r} object has no attribute {name!r}')
d = Dynamic()
print(d.real, d.x_hello, getattr(d, 'x_y'))
try:
    d.missing
except AttributeError as e:
    print(e)
print(hasattr(d, 'x_q'), hasattr(d, 'nope'))
