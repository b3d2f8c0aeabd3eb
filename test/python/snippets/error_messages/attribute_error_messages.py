for obj, attr in [(1, 'foo'), ('s', 'lenght'), ([], 'push'), ({}, 'has_key'), (None, 'x'), (len, 'y'), (int, 'parse')]:
    try:
        getattr(obj, attr)
    except AttributeError as e:
        print(e)
