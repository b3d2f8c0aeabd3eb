class Dog:
    species = 'canis'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says woof'
d = Dog('Rex')
print(d.speak(), d.name, d.species, Dog.species)
print(type(d).__name__, isinstance(d, Dog), Dog.__name__)
