try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('handler failed')
except ValueError as e:
    print(e, type(e.__context__).__name__, e.__cause__)
