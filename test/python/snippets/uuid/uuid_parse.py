import uuid
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.version, str(u).upper())
print(uuid.UUID('{12345678-1234-5678-1234-567812345678}') == u, uuid.UUID(hex='12345678123456781234567812345678') == u)
print(u.bytes, uuid.UUID(bytes=u.bytes) == u, u.urn)
