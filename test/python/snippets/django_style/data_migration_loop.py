class Row:
    def __init__(self, pk, first, last, full=None):
        self.pk = pk
        self.first = first
        self.last = last
        self.full = full
saved = []
class Manager:
    def __init__(self, rows):
        self.rows = rows
    def all(self):
        return list(self.rows)
    def filter(self, **kw):
        return [r for r in self.rows if all(getattr(r, k) == v for k, v in kw.items())]
def forwards(rows):
    objects = Manager(rows)
    for person in objects.all():
        person.full = f'{person.first} {person.last}'.strip()
        saved.append(person.pk)
    return objects
rows = [Row(1, 'Ada', 'Lovelace'), Row(2, 'Alan', 'Turing'), Row(3, 'Grace', '')]
objects = forwards(rows)
print(saved)
print([r.full for r in objects.all()])
print([r.pk for r in objects.filter(last='')])
