print(hash(1), hash(-1), hash(0), hash(2 ** 61), hash(True), hash(1.0), hash(1.5), hash((1, 2)) == hash((1, 2)))
print(hash('abc') == hash('abc'), hash(None) == hash(None))
try:
    hash([1])
except TypeError as e:
    print(e)
try:
    hash({})
except TypeError as e:
    print(e)
