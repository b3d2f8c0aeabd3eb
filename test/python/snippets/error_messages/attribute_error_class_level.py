class Meta:
    ordering = ['name']
try:
    Meta.orderin
except AttributeError as e:
    print(e)
class Model:
    def save(self):
        pass
try:
    Model().sav()
except AttributeError as e:
    print(e)
