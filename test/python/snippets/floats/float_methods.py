print((2.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio())
print(float.fromhex('0x1.8p1'), (1.5).hex())
print((3.7).__trunc__(), int(-3.7), float(7))
