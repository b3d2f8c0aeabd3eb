/** `django.db.models.sql`, part 1 (Python): field and model metadata, value conversion to and from SQLite, joins and columns. */
export const FIELD_INFO_SOURCE = String.raw`import datetime
import decimal
import json
import uuid
from django import _orm

DQ = chr(34)
SQ = chr(39)

NOT_PROVIDED = _orm.NOT_PROVIDED
_infos = {}


class Alias(str):
    """A generated table alias (T2, T3, ...): Django writes it unquoted."""


def qn(name):
    if isinstance(name, Alias):
        return str(name)
    return DQ + name + DQ


class FieldInfo:
    def __init__(self, d):
        self.__dict__.update(d)
        self.is_relation = self.related_model is not None
        self.many_to_many = self.type == 'ManyToManyField'

    def __repr__(self):
        return '<FieldInfo ' + self.name + '>'

    def has_default(self):
        return self.default != NOT_PROVIDED

    def get_default(self):
        if self.default == NOT_PROVIDED:
            if self.type in ('CharField', 'TextField', 'SlugField', 'EmailField', 'URLField', 'FilePathField', 'FileField', 'ImageField') and not self.null:
                return ''
            return None
        if callable(self.default):
            return self.default()
        return self.default

    def to_python(self, v):
        if v is None:
            return None
        t = self.type
        if t == 'DecimalField':
            if isinstance(v, float):
                v = repr(v)
            d = decimal.Decimal(v)
            if self.decimal_places is not None:
                q = decimal.Decimal('1') if self.decimal_places == 0 else decimal.Decimal('0.' + '0' * (self.decimal_places - 1) + '1')
                d = d.quantize(q)
            return d
        if t == 'DateTimeField':
            if isinstance(v, str):
                return datetime.datetime.fromisoformat(v).replace(tzinfo=datetime.timezone.utc)
            return v
        if t == 'DateField':
            return datetime.date.fromisoformat(v) if isinstance(v, str) else v
        if t == 'TimeField':
            return datetime.time.fromisoformat(v) if isinstance(v, str) else v
        if t in ('BooleanField', 'NullBooleanField'):
            return bool(v)
        if t == 'JSONField':
            return json.loads(v)
        if t == 'UUIDField':
            return uuid.UUID(v)
        if t == 'DurationField':
            return datetime.timedelta(0, 0, v)
        if t == 'FloatField':
            return float(v)
        return v

    def to_db(self, v):
        if v is None:
            return None
        if hasattr(v, '_meta') and hasattr(v, 'pk'):
            v = v.pk
        t = self.type
        if self.is_relation and not self.many_to_many:
            return info(self.related_model).pk.to_db(v)
        if t == 'DecimalField':
            if isinstance(v, float):
                v = repr(v)
            return str(decimal.Decimal(v))
        if t == 'DateTimeField':
            if isinstance(v, datetime.datetime):
                if v.tzinfo is not None:
                    v = v.astimezone(datetime.timezone.utc).replace(tzinfo=None)
                return v.isoformat(' ')
            if isinstance(v, datetime.date):
                return datetime.datetime(v.year, v.month, v.day).isoformat(' ')
            return v
        if t in ('DateField', 'TimeField'):
            return v.isoformat() if hasattr(v, 'isoformat') else v
        if t == 'JSONField':
            return json.dumps(v)
        if t == 'UUIDField':
            return v.hex if isinstance(v, uuid.UUID) else uuid.UUID(v).hex
        if t == 'DurationField':
            return (v.days * 86400 + v.seconds) * 1000000 + v.microseconds
        if t in ('IntegerField', 'BigIntegerField', 'SmallIntegerField', 'PositiveIntegerField', 'AutoField', 'BigAutoField', 'SmallAutoField', 'PositiveSmallIntegerField', 'PositiveBigIntegerField'):
            if isinstance(v, str):
                try:
                    return int(v)
                except ValueError:
                    raise ValueError("Field '%s' expected a number but got %r." % (self.name, v))
            return v
        if t == 'FloatField':
            return float(v)
        if t in ('CharField', 'TextField', 'SlugField', 'EmailField', 'URLField'):
            return v if isinstance(v, str) else str(v)
        return v


class Reverse:
    def __init__(self, model, field, m2m):
        self.model = model
        self.field = field
        self.m2m = m2m
        target = info(model)
        self.query_name = field.related_name if field.related_name is not None else target.model_name
        self.accessor = field.related_name if field.related_name is not None else target.model_name + '_set'


class ModelInfo:
    def __init__(self, model):
        meta = _orm.meta(model)
        self.model = model
        self.app_label = meta['app_label']
        self.model_name = meta['model_name']
        self.object_name = meta['object_name']
        self.label = self.app_label + '.' + self.object_name
        self.ordering = list(meta['ordering'])
        self.get_latest_by = meta['get_latest_by']
        self.managers = meta['managers']
        self.table = _orm.table(model)
        self.all = [FieldInfo(d) for d in _orm.fields(model)]
        self.concrete = [f for f in self.all if not f.many_to_many]
        self.m2m = [f for f in self.all if f.many_to_many]
        self.by_name = {}
        for f in self.all:
            self.by_name[f.name] = f
        for f in self.concrete:
            self.by_name[f.attname] = f
            if f.primary_key:
                self.pk = f
        self.attnames = [f.attname for f in self.concrete]
        self.columns = [f.column for f in self.concrete]
        self.converters = [(i, f) for i, f in enumerate(self.concrete) if f.type in CONVERTED]
        self._reverse = None

    @property
    def reverse(self):
        if self._reverse is None:
            self._reverse = []
            for other in _orm.registry(self.model):
                oi = info(other)
                for f in oi.all:
                    if f.related_model is self.model:
                        self._reverse.append(Reverse(other, f, f.many_to_many))
        return self._reverse

    def m2m_table(self, f):
        return self.table + '_' + f.name

    def m2m_columns(self, f):
        target = info(f.related_model)
        if f.related_model is self.model:
            return 'from_' + self.model_name + '_id', 'to_' + target.model_name + '_id'
        return self.model_name + '_id', target.model_name + '_id'


def decimal_from_db(v):
    if isinstance(v, float):
        return decimal.Decimal('%.14e' % v)
    return decimal.Decimal(v)


CONVERTED = ('DecimalField', 'DateTimeField', 'DateField', 'TimeField', 'BooleanField', 'JSONField', 'UUIDField', 'DurationField', 'FloatField')


def info(model):
    i = _infos.get(model)
    if i is None:
        i = ModelInfo(model)
        _infos[model] = i
    return i


def like_escape(v):
    return str(v).replace('\\', '\\\\').replace('%', '\\%').replace('_', '\\_')


LIKE = " ESCAPE '\\'"


class Join:
    def __init__(self, table, alias, lhs_alias, lhs_col, rhs_col, kind, nullable):
        self.table = table
        self.alias = alias
        self.lhs_alias = lhs_alias
        self.lhs_col = lhs_col
        self.rhs_col = rhs_col
        self.kind = kind
        self.nullable = nullable

    def sql(self):
        name = qn(self.table) if self.alias == self.table else qn(self.table) + ' ' + qn(self.alias)
        return '%s %s ON (%s.%s = %s.%s)' % (self.kind, name, qn(self.lhs_alias), qn(self.lhs_col), qn(self.alias), qn(self.rhs_col))


class Col:
    def __init__(self, alias, field):
        self.alias = alias
        self.field = field

    def sql(self):
        return qn(self.alias) + '.' + qn(self.field.column), []


class RawCol:
    def __init__(self, alias, column, field):
        self.alias = alias
        self.column = column
        self.field = field

    def sql(self):
        return qn(self.alias) + '.' + qn(self.column), []
`
