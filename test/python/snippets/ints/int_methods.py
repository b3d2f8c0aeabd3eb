n = 255
print(n.to_bytes(2, 'big'), n.to_bytes(2, 'little'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print((10).__add__(5), (7).conjugate(), (12).real, (12).imag)
print((-7).__abs__(), n.numerator, n.denominator)
print((6).as_integer_ratio())
