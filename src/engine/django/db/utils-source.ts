/** `django.db.utils` (Python): database errors, the connection (`queries`, `cursor()`, `alias`, `vendor`). */
export const DB_UTILS_SOURCE = String.raw`from django import _orm

DQ = chr(34)
SQ = chr(39)

Error = _orm.Error
InterfaceError = _orm.InterfaceError
DatabaseError = _orm.DatabaseError
DataError = _orm.DataError
OperationalError = _orm.OperationalError
IntegrityError = _orm.IntegrityError
InternalError = _orm.InternalError
ProgrammingError = _orm.ProgrammingError
NotSupportedError = _orm.NotSupportedError
DEFAULT_DB_ALIAS = 'default'


def _quote(p):
    if p is None:
        return 'NULL'
    if isinstance(p, bool):
        return '1' if p else '0'
    if isinstance(p, (int, float)):
        return repr(p)
    return SQ + str(p).replace(SQ, SQ + SQ) + SQ


def _text(sql, params):
    if not params:
        return sql
    parts = sql.split('%s')
    out = parts[0]
    for i, p in enumerate(params):
        out = out + _quote(p) + parts[i + 1]
    return out


class CursorWrapper:
    def __init__(self, conn):
        self.connection = conn
        self.rows = []
        self.rowcount = -1
        self.lastrowid = None
        self.description = None

    def execute(self, sql, params=None):
        params = list(params) if params is not None else []
        self.connection.log(sql, params)
        self.rows = _orm.execute(sql, tuple(params) if params else None)
        self.rowcount = _orm.rowcount() if not sql.lstrip().upper().startswith('SELECT') else -1
        self.lastrowid = _orm.lastrowid()
        return self

    def executemany(self, sql, param_list):
        for p in param_list:
            self.execute(sql, p)

    def fetchone(self):
        return self.rows.pop(0) if self.rows else None

    def fetchmany(self, size=1):
        out, self.rows = self.rows[:size], self.rows[size:]
        return out

    def fetchall(self):
        out, self.rows = self.rows, []
        return out

    def __iter__(self):
        return iter(self.fetchall())

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class DatabaseWrapper:
    vendor = 'sqlite'
    display_name = 'SQLite'

    def __init__(self):
        self.alias = 'default'
        self.queries_log = []
        self.settings_dict = {'ENGINE': 'django.db.backends.sqlite3', 'NAME': 'db.sqlite3'}

    @property
    def queries(self):
        return list(self.queries_log)

    def log(self, sql, params):
        from django.conf import settings
        if settings.DEBUG:
            self.queries_log.append({'sql': _text(sql, params), 'time': '0.000'})

    def cursor(self):
        return CursorWrapper(self)

    def in_atomic_block(self):
        return _orm.in_transaction()


connection = DatabaseWrapper()


class ConnectionHandler:
    def __getitem__(self, alias):
        return connection

    def all(self):
        return [connection]


connections = ConnectionHandler()


def reset_queries():
    connection.queries_log.clear()
`
