def f():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(f())
def g():
    for x in range(3):
        try:
            raise ValueError
        finally:
            break
    return 'broke out'
print(g())
