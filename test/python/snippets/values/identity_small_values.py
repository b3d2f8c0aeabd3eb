a = None
b = None
print(a is b)
x = [1]
y = x
z = [1]
print(x is y, x is z, x == z)
print(id(x) == id(y), id(x) == id(z))
