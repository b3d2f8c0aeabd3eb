class Field:
    creation_counter = 0
    def __init__(self, *args, **kwargs):
        self.args = args
        self.kwargs = kwargs
        Field.creation_counter += 1
        self.counter = Field.creation_counter
    def __repr__(self):
        params = [repr(a) for a in self.args] + [f'{k}={v!r}' for k, v in sorted(self.kwargs.items())]
        return f'{type(self).__name__}({", ".join(params)})'
class CharField(Field):
    pass
class IntegerField(Field):
    pass
class ForeignKey(Field):
    pass
class Model:
    pass
class Author(Model):
    name = CharField(max_length=100)
    age = IntegerField(null=True, blank=True)
    class Meta:
        ordering = ['name']
        verbose_name_plural = 'authors'
    def __str__(self):
        return self.name
class Book(Model):
    title = CharField('Title', max_length=200, db_index=True)
    author = ForeignKey('library.Author', on_delete='CASCADE', related_name='books')
    class Meta:
        unique_together = [('title', 'author')]
        db_table = 'library_book'
for model in (Author, Book):
    fields = sorted(((k, v) for k, v in vars(model).items() if isinstance(v, Field)), key=lambda kv: kv[1].counter)
    print(model.__name__, [f'{k}={v!r}' for k, v in fields])
    meta = {k: v for k, v in vars(model.Meta).items() if not k.startswith('_')}
    print('  Meta', meta)
