for cls in [ZeroDivisionError, KeyError, IndexError, ValueError, UnicodeDecodeError, FileNotFoundError, RecursionError, NotImplementedError, StopIteration, KeyboardInterrupt, ModuleNotFoundError, UnboundLocalError, TimeoutError]:
    print(cls.__name__, [k.__name__ for k in cls.__mro__[1:]])
