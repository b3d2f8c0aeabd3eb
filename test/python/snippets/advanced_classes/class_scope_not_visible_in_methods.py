class Settings:
    DEFAULT = 10
    def get(self):
        return DEFAULT
try:
    Settings().get()
except NameError as e:
    print(e)
class Ok:
    DEFAULT = 10
    def get(self):
        return self.DEFAULT + Ok.DEFAULT
print(Ok().get())
