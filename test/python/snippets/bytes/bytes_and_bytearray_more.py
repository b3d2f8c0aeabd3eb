b = b'Hello, World'
print(b.upper(), b.lower(), b.split(b', '), b.replace(b'World', b'There'), b.startswith(b'He'))
print(b.find(b'o'), b.count(b'l'), b.strip(b'Hd'), b.hex(), bytes.fromhex('48 69'), b.decode('ascii'))
print(b'-'.join([b'a', b'b']), b'abc' < b'abd', b'a' in b'cat', b'x' * 3, 3 * b'ab', 97 in b'a')
print(b'  a b  c '.split(), b'a,b,,c'.split(b',', 1), b'a,b,c'.rsplit(b',', 1), b' x '.strip(), b'x\ny\r\nz'.splitlines())
print(b'abc'.title(), b'hello world'.capitalize(), b'AbC'.swapcase(), b'abc'.isalpha(), b'12'.isdigit(), b''.isalnum())
print(b'a'.center(5, b'*'), b'5'.zfill(3), b'abc'.partition(b'b'), b'abc'.endswith((b'x', b'c')), b'abc'.index(b'c'))
print(hash(b'abc') == hash(b'abc'), {b'k': 1}[b'k'], b'abc'[1:], b'abc'[-1], list(b'ab'), bytes(b'x'), bytes(bytearray(b'y')))
print(bytes(range(3)), bytes([1, 2]), b'\xff'.decode('latin-1'), b'ab' == bytearray(b'ab'), bytearray(b'ab') == b'ab')
ba = bytearray(b'abc')
ba[0] = 65
ba.append(100)
ba.extend(b'ef')
ba += b'g'
print(ba, bytes(ba), len(ba), ba.decode(), ba[1:3], ba.upper(), ba.pop(), ba)
ba[1:3] = b'XYZ'
del ba[0]
ba.insert(0, 33)
ba.remove(33)
print(ba, ba.copy(), bytearray(3), bytearray('hé', 'utf-8'), bytearray([1, 2]), bytearray(b'a') + b'b', b'a' + bytearray(b'b'))
for f in [lambda: b'a' + 'b', lambda: bytes('abc'), lambda: bytes([256]), lambda: bytearray([256]), lambda: b'a'.split('a'),
          lambda: 'a' in b'abc', lambda: hash(bytearray()), lambda: b'a'[5], lambda: bytearray(b'a')[5], lambda: bytes(-1),
          lambda: bytes(1.5), lambda: b''.join(['a']), lambda: bytearray(b'a').append(300), lambda: bytes.fromhex('4g'),
          lambda: bytearray() + 'x', lambda: b'abc'.index(b'z'), lambda: b'x'.decode('ascii', 'strict') + 1]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(bytes('abc', 'utf-8'), list(b'ab'), b'\x00'.isalnum(), b'%b' if False else b'', bool(b''), bool(b'a'))
print(b'abc'.removeprefix(b'a'), sorted([b'b', b'a']), max(b'abc'), b'a b'.split(None), repr(bytearray()), str(b'x'))
