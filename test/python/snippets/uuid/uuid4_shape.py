import uuid
u = uuid.uuid4()
s = str(u)
print(len(s), s.count('-'), u.version, s[14], isinstance(u, uuid.UUID), u == uuid.UUID(s))
print(len(u.hex), type(u.int).__name__, uuid.uuid4() != uuid.uuid4())
