import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
@logged
def load(path):
    raise FileNotFoundError(2, 'No such file or directory', path)
load('fixtures/books.json')
