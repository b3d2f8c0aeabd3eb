class Options:
    def __init__(self, meta, model_name):
        self.ordering = list(getattr(meta, 'ordering', []))
        self.abstract = getattr(meta, 'abstract', False)
        self.db_table = getattr(meta, 'db_table', f'app_{model_name.lower()}')
        self.verbose_name = getattr(meta, 'verbose_name', model_name.lower())
class ModelBase(type):
    def __new__(mcs, name, bases, attrs):
        meta = attrs.pop('Meta', None)
        cls = super().__new__(mcs, name, bases, attrs)
        if meta is None:
            parent = next((b for b in bases if hasattr(b, '_meta')), None)
            meta = type('Meta', (), {'ordering': parent._meta.ordering} if parent else {})
        cls._meta = Options(meta, name)
        return cls
class Model(metaclass=ModelBase):
    class Meta:
        abstract = True
class TimeStamped(Model):
    class Meta:
        abstract = True
        ordering = ['-created']
class Article(TimeStamped):
    pass
class Comment(TimeStamped):
    class Meta:
        verbose_name = 'reader comment'
        db_table = 'comments'
for m in (Model, TimeStamped, Article, Comment):
    o = m._meta
    print(m.__name__, o.abstract, o.ordering, o.db_table, o.verbose_name, hasattr(m, 'Meta'))
