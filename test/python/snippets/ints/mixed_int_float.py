print(1 + 2.0, 3 * 1.5, 10 - 0.5, 2 ** 0.5)
print(1 + True, 2.5 * False, 7 // 2.0)
print(type(1 + 2.0).__name__, type(4 / 2).__name__, type(4 // 2).__name__)
print(10 ** 16 + 1.0, float(10 ** 16 + 1))
