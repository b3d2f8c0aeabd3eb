class ModelBase(type):
    registry = []
    def __new__(mcs, name, bases, attrs):
        fields = [k for k, v in attrs.items() if isinstance(v, int) and not k.startswith('_')]
        cls = super().__new__(mcs, name, bases, attrs)
        cls._fields = fields
        if bases:
            ModelBase.registry.append(name)
        return cls
class Model(metaclass=ModelBase):
    pass
class Author(Model):
    age = 0
    rank = 1
    label = 'x'
print(Author._fields, ModelBase.registry, type(Author).__name__, isinstance(Author, ModelBase))
