d = {'x': 1, 'y': 2, 'z': 3}
print(d.keys(), d.values(), d.items())
print(list(d.keys()), list(d.values()), list(d.items()))
keys = d.keys()
d['w'] = 4
print(keys, len(keys), 'w' in keys)
