for i in range(40):
    x = i * 0.125 - 2.5
    print(x, round(x), round(x, 1), round(x, 2), round(-x), round(x * 100, -1))
for x in [0.285, 0.675, 1.005, 2.675, 1.115, 1e-5, 123456.789]:
    print(x, round(x, 2), round(x, 3), round(x, -2))
