class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'
    def __str__(self):
        return f'({self.x}, {self.y})'
p = Point(1, 'a')
print(p)
print(repr(p), str(p), [p], {'p': p}, (p,))
print(f'{p} {p!r}')
