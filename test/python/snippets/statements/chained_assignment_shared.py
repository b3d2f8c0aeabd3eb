a = b = []
a.append(1)
print(b, a is b)
x = y = z = 'same'
print(x, y, z)
d = {}
d['a'] = d['b'] = 0
print(d)
