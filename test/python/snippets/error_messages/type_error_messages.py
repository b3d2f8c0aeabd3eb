nothing = None
five = 5
cases = [
    lambda: 1 + None,
    lambda: 'a' + 1,
    lambda: [1] + 'a',
    lambda: len(1),
    lambda: int([]),
    lambda: nothing[0],
    lambda: five[0],
    lambda: {}[[]],
    lambda: iter(3),
    lambda: 'abc'.join([1, 2]),
    lambda: sorted([1, None]),
    lambda: 'x' < 1,
    lambda: (1, 2).append,
]
for case in cases:
    try:
        case()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
