def nothing():
    pass
def early(x):
    if x:
        return 'early'
    print('not early')
def multi():
    return 1, 'two', [3]
print(nothing(), early(1), early(0), multi())
a, b, c = multi()
print(a, b, c)
