print(sum(i for i in range(4)), sorted((x for x in [3, 1, 2]), reverse=True))
print(list(zip((i for i in range(3)), 'abc')))
