print(KeyboardInterrupt.__mro__)
try:
    raise KeyboardInterrupt
except BaseException as e:
    print(repr(e))
