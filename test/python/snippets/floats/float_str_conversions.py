print(str(1.0), str(1.5e-10), str(123.456), str(-0.0001))
print(float(10 ** 20), float(2 ** 100), float(1 / 7))
print(int(1e300) % 1000 == int(1e300) % 1000)
print(repr(1e22), repr(1e21), repr(1e23))
