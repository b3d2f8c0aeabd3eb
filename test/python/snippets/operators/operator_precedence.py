print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 * 2, -2 ** 2, not 1 == 2, 1 + 2 == 3)
print(10 - 5 - 2, 2 ** 2 ** 3, 100 // 10 // 3, 1 | 2 ^ 3 & 4, 1 << 2 + 1)
print(True or False and False, (True or False) and False, not True or True)
