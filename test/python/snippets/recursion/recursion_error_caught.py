def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print('RecursionError:', e)
print('interpreter still usable', sum(range(10)))
