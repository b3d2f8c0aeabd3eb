config = {'debug': True}
print(config['DEBUG'])
