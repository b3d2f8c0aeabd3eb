def make_multiplier(n):
    def multiply(x):
        return x * n
    return multiply
double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5))
funcs = [lambda x, i=i: x + i for i in range(3)]
print([fn(10) for fn in funcs])
late = [lambda: i for i in range(3)]
print([fn() for fn in late])
