a = ['a', 'b', 'c', 'b']
print(a.index('b'), a.index('b', 2), a.count('b'), a.count('z'))
try:
    a.index('z')
except ValueError as e:
    print(e)
