class QuerySet:
    def __init__(self, rows, ops=()):
        self.rows = rows
        self.ops = ops
    def filter(self, **kw):
        return QuerySet([r for r in self.rows if all(r.get(k) == v for k, v in kw.items())], self.ops + (('filter', kw),))
    def exclude(self, **kw):
        return QuerySet([r for r in self.rows if not all(r.get(k) == v for k, v in kw.items())], self.ops + (('exclude', kw),))
    def order_by(self, *keys):
        rows = list(self.rows)
        for key in reversed(keys):
            rows.sort(key=lambda r: r[key.lstrip('-')], reverse=key.startswith('-'))
        return QuerySet(rows, self.ops + (('order_by', keys),))
    def values_list(self, field, flat=False):
        return [r[field] for r in self.rows]
    def count(self):
        return len(self.rows)
    def __iter__(self):
        return iter(self.rows)
    def __len__(self):
        return len(self.rows)
    def __repr__(self):
        return f'<QuerySet {self.rows!r}>'
books = QuerySet([
    {'id': 1, 'title': 'B', 'year': 2001, 'published': True},
    {'id': 2, 'title': 'A', 'year': 1999, 'published': False},
    {'id': 3, 'title': 'C', 'year': 2001, 'published': True},
])
qs = books.filter(published=True).order_by('-year', 'title')
print(qs.values_list('title', flat=True), qs.count(), len(books.exclude(year=2001)))
print([op for op, _ in qs.ops])
print(books.filter(id=2))
