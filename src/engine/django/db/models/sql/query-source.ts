/** `django.db.models.sql`, part 2 (Python): the Query (where tree, relation paths and joins, lookups). */
export const QUERY_SOURCE = String.raw`

class Node:
    def __init__(self, connector='AND', negated=False, children=None):
        self.connector = connector
        self.negated = negated
        self.children = children if children is not None else []

    def sql(self):
        parts, params = [], []
        for c in self.children:
            s, p = c.sql() if isinstance(c, Node) else c
            if s == '':
                continue
            parts.append(s)
            params.extend(p)
        if not parts:
            return '', []
        s = (' ' + self.connector + ' ').join(parts)
        if self.negated:
            s = 'NOT (' + s + ')'
        elif len(parts) > 1:
            s = '(' + s + ')'
        return s, params

    def copy(self):
        return Node(self.connector, self.negated, [c.copy() if isinstance(c, Node) else c for c in self.children])


LOOKUPS = ('exact', 'iexact', 'contains', 'icontains', 'in', 'gt', 'gte', 'lt', 'lte', 'startswith', 'istartswith', 'endswith', 'iendswith', 'range', 'isnull', 'regex', 'iregex', 'date', 'year', 'month', 'day')
TRANSFORMS = ('date', 'time', 'year', 'iso_year', 'month', 'day', 'week', 'week_day', 'iso_week_day', 'quarter', 'hour', 'minute', 'second')
OPS = {'exact': '= %s', 'gt': '> %s', 'gte': '>= %s', 'lt': '< %s', 'lte': '<= %s'}


def expr_path(e):
    try:
        return e.deconstruct()
    except AttributeError:
        return None


class FieldError(Exception):
    pass


def field_error():
    from django.core.exceptions import FieldError as FE
    return FE


class Query:
    def __init__(self, model):
        self.model = model
        self.info = info(model)
        self.alias = self.info.table
        self.joins = {}
        self.aliases = {self.alias}
        self.where = Node()
        self.having = Node()
        self.order_by = None
        self.default_ordering = True
        self.distinct = False
        self.low = 0
        self.high = None
        self.values = None
        self.annotations = {}
        self.annotation_select = []
        self.group_by = None
        self.select_related = False
        self.related = None
        self.deferred = None

    def clone(self):
        q = Query.__new__(Query)
        q.__dict__.update(self.__dict__)
        q.joins = dict(self.joins)
        q.aliases = set(self.aliases)
        q.where = self.where.copy()
        q.having = self.having.copy()
        q.annotations = dict(self.annotations)
        q.annotation_select = list(self.annotation_select)
        return q

    # --- paths and joins
    def join(self, key, table, lhs_alias, lhs_col, rhs_col, nullable, promote):
        j = self.joins.get(key)
        if j is not None:
            if not promote and j.kind != 'INNER JOIN':
                j.kind = 'INNER JOIN'
            return j.alias
        alias = table
        if alias in self.aliases:
            alias = Alias('T' + str(len(self.aliases) + 1))
        self.aliases.add(alias)
        kind = 'LEFT OUTER JOIN' if promote and nullable else 'INNER JOIN'
        j = Join(table, alias, lhs_alias, lhs_col, rhs_col, kind, nullable)
        self.joins[key] = j
        return alias

    def resolve(self, parts, promote=False, allow_many=True):
        """Walks field names from the model; returns (alias, field, model_info, remaining parts)."""
        mi = self.info
        alias = self.alias
        key = ''
        i = 0
        field = None
        nullable_chain = False
        while i < len(parts):
            name = parts[i]
            if name == 'pk':
                name = mi.pk.name
            f = mi.by_name.get(name)
            rev = None
            if f is None:
                for r in mi.reverse:
                    if r.query_name == name:
                        rev = r
                        break
                if rev is None:
                    if field is not None:
                        return alias, field, mi, parts[i:]
                    raise_field_error(mi, name, self)
            key = key + '__' + name
            self._last_rel = None
            if rev is not None:
                self._last_rel = 'ManyToManyRel' if rev.m2m else 'OneToOneRel' if rev.field.type == 'OneToOneField' else 'ManyToOneRel'
                other = info(rev.model)
                if rev.m2m:
                    src, dst = other.m2m_columns(rev.field)
                    through = other.m2m_table(rev.field)
                    a1 = self.join(key + '#t', through, alias, mi.pk.column, dst, True, promote)
                    alias = self.join(key, other.table, a1, src, other.pk.column, True, promote)
                else:
                    alias = self.join(key, other.table, alias, mi.pk.column, rev.field.column, True, promote)
                mi = other
                field = other.pk
                nullable_chain = True
            elif f.many_to_many:
                other = info(f.related_model)
                src, dst = mi.m2m_columns(f)
                through = mi.m2m_table(f)
                a1 = self.join(key + '#t', through, alias, mi.pk.column, src, True, promote)
                if i == len(parts) - 1:
                    return a1, RawField(dst, other.pk), mi, []
                alias = self.join(key, other.table, a1, dst, other.pk.column, True, promote)
                mi = other
                field = other.pk
                nullable_chain = True
            elif f.is_relation:
                if i == len(parts) - 1:
                    return alias, f, mi, []
                nxt = parts[i + 1]
                other = info(f.related_model)
                if nxt in LOOKUPS and nxt not in other.by_name and nxt != 'pk':
                    return alias, f, mi, parts[i + 1:]
                if nxt in ('id', 'pk') or nxt == other.pk.name:
                    if i + 2 == len(parts) or parts[i + 2] in LOOKUPS:
                        return alias, f, mi, parts[i + 2:]
                nullable_chain = nullable_chain or f.null
                alias = self.join(key, other.table, alias, f.column, other.pk.column, nullable_chain, promote)
                mi = other
                field = other.pk
            else:
                return alias, f, mi, parts[i + 1:]
            i += 1
        return alias, field, mi, []

    def col(self, path, promote=True):
        parts = path.split('__')
        if len(parts) == 1 and path in self.annotations:
            return AnnotationRef(path, self.annotations[path])
        alias, f, mi, rest = self.resolve(parts, promote)
        if rest:
            raise_field_error(mi, rest[0], self)
        if isinstance(f, RawField):
            return RawCol(alias, f.column, f.field)
        return Col(alias, f)

    # --- filters
    def add_q(self, q):
        node = self.build_q(q, False)
        if node.connector == 'AND' and not node.negated:
            self.where.children.extend(node.children)
        else:
            self.where.children.append(node)

    def build_q(self, q, negated):
        path, args, kwargs = q.deconstruct()
        node = Node(kwargs.get('_connector', 'AND'), kwargs.get('_negated', False))
        neg = negated != node.negated
        for child in args:
            if isinstance(child, tuple):
                node.children.append(self.build_lookup(child[0], child[1], neg))
            else:
                sub = self.build_q(child, neg)
                if sub.connector == node.connector and not sub.negated and len(sub.children) > 0:
                    node.children.extend(sub.children)
                else:
                    node.children.append(sub)
        return node

    def build_lookup(self, key, value, negated=False):
        parts = key.split('__')
        if parts[0] in self.annotations and (len(parts) == 1 or (len(parts) == 2 and parts[1] in LOOKUPS)):
            expr = self.annotations[parts[0]]
            lhs = ExprLhs(self, expr)
            leaf = self.lookup_sql(lhs, parts[1] if len(parts) == 2 else 'exact', value, negated, None)
            if isinstance(expr, Aggregate):
                self.having.children.append(leaf)
                return ('', [])
            return leaf
        if negated and len(parts) > 1 and parts[-1] != 'isnull':
            rev = next((r for r in self.info.reverse if r.query_name == parts[0] and not r.m2m), None)
            if rev is not None and parts[1] in info(rev.model).by_name:
                return self.exclude_subquery(rev, parts[1:], value)
        alias, f, mi, rest = self.resolve(parts, (parts[-1] == 'isnull' and bool(value)) or negated)
        lookup = 'exact'
        transform = None
        if rest and rest[0] in TRANSFORMS and f is not None and not isinstance(f, RawField) and f.type in ('DateField', 'DateTimeField'):
            transform = rest[0]
            rest = rest[1:]
        if rest:
            if len(rest) > 1 or rest[0] not in LOOKUPS:
                if f is not None and rest[0] not in LOOKUPS:
                    from django.core.exceptions import FieldError as FE
                    tname = self.__dict__.get('_last_rel') or (f.type if not isinstance(f, RawField) else 'ForeignKey')
                    raise FE("Unsupported lookup '" + rest[0] + "' for " + tname + " or join on the field not permitted.")
            lookup = rest[-1]
        if isinstance(f, RawField):
            lhs = RawCol(alias, f.column, f.field)
        else:
            lhs = Col(alias, f)
        if transform is not None:
            return self.transform_sql(lhs, transform, lookup, value, negated, f)
        return self.lookup_sql(lhs, lookup, value, negated, f)

    def exclude_subquery(self, rev, parts, value):
        """A negated condition across a reverse foreign key: the pk IN the related rows that match, as Django's split_exclude."""
        sub = Query(rev.model)
        ls, lp = sub.build_lookup('__'.join(parts), value)
        fk = qn(sub.alias) + '.' + qn(rev.field.column)
        inner = 'SELECT ' + fk + sub.from_sql() + ' WHERE (' + ls + ' AND ' + fk + ' IS NOT NULL)'
        return (qn(self.alias) + '.' + qn(self.info.pk.column) + ' IN (' + inner + ')', lp)

    def transform_sql(self, lhs, transform, lookup, value, negated, fld):
        """A lookup through a date transform (date, time, year, month, day...) as Django's SQLite backend writes it."""
        ls, lp = lhs.sql()
        dt = fld.type == 'DateTimeField'
        if transform == 'year' and lookup in OPS:
            if dt:
                start, end = str(value) + '-01-01 00:00:00', str(value) + '-12-31 23:59:59.999999'
            else:
                start, end = str(value) + '-01-01', str(value) + '-12-31'
            if lookup == 'exact':
                s, params = ls + ' BETWEEN %s AND %s', lp + [start, end]
            else:
                s, params = ls + ' ' + OPS[lookup], lp + [start if lookup in ('gte', 'lt') else end]
        else:
            if transform in ('date', 'time'):
                ts = 'django_datetime_cast_' + transform + '(' + ls + ", 'UTC', 'UTC')"
                conv = lambda v: v.isoformat() if hasattr(v, 'isoformat') else v
            elif dt:
                ts = "django_datetime_extract('" + transform + "', " + ls + ", 'UTC', 'UTC')"
                conv = lambda v: v
            else:
                ts = "django_date_extract('" + transform + "', " + ls + ')'
                conv = lambda v: v
            if lookup == 'isnull':
                return (ts + (' IS NULL' if value else ' IS NOT NULL'), lp)
            if lookup in OPS:
                s, params = ts + ' ' + OPS[lookup], lp + [conv(value)]
            elif lookup == 'in':
                vals = [conv(v) for v in value]
                if not vals:
                    return ('0 = 1', [])
                s, params = ts + ' IN (' + ', '.join(['%s'] * len(vals)) + ')', lp + vals
            elif lookup == 'range':
                s, params = ts + ' BETWEEN %s AND %s', lp + [conv(value[0]), conv(value[1])]
            else:
                from django.core.exceptions import FieldError as FE
                out = 'DateField' if transform == 'date' else 'TimeField' if transform == 'time' else 'IntegerField'
                raise FE("Unsupported lookup '" + lookup + "' for " + out + " or join on the field not permitted.")
        if negated and fld.null:
            s = s + ' AND ' + ls + ' IS NOT NULL'
            params = params + lp
        return (s, params)

    def rhs(self, value, field):
        if expr_path(value) is not None and not hasattr(value, '_meta'):
            s, p = self.compile(value)
            return s, p
        fld = field.field if isinstance(field, RawField) else field
        return '%s', [fld.to_db(value) if fld is not None else value]

    def lookup_sql(self, lhs, lookup, value, negated, field):
        ls, lp = lhs.sql()
        fld = field.field if isinstance(field, RawField) else field
        if lookup == 'isnull':
            return (ls + (' IS NULL' if value else ' IS NOT NULL'), lp)
        if lookup == 'exact' and value is None:
            return (ls + ' IS NULL', lp)
        if lookup in OPS:
            rs, rp = self.rhs(value, field)
            if rs != '%s':
                rs = '(' + rs + ')' if not rs.startswith('(') else rs
            s = ls + ' ' + OPS[lookup].replace('%s', rs)
            params = lp + rp
        elif lookup in ('iexact', 'contains', 'icontains', 'startswith', 'istartswith', 'endswith', 'iendswith'):
            v = like_escape(value)
            if lookup in ('contains', 'icontains'):
                v = '%' + v + '%'
            elif lookup in ('startswith', 'istartswith'):
                v = v + '%'
            elif lookup in ('endswith', 'iendswith'):
                v = '%' + v
            s = ls + ' LIKE %s' + LIKE
            params = lp + [v]
        elif lookup == 'in' and hasattr(value, 'query') and hasattr(value, 'model'):
            sub = value.query.clone()
            if sub.values is None:
                sub.values = ['pk']
            ss, sp, cols = sub.select_sql()
            s = ls + ' IN (' + ss + ')'
            params = lp + list(sp)
        elif lookup == 'in':
            vals = [fld.to_db(v) if fld is not None else v for v in value]
            if not vals:
                return ('0 = 1', [])
            s = ls + ' IN (' + ', '.join(['%s'] * len(vals)) + ')'
            params = lp + vals
        elif lookup == 'range':
            s = ls + ' BETWEEN %s AND %s'
            params = lp + [fld.to_db(value[0]), fld.to_db(value[1])]
        elif lookup == 'regex':
            s = ls + ' REGEXP %s'
            params = lp + [value]
        elif lookup == 'iregex':
            s = ls + " REGEXP '(?i)' || %s"
            params = lp + [value]
        elif lookup == 'year':
            if fld is not None and fld.type == 'DateTimeField':
                params = lp + [str(value) + '-01-01 00:00:00', str(value) + '-12-31 23:59:59.999999']
            else:
                params = lp + [str(value) + '-01-01', str(value) + '-12-31']
            s = ls + ' BETWEEN %s AND %s'
        elif lookup in ('month', 'day'):
            fn = 'django_datetime_extract' if fld.type == 'DateTimeField' else 'django_date_extract'
            tz = ", 'UTC', 'UTC'" if fld.type == 'DateTimeField' else ''
            s = fn + "('" + lookup + "', " + ls + tz + ') = %s'
            params = lp + [value]
        elif lookup == 'date':
            s = 'django_datetime_cast_date(' + ls + ", 'UTC', 'UTC') = %s"
            params = lp + [value.isoformat() if hasattr(value, 'isoformat') else value]
        else:
            raise field_error()("Unsupported lookup '" + lookup + SQ)
        outer = isinstance(lhs, Col) and any(j.alias == lhs.alias and j.kind != 'INNER JOIN' for j in self.joins.values())
        if negated and lookup != 'isnull' and ((fld is not None and fld.null) or outer):
            s = s + ' AND ' + ls + ' IS NOT NULL'
            params = params + lp
        return (s, params)
`
