/** `django.db.transaction` (Python): atomic() as a context manager and decorator (BEGIN/COMMIT, savepoints when nested),
 * mark_for_rollback_on_error(), and the broken-transaction state an ORM error leaves inside an atomic block. */
export const TRANSACTION_SOURCE = String.raw`from django import _orm
from django.db.utils import DatabaseError, connection

DQ = chr(34)
SQ = chr(39)


class Atomic:
    def __init__(self, using=None, savepoint=True, durable=False):
        self.savepoint = savepoint
        self.stack = []

    def __enter__(self):
        if not _orm.in_transaction():
            connection.log('BEGIN', [])
            _orm.begin()
            self.stack.append('begin')
        elif self.savepoint:
            name = 's' + str(id(self))[-8:] + '_x' + str(len(self.stack) + 1)
            _orm.execute('SAVEPOINT ' + DQ + name + DQ, None)
            self.stack.append(name)
        else:
            self.stack.append(None)
        return self

    def __exit__(self, t, v, tb):
        kind = self.stack.pop()
        broken = _orm.needs_rollback()
        if kind == 'begin':
            _orm.set_needs_rollback(False)
            if t is None and not broken:
                connection.log('COMMIT', [])
                try:
                    _orm.commit()
                except DatabaseError:
                    _orm.rollback()
                    raise
            else:
                _orm.rollback()
        elif t is None and not broken:
            if kind is not None:
                _orm.execute('RELEASE SAVEPOINT ' + DQ + kind + DQ, None)
        elif kind is None:
            _orm.set_needs_rollback(True)
        else:
            _orm.set_needs_rollback(False)
            _orm.execute('ROLLBACK TO SAVEPOINT ' + DQ + kind + DQ, None)
            _orm.execute('RELEASE SAVEPOINT ' + DQ + kind + DQ, None)
        return False

    def __call__(self, func):
        def inner(*args, **kwargs):
            with Atomic(None, self.savepoint):
                return func(*args, **kwargs)
        inner.__name__ = getattr(func, '__name__', 'inner')
        return inner


class mark_for_rollback_on_error:
    """Marks the transaction broken when the block raises inside an atomic block."""

    def __init__(self, using=None):
        pass

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, Exception) and _orm.in_transaction():
            _orm.set_needs_rollback(True)
        return False


def atomic(using=None, savepoint=True, durable=False):
    if callable(using):
        return Atomic()(using)
    return Atomic(using, savepoint, durable)


def get_autocommit(using=None):
    return not _orm.in_transaction()


def on_commit(func, using=None, robust=False):
    func()


TransactionManagementError = _orm.TransactionManagementError
`
