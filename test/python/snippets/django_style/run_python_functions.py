def forwards_func(apps, schema_editor):
    Country = apps.get_model('myapp', 'Country')
    for name, code in [('France', 'fr'), ('Germany', 'de')]:
        Country.objects.create(name=name, code=code)
def reverse_func(apps, schema_editor):
    Country = apps.get_model('myapp', 'Country')
    Country.objects.filter(code__in=['fr', 'de']).delete()
class FakeObjects:
    def __init__(self):
        self.rows = []
    def create(self, **kw):
        self.rows.append(kw)
        print('INSERT', sorted(kw.items()))
    def filter(self, **kw):
        print('FILTER', kw)
        return self
    def delete(self):
        print('DELETE', len(self.rows))
        self.rows.clear()
class FakeModel:
    objects = FakeObjects()
class FakeApps:
    def get_model(self, app_label, model_name):
        print('get_model', app_label, model_name)
        return FakeModel
forwards_func(FakeApps(), None)
reverse_func(FakeApps(), None)
print(forwards_func.__name__, reverse_func.__code__.co_argcount)
