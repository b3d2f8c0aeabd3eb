b = b'Hello, World'
print(b.upper(), b.lower(), b.split(b', '), b.replace(b'World', b'There'), b.startswith(b'He'))
print(b.find(b'o'), b.count(b'l'), b.strip(b'Hd'), b.hex(), bytes.fromhex('48 69'), b.decode('ascii'))
print(b'-'.join([b'a', b'b']), b'abc' < b'abd', b'a' in b'cat', b'x' * 3)
