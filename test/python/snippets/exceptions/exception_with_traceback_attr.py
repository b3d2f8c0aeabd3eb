try:
    1 / 0
except ZeroDivisionError as e:
    print(e.__traceback__ is not None, e.__class__.__name__)
