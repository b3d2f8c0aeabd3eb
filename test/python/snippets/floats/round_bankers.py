for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 0.125, 0.375]:
    print(x, round(x), round(x, 2), round(x, 1))
print(round(2.5), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(1234.5678, -2), round(1234.5678, 2))
