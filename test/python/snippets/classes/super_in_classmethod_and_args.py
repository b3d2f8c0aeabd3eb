class Base:
    @classmethod
    def create(cls, *args):
        return f'{cls.__name__} created with {args}'
class Sub(Base):
    @classmethod
    def create(cls, *args):
        return 'Sub:' + super().create(*args, 'extra')
print(Sub.create(1))
class Base2:
    def __init__(self, **kwargs):
        self.kwargs = kwargs
class Sub2(Base2):
    def __init__(self, name, **kwargs):
        super(Sub2, self).__init__(**kwargs)
        self.name = name
s = Sub2('n', a=1)
print(s.name, s.kwargs)
