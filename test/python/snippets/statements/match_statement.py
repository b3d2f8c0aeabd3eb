def describe(value):
    match value:
        case 0:
            return 'zero'
        case int(n) if n < 0:
            return 'negative int'
        case int():
            return 'positive int'
        case [x, y]:
            return f'pair {x},{y}'
        case {'kind': kind}:
            return f'kind {kind}'
        case str() | bytes():
            return 'text'
        case _:
            return 'other'
for v in [0, -3, 7, [1, 2], {'kind': 'k', 'x': 1}, 'hi', b'b', 2.5]:
    print(describe(v))
