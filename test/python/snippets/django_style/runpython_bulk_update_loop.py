class Obj:
    def __init__(self, pk, email):
        self.pk = pk
        self.email = email
class QS(list):
    def only(self, *fields):
        return self
    def iterator(self, chunk_size=2000):
        return iter(self)
    def bulk_update(self, objs, fields, batch_size=None):
        batches = [objs[i:i + batch_size] for i in range(0, len(objs), batch_size)] if batch_size else [objs]
        for batch in batches:
            print('UPDATE', fields, [o.pk for o in batch])
        return len(objs)
rows = QS(Obj(i, f'User{i}@Example.COM ') for i in range(1, 8))
def normalise_emails(queryset):
    changed = []
    for obj in queryset.only('email').iterator(chunk_size=3):
        cleaned = obj.email.strip().lower()
        if cleaned != obj.email:
            obj.email = cleaned
            changed.append(obj)
    return queryset.bulk_update(changed, ['email'], batch_size=3)
print(normalise_emails(rows), rows[0].email)
