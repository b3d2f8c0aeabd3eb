b = b'hello'
print(b, len(b), b[0], b[1:3])
print(b'\x00\xff\n\t\'"')
print(bytes([65, 66, 67]), bytes(3))
print('héllo'.encode('utf-8'))
print(b'abc'.decode(), b'a' + b'b', b'ab' * 3)
print(bytearray(b'xy'))
