fs = frozenset([1, 2, 2])
print(fs, len(fs), 1 in fs, fs | {3}, type(fs | {3}).__name__, {fs: 'key'}[frozenset({1, 2})])
try:
    fs.add(3)
except AttributeError as e:
    print(e)
