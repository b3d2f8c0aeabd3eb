from contextlib import contextmanager
@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')
with tag('p') as t:
    print('content', t)
try:
    with tag('div'):
        raise RuntimeError('inside div')
except RuntimeError as e:
    print('caught', e)
