class Person:
    def __init__(self, first):
        self.first = first
    @property
    def full_name(self):
        return self.first + ' ' + self.last
print(Person('Ann').full_name)
