class Money:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print('lt called')
        return self.v < other.v
    def __gt__(self, other):
        print('gt called')
        return self.v > other.v
a, b = Money(1), Money(2)
print(a < b)
print(a > b)
print(sorted([Money(3), Money(1)], key=lambda m: m.v)[0].v)
try:
    Money(1) <= Money(2)
except TypeError as e:
    print(e)
