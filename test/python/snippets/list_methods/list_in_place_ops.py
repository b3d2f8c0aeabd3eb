a = [1, 2]
a *= 2
print(a)
a += (3,)
print(a)
try:
    a = a + (4,)
except TypeError as e:
    print(e)
