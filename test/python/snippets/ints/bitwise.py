print(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1)
print(1 << 10, 1024 >> 3, -16 >> 2, 1 << 70)
print(-5 & 0xFF, -1 ^ 7, (2 ** 80) | 1)
print(int.bit_length(255), (1024).bit_length(), (-5).bit_length())
