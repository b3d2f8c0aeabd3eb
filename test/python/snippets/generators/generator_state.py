def g():
    yield 1
gen = g()
print(list(gen), list(gen))
print(type(g).__name__, type(gen).__name__)
