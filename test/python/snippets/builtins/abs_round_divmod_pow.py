print(abs(-3), abs(2.5), abs(-0.0), abs(True))
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(7.25, 1), round(1e15 + 0.5))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(pow(2, 8), pow(2.0, 3), pow(5, -1, 7), pow(2, 100) % 1000)
