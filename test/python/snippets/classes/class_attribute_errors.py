class User:
    def __init__(self):
        self.username = 'ann'
u = User()
try:
    u.usernme
except AttributeError as e:
    print(e)
try:
    User.objects
except AttributeError as e:
    print(e)
try:
    u.save()
except AttributeError as e:
    print(e)
