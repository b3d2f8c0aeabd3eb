class Query:
    def __init__(self, rows):
        self.rows = rows
    def filter(self, **kw):
        return Query([r for r in self.rows if all(r[k] == v for k, v in kw.items())])
    def first(self):
        return self.rows[0]
q = Query([{'a': 1}, {'a': 2}])
print(q.filter(a=2).first())
print(q.filter(b=3).first())
