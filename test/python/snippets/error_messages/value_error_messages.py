cases = [
    lambda: int('3.5'),
    lambda: float('x'),
    lambda: [1].index(2),
    lambda: 'abc'.index('z'),
    lambda: (1,).index(2),
    lambda: ''.join(['a']).split(''),
    lambda: 'a'.center(-1, 'ab'),
    lambda: chr(0x110000),
    lambda: list(range(3)).remove(9),
    lambda: dict.fromkeys([1]).popitem() and {}.popitem(),
]
for case in cases:
    try:
        case()
    except (ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
