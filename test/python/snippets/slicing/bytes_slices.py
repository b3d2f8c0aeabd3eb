b = b'abcdef'
print(b[1:3], b[::-1], b[0], b[-1], list(b[:3]))
