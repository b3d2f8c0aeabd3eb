print({})
print({'a': 1, 'b': [1, 2], 3: 'c'})
d = {'z': 1, 'a': 2, 'm': 3}
print(d)
d['b'] = 4
print(d, list(d))
print({1: {2: {3: {}}}})
print({(1, 2): 'tuple key', None: 0, True: 'yes'})
