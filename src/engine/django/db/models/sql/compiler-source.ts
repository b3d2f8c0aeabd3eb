/** `django.db.models.sql`, part 4 (Python): SELECT compilation (columns, grouping, ordering, LIMIT/OFFSET) and SQL text with parameters inlined. */
export const COMPILER_SOURCE = String.raw`

def _order_sql(self):
    order = self.order_by
    if order is None and self.default_ordering:
        order = self.info.ordering
    if not order:
        return '', []
    parts, params = [], []
    positions = self.select_positions()
    for o in order:
        d = expr_path(o) if not isinstance(o, str) else None
        if d is not None and d[0].endswith('OrderBy'):
            s, p = self.compile(d[1][0])
            desc = d[2].get('descending', False)
            parts.append(s + (' DESC' if desc else ' ASC'))
            params.extend(p)
            continue
        if d is not None:
            s, p = self.compile(o)
            parts.append(s + ' ASC')
            params.extend(p)
            continue
        desc = o.startswith('-')
        name = o[1:] if desc else o
        if name == '?':
            parts.append('RANDOM() ASC')
            continue
        if name in positions:
            parts.append(str(positions[name]) + (' DESC' if desc else ' ASC'))
            continue
        if name in self.annotations:
            s = qn(name)
            if self.values is None and name not in self.annotation_select:
                s, p = self.compile(self.annotations[name])
                params.extend(p)
            parts.append(s + (' DESC' if desc else ' ASC'))
            continue
        parts_ = name.split('__')
        alias, f, mi, rest = self.resolve(parts_, True)
        if f is not None and f.is_relation and not f.many_to_many and not rest and len(parts_) >= 1 and parts_[-1] == f.name:
            other = info(f.related_model)
            if other.ordering:
                for sub in other.ordering:
                    sd = sub.startswith('-')
                    sname = sub[1:] if sd else sub
                    a2, f2, m2, r2 = self.resolve(parts_ + sname.split('__'), True)
                    parts.append(qn(a2) + '.' + qn(f2.column) + (' DESC' if sd != desc else ' ASC'))
                continue
        if isinstance(f, RawField):
            parts.append(qn(alias) + '.' + qn(f.column) + (' DESC' if desc else ' ASC'))
        else:
            parts.append(qn(alias) + '.' + qn(f.column) + (' DESC' if desc else ' ASC'))
    return ' ORDER BY ' + ', '.join(parts), params


Query.order_sql = _order_sql


def _select_positions(self):
    """The select list's aliases (values() names, selected annotations) by their 1-based position, as ORDER BY refers to them."""
    if self.values is not None:
        return {name: i + 1 for i, name in enumerate(self.values)}
    if not self.annotation_select:
        return {}
    first = len([c for c in self.select_columns() if c[2] != 'related']) - len(self.annotation_select) + 1
    return {name: first + i for i, name in enumerate(self.annotation_select)}


Query.select_positions = _select_positions


def _from_sql(self):
    s = ' FROM ' + qn(self.info.table)
    for j in self.joins.values():
        s = s + ' ' + j.sql()
    return s


Query.from_sql = _from_sql


def _limit_sql(self):
    if self.high is not None:
        s = ' LIMIT ' + str(self.high - self.low)
        if self.low:
            s = s + ' OFFSET ' + str(self.low)
        return s
    if self.low:
        return ' LIMIT -1 OFFSET ' + str(self.low)
    return ''


Query.limit_sql = _limit_sql


def _select_columns(self):
    """The select list: [(sql, params, kind, extra, more)] where kind is 'field' (FieldInfo), 'annotation' (name) or 'related' (FieldInfo, RelatedSelection)."""
    cols = []
    if self.values is None:
        for f in loaded_fields(self.info, self.deferred, ''):
            cols.append((qn(self.alias) + '.' + qn(f.column), [], 'field', f, None))
        for name in self.annotation_select:
            s, p = self.compile(self.annotations[name])
            cols.append((s + ' AS ' + qn(name), p, 'annotation', name, s))
        for sel in self.related or ():
            for f in loaded_fields(sel.mi, self.deferred, sel.path + '__'):
                cols.append((qn(sel.alias) + '.' + qn(f.column), [], 'related', f, sel))
        return cols
    for name in self.values:
        if name in self.annotations:
            s, p = self.compile(self.annotations[name])
            cols.append((s + ' AS ' + qn(name), p, 'annotation', name, s))
        else:
            c = self.col(name, True)
            s, p = c.sql()
            f = c.field
            if isinstance(f, RawField):
                f = f.field
            cols.append((s + ' AS ' + qn(name), p, 'field', f, s))
    return cols


Query.select_columns = _select_columns


def _select_sql(self):
    if self.select_related and self.values is None and self.related is None:
        q = self.clone()
        q.related = q.related_selections()
        return q.select_sql()
    cols = self.select_columns()
    params = []
    for c in cols:
        params.extend(c[1])
    ws, wp = self.where.sql()
    fs = self.from_sql()
    s = 'SELECT ' + ('DISTINCT ' if self.distinct else '') + ', '.join(c[0] for c in cols) + fs
    if ws:
        s = s + ' WHERE ' + ws
        params.extend(wp)
    aggregated = any(isinstance(self.annotations[n], Aggregate) for n in self.annotation_select) or (self.values is not None and any(isinstance(self.annotations.get(n), Aggregate) for n in self.values))
    if aggregated:
        groups = []
        for i, c in enumerate(cols):
            if c[2] in ('field', 'related'):
                groups.append(str(i + 1) if self.values is not None else c[0])
            elif not isinstance(self.annotations[c[3]], Aggregate):
                groups.append(str(i + 1) if self.values is not None else c[4])
        if groups:
            s = s + ' GROUP BY ' + ', '.join(groups)
        hs, hp = self.having.sql()
        if hs:
            s = s + ' HAVING ' + hs
            params.extend(hp)
    os_, op = self.order_sql()
    s = s + os_ + self.limit_sql()
    params.extend(op)
    return s, params, cols


Query.select_sql = _select_sql


def _query_str(self):
    sql, params, cols = self.select_sql()
    return sql % tuple(params) if params else sql


Query.__str__ = _query_str


def interpolate(sql, params):
    out = []
    for p in params:
        if p is None:
            out.append('NULL')
        elif isinstance(p, bool):
            out.append('1' if p else '0')
        elif isinstance(p, (int, float)):
            out.append(repr(p))
        else:
            out.append(SQ + str(p).replace(SQ, SQ + SQ) + SQ)
    parts = sql.split('%s')
    text = parts[0]
    for i, p in enumerate(out):
        text = text + p + parts[i + 1]
    return text
`
