x = 10
def f():
    y = 5
    return sorted(locals())
print(f(), 'x' in globals(), globals()['x'], __name__)
