class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented
    __radd__ = __add__
    def __eq__(self, other):
        return isinstance(other, Meters) and self.v == other.v
    def __repr__(self):
        return f'Meters({self.v})'
print(Meters(1) + Meters(2), Meters(1) + 5, 5 + Meters(1), sum([Meters(1), Meters(2)]))
print(Meters(1) == Meters(1), Meters(1) == 1, Meters(1) != Meters(2))
try:
    Meters(1) + 'x'
except TypeError as e:
    print(e)
