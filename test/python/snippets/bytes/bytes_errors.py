try:
    b'a' + 'b'
except TypeError as e:
    print(e)
try:
    bytes('abc')
except TypeError as e:
    print(e)
try:
    bytes([256])
except ValueError as e:
    print(e)
print(bytes('abc', 'utf-8'), list(b'ab'), b'\x00'.isalnum())
