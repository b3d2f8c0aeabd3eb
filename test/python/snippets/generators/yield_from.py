def inner():
    yield 1
    yield 2
    return 'inner done'
def outer():
    result = yield from inner()
    print('inner returned', result)
    yield from range(3, 5)
    yield from 'ab'
print(list(outer()))
