for fmt, args, kwargs in [('{}{}', ('a',), {}), ('{0}{}', ('a', 'b'), {}), ('{x}', (), {}), ('{', (), {}), ('}', (), {}), ('{0:d}', ('s',), {})]:
    try:
        print(fmt.format(*args, **kwargs))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
