print(str(42), str(-3.5), str(None), str([1, 'a']), str({'k': 'v'}), str(b'x'))
print(repr(42), repr('x'), str('x'), ascii('héllo ☃'))
print(str(), repr(''), str(True))
