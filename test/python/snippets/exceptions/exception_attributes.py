try:
    {}['missing']
except KeyError as e:
    print(e.args, type(e).__name__)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    import nothing_here
except ModuleNotFoundError as e:
    print(e.name, e.msg if hasattr(e, 'msg') else '')
e = OSError(2, 'No such file')
print(e.errno, e.strerror, e)
