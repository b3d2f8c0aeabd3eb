def parse(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError(f'expected a number, got {s!r}')
parse('abc')
