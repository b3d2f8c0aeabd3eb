/** `django.db.models.instance` part 3 (Python): the deletion collector (CASCADE, PROTECT, RESTRICT, SET_NULL, SET_DEFAULT, DO_NOTHING), ProtectedError, RestrictedError. */
export const DELETION_SOURCE = String.raw`

from django.db.utils import IntegrityError


class ProtectedError(IntegrityError):
    __module__ = 'django.db.models.deletion'

    def __init__(self, msg, protected_objects):
        self.protected_objects = protected_objects
        super().__init__(msg, protected_objects)


class RestrictedError(IntegrityError):
    __module__ = 'django.db.models.deletion'

    def __init__(self, msg, restricted_objects):
        self.restricted_objects = restricted_objects
        super().__init__(msg, restricted_objects)


def _has_dependents(model):
    mi = info(model)
    return bool(mi.m2m) or any(r.field.on_delete != 'DO_NOTHING' for r in mi.reverse)


def _in_sql(table, column, n):
    return qn(table) + '.' + qn(column) + ' IN (' + ', '.join(['%s'] * n) + ')'


class Collector:
    def __init__(self):
        self.data = {}
        self.order = []
        self.fast = []
        self.updates = []
        self.protected = []
        self.restricted = []

    def add(self, model, objs):
        if model not in self.data:
            self.data[model] = {}
            self.order.append(model)
        new = []
        for o in objs:
            if o.pk not in self.data[model]:
                self.data[model][o.pk] = o
                new.append(o)
        return new

    def collect(self, model, objs, via=None):
        """Collects objs and what depends on them; via is the root's relation a cascade went through (it names a protection)."""
        new = self.add(model, objs)
        if not new:
            return
        mi = info(model)
        pks = [mi.pk.to_db(o.pk) for o in new]
        for f in mi.m2m:
            src, dst = mi.m2m_columns(f)
            self.fast.append((mi.app_label + '.' + mi.object_name + '_' + f.name, mi.m2m_table(f), src, pks))
        for r in mi.reverse:
            if r.m2m:
                other = info(r.model)
                src, dst = other.m2m_columns(r.field)
                self.fast.append((other.app_label + '.' + other.object_name + '_' + r.field.name, other.m2m_table(r.field), dst, pks))
        for r in mi.reverse:
            if r.m2m:
                continue
            how = r.field.on_delete
            if how == 'DO_NOTHING':
                continue
            other = info(r.model)
            if how == 'CASCADE' and not _has_dependents(r.model):
                self.fast.append((other.label, other.table, r.field.column, pks))
                continue
            rows = execute('SELECT ' + ', '.join(qn(other.table) + '.' + qn(c) for c in other.columns) + ' FROM ' + qn(other.table) + ' WHERE ' + _in_sql(other.table, r.field.column, len(pks)), pks)
            from django.db.models.query import from_row
            related = [from_row(r.model, other, row) for row in rows]
            if not related:
                continue
            if how == 'CASCADE':
                self.collect(r.model, related, via or r)
            elif how == 'PROTECT':
                self.protected.append((via or r, related))
            elif how == 'RESTRICT':
                self.restricted.append((r, related))
            elif how in ('SET_NULL', 'SET_DEFAULT'):
                value = None if how == 'SET_NULL' else r.field.get_default()
                self.updates.append((r, related, value))
            elif callable(how):
                value = how.value if hasattr(how, 'value') else None
                self.updates.append((r, related, value))

    def check(self, model):
        if self.protected:
            objs = set()
            names = []
            for r, related in self.protected:
                name = "'%s.%s'" % (r.model.__name__, r.field.name)
                if name not in names:
                    names.append(name)
                objs.update(related)
            raise ProtectedError("Cannot delete some instances of model '%s' because they are referenced through protected foreign keys: %s." % (model.__name__, ', '.join(names)), objs)
        rest = []
        for r, related in self.restricted:
            left = [o for o in related if o.pk not in self.data.get(r.model, {})]
            if left:
                rest.append((r, left))
        if rest:
            objs = set()
            names = []
            for r, related in rest:
                names.append("'%s.%s'" % (r.model.__name__, r.field.name))
                objs.update(related)
            raise RestrictedError("Cannot delete some instances of model '%s' because they are referenced through restricted foreign keys: %s." % (model.__name__, ', '.join(names)), objs)

    def delete(self):
        counts = {}
        with Atomic(savepoint=False):
            for label, table, column, pks in self.fast:
                execute('DELETE FROM ' + qn(table) + ' WHERE ' + _in_sql(table, column, len(pks)), pks)
                n = _orm.rowcount()
                if n:
                    counts[label] = counts.get(label, 0) + n
            for r, related, value in self.updates:
                other = info(r.model)
                ids = [other.pk.to_db(o.pk) for o in related]
                execute('UPDATE ' + qn(other.table) + ' SET ' + qn(r.field.column) + ' = %s WHERE ' + _in_sql(other.table, other.pk.column, len(ids)), [r.field.to_db(value)] + ids)
                for o in related:
                    setattr(o, r.field.attname, value)
            for model in reversed(self.order):
                mi = info(model)
                objs = list(self.data[model].values())
                ids = [mi.pk.to_db(o.pk) for o in objs]
                n = 0
                for start in range(0, len(ids), 999):
                    chunk = ids[start:start + 999]
                    execute('DELETE FROM ' + qn(mi.table) + ' WHERE ' + _in_sql(mi.table, mi.pk.column, len(chunk)), chunk)
                    n += _orm.rowcount()
                if n:
                    counts[mi.label] = counts.get(mi.label, 0) + n
                for o in objs:
                    setattr(o, mi.pk.attname, None)
        return sum(counts.values()), counts


def delete_objects(model, objs):
    prepare(model)
    if isinstance(objs, QuerySet) and not _has_dependents(model) and objs._result_cache is None:
        mi = info(model)
        q = objs.query
        ws, wp = q.where.sql()
        if q.joins:
            sql = 'DELETE FROM ' + qn(mi.table) + ' WHERE ' + qn(mi.table) + '.' + qn(mi.pk.column) + ' IN (SELECT ' + qn(mi.table) + '.' + qn(mi.pk.column) + q.from_sql() + (' WHERE ' + ws if ws else '') + ')'
        else:
            sql = 'DELETE FROM ' + qn(mi.table) + (' WHERE ' + ws if ws else '')
        execute(sql, wp)
        n = _orm.rowcount()
        return (n, {mi.label: n} if n else {})
    c = Collector()
    objs = list(objs)
    c.collect(model, objs)
    c.check(model)
    return c.delete()
`
