data = {'name': 'Bob', 'age': 42}
print('%(name)s is %(age)d' % data)
print('%(name)r, %(age)05d' % data)
