for fn, args in [(len, ()), (len, ([], [])), (isinstance, (1,)), (getattr, (1,)), (abs, ()), (divmod, (1,))]:
    try:
        fn(*args)
    except TypeError as e:
        print(e)
