class Atomic:
    depth = 0
    def __enter__(self):
        Atomic.depth += 1
        print('BEGIN' if Atomic.depth == 1 else f'SAVEPOINT s{Atomic.depth}')
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print('COMMIT' if Atomic.depth == 1 else f'RELEASE s{Atomic.depth}')
        else:
            print('ROLLBACK' if Atomic.depth == 1 else f'ROLLBACK TO s{Atomic.depth}')
        Atomic.depth -= 1
def atomic():
    return Atomic()
with atomic():
    print('outer work')
    try:
        with atomic():
            raise ValueError('inner failure')
    except ValueError:
        print('recovered')
