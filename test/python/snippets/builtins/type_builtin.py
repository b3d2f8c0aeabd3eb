print(type(1) is int, type('a') == str, type(type), type(None).__name__)
Dyn = type('Dyn', (object,), {'x': 5, 'hello': lambda self: 'hi'})
d = Dyn()
print(Dyn.__name__, d.x, d.hello(), isinstance(d, Dyn))
