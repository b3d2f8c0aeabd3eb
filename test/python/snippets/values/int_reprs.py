print(0, -0, 10, -42, 1_000_000)
print(0x1F, 0o17, 0b1011, 0XFF, 0B11)
print(hex(255), oct(8), bin(10), hex(-255), bin(-3))
print(repr(12345678901234567890))
