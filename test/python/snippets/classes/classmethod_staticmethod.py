class Date:
    count = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split('-')))
    @staticmethod
    def is_valid(s):
        return len(s.split('-')) == 3
    def __repr__(self):
        return f'{type(self).__name__}({self.y}, {self.m}, {self.d})'
class MyDate(Date):
    pass
print(Date.from_string('2024-01-02'), MyDate.from_string('2000-12-31'))
print(Date.is_valid('1-2-3'), Date('x', 'y', 'z').is_valid('1'), Date.count)
