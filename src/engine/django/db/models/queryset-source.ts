/** `django.db.models.query` (Python): QuerySet, lazy and cached, with every method of Django's API the playground runs. */
export const QUERYSET_SOURCE = String.raw`from django import _orm
from django.db.models.sql import Query, Node, info, qn, interpolate, Aggregate, Count, Sum, Avg, Min, Max, expr_path, select_related_tree, related_plan, populate_related
from django.db.utils import connection
from django.db.transaction import Atomic, mark_for_rollback_on_error
from django.db.models import Q

REPR_LIMIT = 20


def execute(sql, params):
    connection.log(sql, params)
    return _orm.execute(sql, params)


def from_row(model, mi, row, attnames=None):
    obj = model.__new__(model)
    d = obj.__dict__
    if attnames is None:
        for i, a in enumerate(mi.attnames):
            d[a] = row[i]
        for i, f in mi.converters:
            d[f.attname] = f.to_python(row[i])
    else:
        for i, (a, f) in enumerate(attnames):
            d[a] = f.to_python(row[i]) if f.type in CONV else row[i]
    d['_adding'] = False
    return obj


CONV = ('DecimalField', 'DateTimeField', 'DateField', 'TimeField', 'BooleanField', 'JSONField', 'UUIDField', 'DurationField', 'FloatField')


class QuerySet:
    def __init__(self, model=None, query=None):
        self.model = model
        self.query = query if query is not None else Query(model)
        self._result_cache = None
        self._iterable = 'models'
        self._flat = False
        self._named = False
        self._prefetch = []
        self._hints = {}

    def _clone(self):
        c = QuerySet.__new__(type(self))
        c.__dict__.update(self.__dict__)
        c.query = self.query.clone()
        c._result_cache = None
        c._prefetch = list(self._prefetch)
        return c

    def __repr__(self):
        data = list(self[:REPR_LIMIT + 1])
        if len(data) > REPR_LIMIT:
            data[-1] = '...(remaining elements truncated)...'
        return '<%s %r>' % (type(self).__name__, data)

    def __len__(self):
        self._fetch_all()
        return len(self._result_cache)

    def __iter__(self):
        self._fetch_all()
        return iter(self._result_cache)

    def __bool__(self):
        self._fetch_all()
        return bool(self._result_cache)

    def __getitem__(self, k):
        if self._result_cache is not None:
            return self._result_cache[k]
        if isinstance(k, slice):
            if (k.start is not None and k.start < 0) or (k.stop is not None and k.stop < 0):
                raise ValueError('Negative indexing is not supported.')
            c = self._clone()
            q = c.query
            start = k.start or 0
            if k.stop is not None:
                high = q.low + k.stop
                q.high = high if q.high is None else min(q.high, high)
            q.low = q.low + start
            if q.high is not None and q.low > q.high:
                q.low = q.high
            if k.step:
                return list(c)[::k.step]
            return c
        if not isinstance(k, int):
            raise TypeError('QuerySet indices must be integers or slices, not %s.' % type(k).__name__)
        if k < 0:
            raise ValueError('Negative indexing is not supported.')
        c = self._clone()
        c.query.low = c.query.low + k
        c.query.high = c.query.low + 1
        return list(c)[0]

    def _fetch_all(self):
        if self._result_cache is None:
            self._result_cache = list(self._iter())
            if self._prefetch:
                prefetch(self._result_cache, self._prefetch)

    def _iter(self):
        q = self.query
        if q.high is not None and q.high <= q.low:
            return
        sql, params, cols = q.select_sql()
        rows = execute(sql, params)
        kind = self._iterable
        if kind == 'models':
            model = self.model
            mi = q.info
            plan = related_plan(cols)
            if q.deferred is None and not q.annotation_select:
                for row in rows:
                    obj = from_row(model, mi, row)
                    if plan:
                        populate_related(obj, plan, row)
                    yield obj
                return
            attnames = [(c[3].attname, c[3]) for c in cols if c[2] == 'field']
            n = len(attnames)
            annotated = [c for c in cols if c[2] == 'annotation']
            for row in rows:
                obj = from_row(model, mi, row, attnames)
                for i, c in enumerate(annotated):
                    obj.__dict__[c[3]] = convert(q, c, row[n + i])
                if plan:
                    populate_related(obj, plan, row)
                yield obj
            return
        for row in rows:
            vals = [convert(q, c, row[i]) for i, c in enumerate(cols)]
            if kind == 'values':
                yield dict(zip(self._names(cols), vals))
            elif self._flat:
                yield vals[0]
            elif self._named:
                yield self._row_type(cols)(*vals)
            else:
                yield tuple(vals)

    def _names(self, cols):
        return list(self.query.values)

    def _row_type(self, cols):
        import collections
        return collections.namedtuple('Row', list(self.query.values))

    # --- chaining
    def all(self):
        return self._clone()

    def filter(self, *args, **kwargs):
        return self._filter(False, args, kwargs)

    def exclude(self, *args, **kwargs):
        return self._filter(True, args, kwargs)

    def _filter(self, negate, args, kwargs):
        if self.query.low or self.query.high is not None:
            raise TypeError('Cannot filter a query once a slice has been taken.')
        c = self._clone()
        q = Q(*args, **dict(sorted(kwargs.items())))
        if negate:
            q = ~q
        c.query.add_q(q)
        return c

    def none(self):
        c = self._clone()
        c.query.where.children.append(('0 = 1', []))
        c._result_cache = []
        return c

    def order_by(self, *fields):
        c = self._clone()
        c.query.order_by = list(fields)
        for f in fields:
            if isinstance(f, str):
                name = f.lstrip('-')
                if name != '?' and name not in c.query.annotations:
                    c.query.resolve(name.split('__'), True)
        return c

    def reverse(self):
        c = self._clone()
        order = c.query.order_by if c.query.order_by is not None else c.query.info.ordering
        c.query.order_by = [o[1:] if o.startswith('-') else '-' + o for o in order]
        return c

    def distinct(self, *fields):
        c = self._clone()
        c.query.distinct = True
        return c

    def values(self, *fields, **expressions):
        c = self._clone()
        for k, e in expressions.items():
            c.query.annotations[k] = e
        names = list(fields) + list(expressions)
        if not names:
            names = [f.attname for f in c.query.info.concrete] + list(c.query.annotation_select)
        for name in fields:
            if name not in c.query.annotations:
                c.query.clone().col(name, True)
        c.query.values = names
        c._iterable = 'values'
        return c

    def values_list(self, *fields, flat=False, named=False):
        if flat and named:
            raise TypeError("'flat' and 'named' can't be used together.")
        if flat and len(fields) > 1:
            raise TypeError("'flat' is not valid when values_list is called with more than one field.")
        c = self.values(*fields)
        c._iterable = 'values_list'
        c._flat = flat
        c._named = named
        return c

    def select_related(self, *fields):
        if self._iterable != 'models':
            raise TypeError('Cannot call select_related() after .values() or .values_list()')
        c = self._clone()
        c.query.select_related = select_related_tree(c.query.select_related, fields)
        return c

    def prefetch_related(self, *lookups):
        c = self._clone()
        c._prefetch = c._prefetch + list(lookups)
        return c

    def only(self, *fields):
        c = self._clone()
        c.query.deferred = (True, set(fields))
        return c

    def defer(self, *fields):
        c = self._clone()
        c.query.deferred = (False, set(fields))
        return c

    def annotate(self, *args, **kwargs):
        c = self._clone()
        for a in args:
            kwargs[a.default_alias()] = a
        for k, e in kwargs.items():
            c.query.annotations[k] = e
            if c.query.values is not None:
                c.query.values = c.query.values + [k]
            else:
                c.query.annotation_select.append(k)
            if isinstance(e, Aggregate) or expr_path(e) is not None:
                c.query.compile(e, True)
        return c

    alias = annotate

    def using(self, alias):
        return self._clone()

    # --- terminal
    def count(self):
        if self._result_cache is not None:
            return len(self._result_cache)
        q = self.query
        ws, wp = q.where.sql()
        grouped = q.values is not None and any(isinstance(q.annotations.get(n), Aggregate) for n in q.values)
        if q.distinct or q.low or q.high is not None or grouped:
            q = q.clone()
            q.select_related = False
            sql, params, cols = q.select_sql()
            row = execute('SELECT COUNT(*) FROM (' + sql + ') subquery', params)
            return row[0][0]
        sql = 'SELECT COUNT(*) AS "__count"' + q.from_sql() + (' WHERE ' + ws if ws else '')
        return execute(sql, wp)[0][0]

    def exists(self):
        if self._result_cache is not None:
            return bool(self._result_cache)
        q = self.query
        ws, wp = q.where.sql()
        high = q.low + 1 if q.high is None else min(q.high, q.low + 1)
        if high <= q.low:
            return False
        sql = 'SELECT 1 AS "a"' + q.from_sql() + (' WHERE ' + ws if ws else '') + ' LIMIT ' + str(high - q.low) + (' OFFSET ' + str(q.low) if q.low else '')
        return len(execute(sql, wp)) > 0

    def aggregate(self, *args, **kwargs):
        for a in args:
            kwargs[a.default_alias()] = a
        q = self.query.clone()
        if any(isinstance(q.annotations[n], Aggregate) for n in q.annotation_select):
            return self._aggregate_subquery(q, kwargs)
        parts, params = [], []
        for k, a in kwargs.items():
            s, p = a.as_sql(q) if isinstance(a, Aggregate) else q.compile(a)
            parts.append(s + ' AS ' + qn(k))
            params.extend(p)
        ws, wp = q.where.sql()
        sql = 'SELECT ' + ', '.join(parts) + q.from_sql() + (' WHERE ' + ws if ws else '')
        row = execute(sql, params + wp)[0]
        return {k: a.convert(q, row[i]) if isinstance(a, Aggregate) else row[i] for i, (k, a) in enumerate(kwargs.items())}

    def _aggregate_subquery(self, q, kwargs):
        """aggregate() over annotated aggregates: the annotated query becomes a subquery, as Django runs it."""
        q.order_by = []
        q.default_ordering = False
        q.select_related = False
        inner, ip, cols = q.select_sql()
        parts = []
        for k, a in kwargs.items():
            ref = a.expression if isinstance(a.expression, str) else expr_path(a.expression)[1][0]
            parts.append(a.function + '(' + ('DISTINCT ' if a.distinct else '') + qn(ref) + ') AS ' + qn(k))
        row = execute('SELECT ' + ', '.join(parts) + ' FROM (' + inner + ') subquery', ip)[0]
        return {k: a.convert(q, row[i]) for i, (k, a) in enumerate(kwargs.items())}

    def get(self, *args, **kwargs):
        c = self.filter(*args, **kwargs) if args or kwargs else self._clone()
        if c.query.low == 0 and c.query.high is None:
            c.query.high = 21
            c.query.order_by = [] if c.query.order_by is None else c.query.order_by
            c.query.default_ordering = False
        rows = list(c)
        n = len(rows)
        if n == 1:
            return rows[0]
        if n == 0:
            raise self.model.DoesNotExist('%s matching query does not exist.' % self.model.__name__)
        raise self.model.MultipleObjectsReturned('get() returned more than one %s -- it returned %s!' % (self.model.__name__, n if n < 21 else 'more than 20'))

    def create(self, **kwargs):
        obj = self.model(**kwargs)
        obj.save(force_insert=True)
        return obj

    def get_or_create(self, defaults=None, **kwargs):
        try:
            return self.get(**kwargs), False
        except self.model.DoesNotExist:
            params = dict(kwargs)
            params = {k: v for k, v in params.items() if '__' not in k}
            for k, v in (defaults or {}).items():
                params[k] = v() if callable(v) else v
            with Atomic():
                return self.create(**params), True

    def update_or_create(self, defaults=None, create_defaults=None, **kwargs):
        with Atomic():
            try:
                obj = self.get(**kwargs)
            except self.model.DoesNotExist:
                params = {k: v for k, v in kwargs.items() if '__' not in k}
                for k, v in (create_defaults if create_defaults is not None else (defaults or {})).items():
                    params[k] = v() if callable(v) else v
                return self.create(**params), True
            for k, v in (defaults or {}).items():
                setattr(obj, k, v() if callable(v) else v)
            obj.save(update_fields=list((defaults or {}).keys()) or None)
            return obj, False

    def update(self, **kwargs):
        q = self.query.clone()
        sets, params = [], []
        for k, v in kwargs.items():
            f = q.info.by_name.get(k)
            if f is None:
                from django.core.exceptions import FieldDoesNotExist
                raise FieldDoesNotExist('%s has no field named %r' % (q.info.object_name, k))
            if expr_path(v) is not None and not hasattr(v, '_meta'):
                joins = len(q.joins)
                s, p = q.compile(v, False)
                if len(q.joins) > joins:
                    from django.core.exceptions import FieldError
                    raise FieldError('Joined field references are not permitted in this query')
                if f.type == 'DecimalField':
                    s = '(CAST(' + s + ' AS NUMERIC))'
                sets.append(qn(f.column) + ' = ' + s)
                params.extend(p)
            else:
                sets.append(qn(f.column) + ' = %s')
                params.append(f.to_db(v))
        ws, wp = q.where.sql()
        if q.joins:
            inner = Query(self.model)
            inner_sql = 'SELECT ' + qn(q.alias) + '.' + qn(q.info.pk.column) + q.from_sql() + (' WHERE ' + ws if ws else '')
            sql = 'UPDATE ' + qn(q.info.table) + ' SET ' + ', '.join(sets) + ' WHERE ' + qn(q.info.table) + '.' + qn(q.info.pk.column) + ' IN (' + inner_sql + ')'
        else:
            sql = 'UPDATE ' + qn(q.info.table) + ' SET ' + ', '.join(sets) + (' WHERE ' + ws if ws else '')
        with mark_for_rollback_on_error():
            execute(sql, params + wp)
        n = _orm.rowcount()
        self._result_cache = None
        return n

    def delete(self):
        from django.db.models.instance import delete_objects
        if self.query.low or self.query.high is not None:
            raise TypeError("Cannot use 'limit' or 'offset' with delete().")
        return delete_objects(self.model, self)

    def first(self):
        c = self if self.query.order_by or (self.query.order_by is None and self.query.info.ordering) else self.order_by('pk')
        for obj in c[:1]:
            return obj
        return None

    def last(self):
        if self.query.order_by or (self.query.order_by is None and self.query.info.ordering):
            c = self.reverse()
        else:
            c = self.order_by('-pk')
        for obj in c[:1]:
            return obj
        return None

    def earliest(self, *fields):
        fields = fields or ((self.query.info.get_latest_by,) if isinstance(self.query.info.get_latest_by, str) else tuple(self.query.info.get_latest_by or ()))
        c = self.order_by(*fields)
        c.query.high = c.query.low + 1
        return c.get()

    def latest(self, *fields):
        fields = fields or ((self.query.info.get_latest_by,) if isinstance(self.query.info.get_latest_by, str) else tuple(self.query.info.get_latest_by or ()))
        c = self.order_by(*[f[1:] if f.startswith('-') else '-' + f for f in fields])
        c.query.high = c.query.low + 1
        return c.get()

    def in_bulk(self, id_list=None, field_name='pk'):
        c = self._clone()
        if id_list is not None:
            if not id_list:
                return {}
            c = c.filter(**{field_name + '__in': list(id_list)})
        c.query.order_by = c.query.order_by or []
        key = 'pk' if field_name == 'pk' else field_name
        return {getattr(o, key): o for o in c}

    def iterator(self, chunk_size=None):
        return iter(list(self._iter()))

    def bulk_create(self, objs, batch_size=None, ignore_conflicts=False, update_conflicts=False, update_fields=None, unique_fields=None):
        objs = list(objs)
        if not objs:
            return objs
        mi = self.query.info
        from django.db.models.instance import _pre_save
        with Atomic(savepoint=False):
            with_pk = [o for o in objs if o.pk is not None]
            without = [o for o in objs if o.pk is None]
            for group, has_pk in ((with_pk, True), (without, False)):
                if not group:
                    continue
                fields = [f for f in mi.concrete if has_pk or not f.primary_key]
                size = batch_size or max(1, 999 // max(1, len(fields)))
                for start in range(0, len(group), size):
                    batch = group[start:start + size]
                    params = []
                    for o in batch:
                        _pre_save(o, mi, True)
                        for f in fields:
                            params.append(f.to_db(getattr(o, f.attname)))
                    row = '(' + ', '.join(['%s'] * len(fields)) + ')'
                    sql = 'INSERT ' + ('OR IGNORE ' if ignore_conflicts else '') + 'INTO ' + qn(mi.table) + ' (' + ', '.join(qn(f.column) for f in fields) + ') VALUES ' + ', '.join([row] * len(batch))
                    if not has_pk and not ignore_conflicts:
                        sql = sql + ' RETURNING ' + qn(mi.table) + '.' + qn(mi.pk.column)
                        ids = execute(sql, params)
                        for o, r in zip(batch, ids):
                            setattr(o, mi.pk.attname, r[0])
                            o.__dict__['_adding'] = False
                    else:
                        execute(sql, params)
        return objs

    def bulk_update(self, objs, fields, batch_size=None):
        objs = list(objs)
        if not fields:
            raise ValueError('Field names must be given to bulk_update().')
        mi = self.query.info
        flds = [mi.by_name[f] for f in fields]
        if any(f.primary_key for f in flds):
            raise ValueError('bulk_update() cannot be used with primary key fields.')
        if not objs:
            return 0
        total = 0
        size = batch_size or max(1, 999 // (len(flds) * 2 + 1) // 2 * 2 or 1)
        size = batch_size or len(objs)
        with Atomic(savepoint=False):
            for start in range(0, len(objs), size):
                batch = objs[start:start + size]
                sets, params = [], []
                for f in flds:
                    whens = []
                    for o in batch:
                        whens.append('WHEN ' + qn(mi.table) + '.' + qn(mi.pk.column) + ' = %s THEN %s')
                        params.append(mi.pk.to_db(o.pk))
                        params.append(f.to_db(getattr(o, f.attname)))
                    cast = 'CAST(CASE ' + ' '.join(whens) + ' ELSE NULL END AS ' + CASTS.get(f.type, 'text') + ')'
                    sets.append(qn(f.column) + ' = ' + cast)
                ids = [mi.pk.to_db(o.pk) for o in batch]
                sql = 'UPDATE ' + qn(mi.table) + ' SET ' + ', '.join(sets) + ' WHERE ' + qn(mi.table) + '.' + qn(mi.pk.column) + ' IN (' + ', '.join(['%s'] * len(ids)) + ')'
                execute(sql, params + ids)
                total += _orm.rowcount()
        return total

    @property
    def ordered(self):
        return bool(self.query.order_by) or (self.query.order_by is None and bool(self.query.info.ordering))

    @property
    def db(self):
        return 'default'

    def explain(self):
        raise NotImplementedError


CASTS = {'CharField': 'varchar', 'TextField': 'text', 'IntegerField': 'integer', 'BigIntegerField': 'bigint', 'DecimalField': 'decimal', 'BooleanField': 'bool', 'DateField': 'date', 'DateTimeField': 'datetime', 'FloatField': 'real', 'ForeignKey': 'bigint', 'PositiveIntegerField': 'integer unsigned', 'SmallIntegerField': 'smallint'}


def convert(q, c, v):
    if c[2] == 'field':
        return c[3].to_python(v) if v is not None else None
    e = q.annotations[c[3]]
    if isinstance(e, Aggregate):
        return e.convert(q, v)
    from django.db.models.sql import output_type
    t = output_type(q, e)
    return t.to_python(v) if t is not None and v is not None else v


class SqlText:
    def __init__(self, qs):
        self.qs = qs

    def __str__(self):
        sql, params, cols = self.qs.query.select_sql()
        return interpolate(sql, params)


def prefetch(objs, lookups):
    for lookup in lookups:
        name = lookup if isinstance(lookup, str) else lookup.prefetch_through
        for o in objs:
            mgr = getattr(o, name)
            if hasattr(mgr, 'all'):
                o.__dict__.setdefault('_prefetched', {})[name] = list(mgr.all())
`
