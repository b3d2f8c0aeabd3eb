for fn, args in [(abs, ('x',)), (round, ('x',)), (sorted, (1,)), (sum, ([1, 'a'],)), (divmod, ('a', 1)), (pow, ('a', 2)), (list, (1,)), (dict, (1,)), (set, (5,))]:
    try:
        fn(*args)
    except TypeError as e:
        print(fn.__name__, '->', e)
