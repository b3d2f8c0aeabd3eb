def is_even(n):
    return is_odd(n - 1) if n else True
def is_odd(n):
    return is_even(n - 1) if n else False
print(is_even(10))
print(is_even(-1))
