x = 'outer'
result = [x for x in range(3)]
print(x, result)
n = 10
print([n + i for i in range(3)])
class K:
    factor = 2
    values = [i * 2 for i in range(3)]
print(K.values)
