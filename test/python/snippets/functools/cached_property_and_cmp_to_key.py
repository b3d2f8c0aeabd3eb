from functools import cached_property, cmp_to_key
class Report:
    def __init__(self, rows):
        self.rows = rows
    @cached_property
    def total(self):
        print('computing total')
        return sum(self.rows)
r = Report([1, 2, 3])
print(r.total, r.total)
def compare(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(compare)), sorted(['bb', 'a'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
