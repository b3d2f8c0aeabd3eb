for v in [1, 1.5, 'x', b'x', [], (), {}, set(), frozenset(), None, True, range(3), len, print, type, object()]:
    print(type(v).__name__)
print(type(1), type('a'), type(None))
print(int, str, list, dict, object)
