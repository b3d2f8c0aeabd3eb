class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
print(Key(1) == Key(1), Key(1) != Key(2), Key(1) == 1)
print(len({Key(1), Key(1), Key(2)}), {Key(3): 'x'}[Key(3)])
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash()}
except TypeError as e:
    print(e)
