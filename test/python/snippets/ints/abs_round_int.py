print(abs(-5), abs(5), abs(-10 ** 25))
print(round(5), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(5, 2))
