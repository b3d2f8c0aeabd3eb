/** `django.db.transaction` (Python): atomic() as a context manager and decorator (BEGIN/COMMIT, savepoints when nested). */
export const TRANSACTION_SOURCE = String.raw`from django import _orm
from django.db.utils import connection

DQ = chr(34)
SQ = chr(39)


class Atomic:
    def __init__(self, using=None, savepoint=True, durable=False):
        self.stack = []

    def __enter__(self):
        if not _orm.in_transaction():
            connection.log('BEGIN', [])
            _orm.begin()
            self.stack.append('begin')
        else:
            name = 's' + str(id(self))[-8:] + '_x' + str(len(self.stack) + 1)
            _orm.execute('SAVEPOINT ' + DQ + name + DQ, None)
            self.stack.append(name)
        return self

    def __exit__(self, t, v, tb):
        kind = self.stack.pop()
        if kind == 'begin':
            if t is None:
                connection.log('COMMIT', [])
                _orm.commit()
            else:
                _orm.rollback()
        else:
            if t is None:
                _orm.execute('RELEASE SAVEPOINT ' + DQ + kind + DQ, None)
            else:
                _orm.execute('ROLLBACK TO SAVEPOINT ' + DQ + kind + DQ, None)
                _orm.execute('RELEASE SAVEPOINT ' + DQ + kind + DQ, None)
        return False

    def __call__(self, func):
        def inner(*args, **kwargs):
            with Atomic():
                return func(*args, **kwargs)
        inner.__name__ = getattr(func, '__name__', 'inner')
        return inner


def atomic(using=None, savepoint=True, durable=False):
    if callable(using):
        return Atomic()(using)
    return Atomic(using, savepoint, durable)


def get_autocommit(using=None):
    return not _orm.in_transaction()


def on_commit(func, using=None, robust=False):
    func()


class TransactionManagementError(Exception):
    pass
`
