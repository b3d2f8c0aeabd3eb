class Q:
    AND = 'AND'
    OR = 'OR'
    def __init__(self, *children, connector='AND', negated=False, **kwargs):
        self.children = [*children, *sorted(kwargs.items())]
        self.connector = connector
        self.negated = negated
    def _combine(self, other, conn):
        return Q(self, other, connector=conn)
    def __or__(self, other):
        return self._combine(other, self.OR)
    def __and__(self, other):
        return self._combine(other, self.AND)
    def __invert__(self):
        q = Q(*self.children, connector=self.connector, negated=not self.negated)
        return q
    def __repr__(self):
        template = '(NOT (%s: %s))' if self.negated else '(%s: %s)'
        return template % (self.connector, ', '.join(str(c) for c in self.children))
print(Q(title='Dune'))
print(Q(pages__gt=100) | Q(title__startswith='A'))
print(~Q(published=True) & Q(year=2024))
