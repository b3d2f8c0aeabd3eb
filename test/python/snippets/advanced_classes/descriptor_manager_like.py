class Manager:
    def __set_name__(self, owner, name):
        self.model = owner
    def __get__(self, instance, owner):
        if instance is not None:
            raise AttributeError(f"Manager isn't accessible via {owner.__name__} instances")
        return self
    def all(self):
        return f'all {self.model.__name__} rows'
class Book:
    objects = Manager()
print(Book.objects.all())
try:
    Book().objects
except AttributeError as e:
    print(e)
