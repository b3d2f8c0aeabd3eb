try:
    import no_such_module
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
