def f(*args, **kwargs):
    return args, kwargs
nums = [1, 2]
opts = {'a': 1}
print(f(*nums, 3, *nums, **opts, b=2))
print([*nums, *'xy'], (*nums,), {*nums, 3}, {**opts, 'c': 3, **{'a': 9}})
print(*nums, sep='-')
