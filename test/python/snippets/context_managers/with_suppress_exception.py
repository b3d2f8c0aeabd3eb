class Suppress:
    def __enter__(self):
        return None
    def __exit__(self, exc_type, exc, tb):
        if exc_type is ValueError:
            print('suppressed', exc)
            return True
        return False
with Suppress():
    raise ValueError('quiet')
print('continues')
try:
    with Suppress():
        raise KeyError('loud')
except KeyError as e:
    print('propagated', e)
