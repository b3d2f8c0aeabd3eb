s = 'naïve café'
b = s.encode('utf-8')
print(b, len(s), len(b))
print(b.decode('utf-8') == s, s.encode('ascii', 'ignore'), s.encode('ascii', 'replace'))
print('abc'.encode(), b'\xc3\xa9'.decode())
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e)
