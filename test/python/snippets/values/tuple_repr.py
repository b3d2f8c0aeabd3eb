print(())
print((1,))
print((1, 2))
print(((1,), (2, 3), ()))
print(tuple('abc'))
t = 1, 2, 3
print(t, type(t).__name__)
