import functools
@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))
vs = [Version(1, 10), Version(1, 2), Version(0, 9, 1)]
print(sorted(vs), max(vs), Version(1, 2) <= Version(1, 2), Version(2) > Version(1, 99))
