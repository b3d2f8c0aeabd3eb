vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 63, -(2 ** 63), 2 ** 64 - 1, 12345678901234567890, -98765432109876543210]
for a in vals:
    print(a, a & 0xFFFF, a | 0x10, a ^ -1, ~a, a >> 3, a << 3, a >> 70, (a & vals[7]) == 0)
for a in vals[:6]:
    print([a & b for b in vals], [a ^ b for b in vals[:4]])
