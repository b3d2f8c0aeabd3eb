a = list(range(6))
a[1:3] = ['x', 'y', 'z']
print(a)
a[::2] = [0, 0, 0, 0]
print(a)
a[:] = []
print(a)
b = [1, 2, 3, 4]
b[1:1] = [9, 9]
print(b)
b[-1:] = []
print(b)
