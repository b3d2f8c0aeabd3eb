class Field:
    def __init__(self, verbose_name=None, null=False, blank=False, default=None, max_length=None):
        self.verbose_name = verbose_name
        self.null = null
        self.blank = blank
        self.default = default
        self.max_length = max_length
    def deconstruct(self):
        keywords = {}
        for name, default in [('verbose_name', None), ('null', False), ('blank', False), ('default', None), ('max_length', None)]:
            value = getattr(self, name)
            if value != default:
                keywords[name] = value
        return (None, f'django.db.models.{type(self).__name__}', [], keywords)
class CharField(Field):
    pass
for f in [CharField(max_length=10), CharField(null=True, blank=True, default=''), Field()]:
    print(f.deconstruct())
name, path, args, kwargs = CharField(max_length=5).deconstruct()
print(f"{path.replace('django.db.models', 'models')}({', '.join(f'{k}={v!r}' for k, v in kwargs.items())})")
