class Combinable:
    def _combine(self, other, connector, reversed=False):
        if not isinstance(other, Combinable):
            other = Value(other)
        return CombinedExpression(other, connector, self) if reversed else CombinedExpression(self, connector, other)
    def __add__(self, other):
        return self._combine(other, '+')
    def __sub__(self, other):
        return self._combine(other, '-')
    def __mul__(self, other):
        return self._combine(other, '*')
    def __radd__(self, other):
        return self._combine(other, '+', reversed=True)
    def __rmul__(self, other):
        return self._combine(other, '*', reversed=True)
class F(Combinable):
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f'F({self.name})'
class Value(Combinable):
    def __init__(self, value):
        self.value = value
    def __repr__(self):
        return f'Value({self.value!r})'
class CombinedExpression(Combinable):
    def __init__(self, lhs, connector, rhs):
        self.lhs, self.connector, self.rhs = lhs, connector, rhs
    def __repr__(self):
        return f'<CombinedExpression: {self.lhs!r} {self.connector} {self.rhs!r}>'
print(F('price') * 2)
print(F('stock') - 1 + F('reserved'))
print(10 + F('views'), 1.5 * F('price'))
