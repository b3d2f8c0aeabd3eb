import string
f = string.Formatter()
print(f.format('{0} and {name}', 'x', name='y'))
print([tuple(p) for p in f.parse('a{0}b{x:>3}c')])
