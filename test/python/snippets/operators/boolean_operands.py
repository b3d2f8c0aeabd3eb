print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'default', '' and 'x')
print([] or {} or 'last', 'a' and 'b' and 'c', not 0, not 'x', not [])
def noisy(v):
    print('eval', v)
    return v
print(noisy(0) and noisy(1))
print(noisy(1) or noisy(2))
print(noisy(1) and noisy(0) or noisy(3))
