def f(a, *args, **kwargs):
    return a, args, kwargs
print(f(1))
print(f(1, 2, 3))
print(f(1, 2, x=3, y=4))
print(f(*[1, 2], **{'k': 'v'}))
