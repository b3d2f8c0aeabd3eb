def risky():
    raise ValueError('original')
try:
    try:
        risky()
    except ValueError:
        print('logging and re-raising')
        raise
except ValueError as e:
    print('outer got', e)
