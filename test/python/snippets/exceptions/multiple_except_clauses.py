def parse(value):
    try:
        return int(value)
    except (TypeError, ValueError) as e:
        return f'{type(e).__name__}: {e}'
print(parse('5'), parse('x'), parse(None))
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return 'missing'
    except Exception:
        return 'other'
print(lookup({'a': 1}, 'a'), lookup({}, 'b'), lookup(None, 'c'))
