import math
for x in [2.5, -2.5, 2.4999, -0.5, 7.0]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), round(x), int(x), math.modf(x))
print(math.frexp(8.0), math.ldexp(0.5, 4))
