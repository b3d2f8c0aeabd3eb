class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, instance, owner):
        if instance is None:
            return self
        return instance.__dict__.get(self.name, 'unset')
    def __set__(self, instance, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name} must be {self.kind.__name__}, got {type(value).__name__}')
        instance.__dict__[self.name] = value
class Person:
    name = Typed(str)
    age = Typed(int)
p = Person()
print(p.name)
p.name = 'Ann'
p.age = 30
print(p.name, p.age, type(Person.name).__name__, Person.age.name)
try:
    p.age = 'old'
except TypeError as e:
    print(e)
