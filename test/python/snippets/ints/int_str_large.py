n = 7 ** 77
s = str(n)
print(len(s), s[:10], s[-10:])
print(int(s) == n, hex(n)[:12])
print(f'{n:,}'[:20])
