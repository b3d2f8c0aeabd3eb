class Base:
    pass
class Child(Base):
    pass
c = Child()
print(isinstance(c, (int, Base)), isinstance(1, (str, float)), issubclass(Child, (Base,)), issubclass(Child, object))
print(isinstance(True, int), isinstance(None, type(None)), isinstance(Child, type))
try:
    isinstance(c, 'Base')
except TypeError as e:
    print(e)
