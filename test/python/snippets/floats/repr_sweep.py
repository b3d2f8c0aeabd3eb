values = []
for i in range(-25, 26):
    values.append(1.1 * 10.0 ** i)
    values.append(2.0 ** i / 3)
    values.append(i / 7)
for v in values:
    print(repr(v), str(-v))
print(repr(5e-324), repr(2.2250738585072014e-308), repr(1.7976931348623157e308), repr(0.1 + 0.7))
