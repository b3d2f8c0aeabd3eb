/** `django.db.models.sql`, part 3 (Python): expressions (F, Value, functions, Case/When) and aggregates compiled to SQL. */
export const EXPRESSIONS_SOURCE = String.raw`

class RawField:
    def __init__(self, column, field):
        self.column = column
        self.field = field
        self.null = True
        self.type = field.type


class ExprLhs:
    def __init__(self, query, expr):
        self.query = query
        self.expr = expr

    def sql(self):
        return self.query.compile(self.expr)


class AnnotationRef:
    def __init__(self, name, expr):
        self.name = name
        self.expr = expr

    def sql(self):
        return qn(self.name), []


def raise_field_error(mi, name, query):
    from django.core.exceptions import FieldError as FE
    names = set([f.name for f in mi.all] + [f.attname for f in mi.all if not f.many_to_many] + [r.query_name for r in mi.reverse])
    choices = sorted(names) + sorted(query.annotations if mi is query.info else [])
    raise FE("Cannot resolve keyword '" + name + "' into field. Choices are: " + ', '.join(choices))


FUNCS = {'Lower': 'LOWER', 'Upper': 'UPPER', 'Length': 'LENGTH', 'Coalesce': 'COALESCE', 'Abs': 'ABS', 'Greatest': 'MAX', 'Least': 'MIN', 'Trim': 'TRIM', 'LTrim': 'LTRIM', 'RTrim': 'RTRIM', 'Replace': 'REPLACE', 'NullIf': 'NULLIF', 'Round': 'ROUND', 'Reverse': 'REVERSE'}


def _compile(self, e, promote=True):
    if isinstance(e, str):
        return self.col(e, promote).sql()
    if isinstance(e, Aggregate):
        return e.as_sql(self)
    d = expr_path(e)
    if d is None or hasattr(e, '_meta'):
        return '%s', [e.pk if hasattr(e, '_meta') else e]
    path, args, kwargs = d
    name = path.rsplit('.', 1)[1]
    if name == 'F':
        return self.col(args[0], promote).sql()
    if name == 'Value':
        v = args[0]
        if isinstance(v, (datetime.date, datetime.time)) and not isinstance(v, datetime.datetime):
            return '%s', [v.isoformat()]
        if isinstance(v, datetime.datetime):
            if v.tzinfo is not None:
                v = v.astimezone(datetime.timezone.utc).replace(tzinfo=None)
            return '%s', [v.isoformat(' ')]
        if isinstance(v, str):
            return '%s', [v]
        if isinstance(v, bool):
            return '%s', [v]
        if isinstance(v, decimal.Decimal):
            return '%s', [str(v)]
        return '%s', [v]
    if name == 'CombinedExpression':
        ls, lp = self.compile(args[0], promote)
        rs, rp = self.compile(args[2], promote)
        return '(' + ls + ' ' + args[1] + ' ' + rs + ')', lp + rp
    if name == 'Concat':
        parts, params = [], []
        for a in args:
            s, p = self.compile(a, promote)
            parts.append('COALESCE(' + s + ", '')")
            params.extend(p)
        return '(' + ' || '.join(parts) + ')', params
    if name == 'Case':
        parts, params = [], []
        for w in args:
            s, p = self.compile(w, promote)
            parts.append(s)
            params.extend(p)
        default = kwargs.get('default')
        ds, dp = self.compile(default, promote) if default is not None else ('NULL', [])
        return 'CASE ' + ' '.join(parts) + ' ELSE ' + ds + ' END', params + dp
    if name == 'When':
        cond = Node()
        for a in args:
            if isinstance(a, tuple):
                cond.children.append(self.build_lookup(a[0], a[1]))
            else:
                n = self.build_q(a, False)
                cond.children.append(n)
        for k, v in kwargs.items():
            if k not in ('then', 'condition'):
                cond.children.append(self.build_lookup(k, v))
        if 'condition' in kwargs:
            cond.children.append(self.build_q(kwargs['condition'], False))
        cs, cp = cond.sql()
        ts, tp = self.compile(kwargs.get('then'), promote)
        return 'WHEN ' + cs + ' THEN ' + ts, cp + tp
    if name in FUNCS:
        parts, params = [], []
        for a in args:
            s, p = self.compile(a, promote)
            parts.append(s)
            params.extend(p)
        return FUNCS[name] + '(' + ', '.join(parts) + ')', params
    if name == 'ExpressionWrapper':
        return self.compile(args[0], promote)
    raise field_error()('Unsupported expression: ' + name)


Query.compile = _compile


def output_type(query, e):
    """The FieldInfo whose conversion applies to an expression's value, or None."""
    if isinstance(e, Aggregate):
        return e.output(query)
    d = expr_path(e)
    if d is None:
        if isinstance(e, str):
            c = query.col(e)
            return getattr(c, 'field', None)
        return None
    path, args, kwargs = d
    name = path.rsplit('.', 1)[1]
    if name == 'F':
        c = query.col(args[0])
        return getattr(c, 'field', None)
    if name in ('Lower', 'Upper', 'Concat', 'Length', 'Value'):
        return None
    if name in ('Coalesce', 'ExpressionWrapper', 'Greatest', 'Least', 'Abs', 'CombinedExpression'):
        for a in args:
            t = output_type(query, a)
            if t is not None:
                return t
    return None


class Aggregate:
    function = None
    name = None

    def __init__(self, expression, distinct=False, filter=None, default=None, output_field=None):
        self.expression = expression
        self.distinct = distinct
        self.filter = filter
        self.default = default

    def default_alias(self):
        e = self.expression
        if isinstance(e, str):
            return e + '__' + self.name.lower()
        d = expr_path(e)
        if d is not None and d[0].endswith('.F'):
            return d[1][0] + '__' + self.name.lower()
        from django.core.exceptions import FieldError as FE
        raise TypeError('Complex aggregates require an alias')

    def as_sql(self, query):
        if self.expression == '*':
            inner, params = '*', []
        else:
            inner, params = query.compile(self.expression, True)
        if self.distinct:
            inner = 'DISTINCT ' + inner
        s = self.function + '(' + inner + ')'
        if self.filter is not None:
            n = query.build_q(self.filter, False)
            fs, fp = n.sql()
            s = s + ' FILTER (WHERE ' + fs + ')'
            params = params + fp
        out = self.output(query)
        if out is not None and out.type == 'DecimalField' and self.function in ('SUM', 'AVG', 'MIN', 'MAX'):
            s = '(CAST(' + s + ' AS NUMERIC))'
        if self.default is not None:
            ds, dp = query.compile(self.default) if expr_path(self.default) is not None else ('%s', [self.default])
            s = 'COALESCE(' + s + ', ' + ds + ')'
            params = params + dp
        return s, params

    def output(self, query):
        if self.expression == '*':
            return None
        return output_type(query, self.expression)

    def _combine(self, connector, other, reversed):
        from django.db.models.expressions import CombinedExpression, Value
        if not isinstance(other, Aggregate) and expr_path(other) is None:
            other = Value(other)
        return CombinedExpression(other, connector, self) if reversed else CombinedExpression(self, connector, other)

    def __add__(self, other):
        return self._combine('+', other, False)

    def __sub__(self, other):
        return self._combine('-', other, False)

    def __mul__(self, other):
        return self._combine('*', other, False)

    def __truediv__(self, other):
        return self._combine('/', other, False)

    def __radd__(self, other):
        return self._combine('+', other, True)

    def __rsub__(self, other):
        return self._combine('-', other, True)

    def __rmul__(self, other):
        return self._combine('*', other, True)

    def __rtruediv__(self, other):
        return self._combine('/', other, True)

    def convert(self, query, v):
        if v is None:
            return None
        out = self.output(query)
        if out is not None and out.type == 'DecimalField':
            return decimal_from_db(v)
        if out is not None:
            return out.to_python(v)
        return v

    def __repr__(self):
        e = self.expression
        d = expr_path(e)
        text = repr(e) if d is None or not d[0].endswith('.F') else 'F(' + d[1][0] + ')'
        if isinstance(e, str):
            text = 'F(' + e + ')'
        extra = ''
        if self.distinct:
            extra = ', distinct=True'
        return self.name + '(' + text + extra + ')'


class Count(Aggregate):
    function = 'COUNT'
    name = 'Count'

    def convert(self, query, v):
        return 0 if v is None else v

    def output(self, query):
        return None


class Sum(Aggregate):
    function = 'SUM'
    name = 'Sum'


class Avg(Aggregate):
    function = 'AVG'
    name = 'Avg'

    def convert(self, query, v):
        if v is None:
            return None
        out = self.output(query)
        if out is not None and out.type == 'DecimalField':
            return decimal_from_db(v)
        return float(v)


class Min(Aggregate):
    function = 'MIN'
    name = 'Min'


class Max(Aggregate):
    function = 'MAX'
    name = 'Max'
`
