import math
print(math.factorial(20), math.gcd(12, 18), math.gcd(0, 5), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2))
print(math.isqrt(99), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308))
print(math.floor(3), type(math.floor(3.5)).__name__, math.ceil(10 ** 20 + 0.5) == 10 ** 20)
