class Base:
    @property
    def label(self):
        return 'base'
    @property
    def upper(self):
        return self.label.upper()
class Child(Base):
    @property
    def label(self):
        return 'child'
print(Base().upper, Child().upper, isinstance(Base.label, property))
