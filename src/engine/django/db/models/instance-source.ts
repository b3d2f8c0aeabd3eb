/** `django.db.models.instance` part 1 (Python): Model.__init__/save/delete/refresh_from_db/__eq__ and the relation descriptors. */
export const INSTANCE_SOURCE = String.raw`import datetime
from django import _orm
from django.db.models import Model
from django.db.models.manager import BaseManager, Manager
from django.db.models.sql import info, qn
from django.db.models.query import QuerySet, execute
from django.db.transaction import Atomic, mark_for_rollback_on_error
from django.utils import timezone

_prepared = set()
_native_init = Model.__init__


def prepare(model):
    """Installs relation descriptors on every model of the model's registry (once)."""
    if model in _prepared:
        return
    for m in _orm.registry(model):
        if m in _prepared:
            continue
        _prepared.add(m)
        mi = info(m)
        for f in mi.all:
            if f.many_to_many:
                setattr(m, f.name, ManyToManyDescriptor(f, m, False))
            elif f.is_relation:
                setattr(m, f.name, ForwardDescriptor(f, m))
        for r in mi.reverse:
            if r.field.related_name is not None and r.field.related_name.endswith('+'):
                continue
            if r.m2m:
                setattr(m, r.accessor, ManyToManyDescriptor(r.field, r.model, True))
            elif r.field.type == 'OneToOneField':
                setattr(m, r.query_name, ReverseOneDescriptor(r, m))
            else:
                setattr(m, r.accessor, ReverseManyDescriptor(r))


def _model_init(self, *args, **kwargs):
    model = type(self)
    prepare(model)
    mi = info(model)
    rel = {}
    for k in list(kwargs):
        f = mi.by_name.get(k)
        if f is not None and f.is_relation and not f.many_to_many and k == f.name:
            rel[k] = kwargs.pop(k)
            kwargs[f.attname] = rel[k].pk if rel[k] is not None else None
        elif f is not None and f.many_to_many:
            raise TypeError('Direct assignment to the forward side of a many-to-many set is prohibited. Use %s.set() instead.' % k)
    if 'pk' in kwargs:
        kwargs[mi.pk.attname] = kwargs.pop('pk')
    _native_init(self, *args, **kwargs)
    self.__dict__['_adding'] = True
    for k, v in rel.items():
        self.__dict__['_cache_' + k] = v


def _pre_save(obj, mi, add):
    for f in mi.concrete:
        if f.auto_now or (add and f.auto_now_add):
            now = timezone.now()
            v = now.date() if f.type == 'DateField' else now
            setattr(obj, f.attname, v)
    for f in mi.concrete:
        if f.is_relation:
            cached = obj.__dict__.get('_cache_' + f.name)
            if cached is not None and getattr(obj, f.attname) is None and cached.pk is not None:
                setattr(obj, f.attname, cached.pk)
            if cached is not None and cached.pk is None:
                raise ValueError("save() prohibited to prevent data loss due to unsaved related object '%s'." % f.name)


def _save(self, force_insert=False, force_update=False, using=None, update_fields=None):
    mi = info(type(self))
    if update_fields is not None:
        update_fields = list(update_fields)
        if not update_fields:
            return
        bad = [n for n in update_fields if n not in mi.by_name or mi.by_name[n].many_to_many]
        if bad:
            raise ValueError('The following fields do not exist in this model, are m2m fields, or are non-concrete fields: %s' % ', '.join(bad))
    with mark_for_rollback_on_error():
        _save_table(self, mi, force_insert, force_update, update_fields)


def _save_table(self, mi, force_insert, force_update, update_fields):
    pk = mi.pk
    pk_val = getattr(self, pk.attname)
    adding = self.__dict__.get('_adding', True)
    _pre_save(self, mi, pk_val is None or adding)
    if pk_val is not None and not force_insert:
        fields = [f for f in mi.concrete if not f.primary_key]
        if update_fields is not None:
            fields = [f for f in fields if f.name in update_fields or f.attname in update_fields]
        sets = ', '.join(qn(f.column) + ' = %s' for f in fields)
        params = [f.to_db(getattr(self, f.attname)) for f in fields]
        if fields:
            execute('UPDATE ' + qn(mi.table) + ' SET ' + sets + ' WHERE ' + qn(mi.table) + '.' + qn(pk.column) + ' = %s', params + [pk.to_db(pk_val)])
            updated = _orm.rowcount() > 0
        else:
            updated = len(execute('SELECT 1 AS "a" FROM ' + qn(mi.table) + ' WHERE ' + qn(mi.table) + '.' + qn(pk.column) + ' = %s LIMIT 1', [pk.to_db(pk_val)])) > 0
        if updated:
            self.__dict__['_adding'] = False
            return
        if update_fields is not None:
            from django.db.models.query import DatabaseError
            raise DatabaseError('Save with update_fields did not affect any rows.')
        if force_update:
            raise DatabaseError('Forced update did not affect any rows.')
    fields = [f for f in mi.concrete if not (f.primary_key and getattr(self, f.attname) is None)]
    cols = ', '.join(qn(f.column) for f in fields)
    params = [f.to_db(getattr(self, f.attname)) for f in fields]
    if fields:
        sql = 'INSERT INTO ' + qn(mi.table) + ' (' + cols + ') VALUES (' + ', '.join(['%s'] * len(fields)) + ')'
    else:
        sql = 'INSERT INTO ' + qn(mi.table) + ' DEFAULT VALUES'
    if getattr(self, pk.attname) is None:
        rows = execute(sql + ' RETURNING ' + qn(mi.table) + '.' + qn(pk.column), params)
        setattr(self, pk.attname, rows[0][0])
    else:
        execute(sql, params)
    self.__dict__['_adding'] = False


def _delete(self, using=None, keep_parents=False):
    mi = info(type(self))
    if self.pk is None:
        raise ValueError("%s object can't be deleted because its %s attribute is set to None." % (type(self).__name__, mi.pk.attname))
    return delete_objects(type(self), [self])


def _refresh_from_db(self, using=None, fields=None, from_queryset=None):
    model = type(self)
    mi = info(model)
    qs = model._base_manager.get_queryset().filter(pk=self.pk)
    if fields is not None:
        qs = qs.only(*fields)
    fresh = qs.get()
    for f in mi.concrete:
        if fields is None or f.name in fields or f.attname in fields:
            self.__dict__[f.attname] = fresh.__dict__[f.attname]
            if f.is_relation:
                self.__dict__.pop('_cache_' + f.name, None)
    self.__dict__.pop('_prefetched', None)


def _eq(self, other):
    if not isinstance(other, Model):
        return NotImplemented
    if info(type(self)).model is not info(type(other)).model and type(self) is not type(other):
        return False
    if self.pk is None:
        return self is other
    return self.pk == other.pk


def _hash(self):
    if self.pk is None:
        raise TypeError('Model instances without primary key value are unhashable')
    return hash(self.pk)


def _serializable_value(self, name):
    return getattr(self, info(type(self)).by_name[name].attname)


Model.__init__ = _model_init
Model.save = _save
Model.delete = _delete
Model.refresh_from_db = _refresh_from_db
Model.__eq__ = _eq
Model.__hash__ = _hash
Model.serializable_value = _serializable_value
Model.full_clean = lambda self, *a, **k: None


def _missing_class(model, name, related):
    """Django's RelatedObjectDoesNotExist of an accessor: the related model's DoesNotExist and AttributeError."""
    return type('RelatedObjectDoesNotExist', (related.DoesNotExist, AttributeError), {'__module__': model.__module__, '__qualname__': '%s.%s.RelatedObjectDoesNotExist' % (model.__name__, name)})


class ForwardDescriptor:
    def __init__(self, field, model=None):
        self.field = field
        if model is not None:
            self.RelatedObjectDoesNotExist = _missing_class(model, field.name, field.related_model)

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        d = obj.__dict__
        key = '_cache_' + self.field.name
        value = d.get(attname_key(self.field))
        cached = d.get(key)
        if cached is not None and cached.pk == value:
            return cached
        if value is None:
            if not self.field.null and hasattr(self, 'RelatedObjectDoesNotExist'):
                raise self.RelatedObjectDoesNotExist('%s has no %s.' % (type(obj).__name__, self.field.name))
            return None
        target = self.field.related_model
        prepare(target)
        obj2 = target._base_manager.get_queryset().get(pk=value)
        d[key] = obj2
        return obj2

    def __set__(self, obj, value):
        d = obj.__dict__
        d['_cache_' + self.field.name] = value
        d[self.field.attname] = value.pk if value is not None else None


def attname_key(f):
    return f.attname


class ReverseOneDescriptor:
    def __init__(self, rev, model=None):
        self.rev = rev
        if model is not None:
            self.RelatedObjectDoesNotExist = _missing_class(model, rev.query_name, rev.model)

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        key = '_cache_' + self.rev.query_name
        if key in obj.__dict__:
            if obj.__dict__[key] is not None:
                return obj.__dict__[key]
            raise getattr(self, 'RelatedObjectDoesNotExist', self.rev.model.DoesNotExist)('%s has no %s.' % (type(obj).__name__, self.rev.query_name))
        try:
            return self.rev.model._base_manager.get_queryset().get(**{self.rev.field.name: obj.pk})
        except self.rev.model.DoesNotExist:
            raise getattr(self, 'RelatedObjectDoesNotExist', self.rev.model.DoesNotExist)('%s has no %s.' % (type(obj).__name__, self.rev.query_name))


class ReverseManyDescriptor:
    def __init__(self, rev):
        self.rev = rev

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return RelatedManager(self.rev, obj)

    def __set__(self, obj, value):
        raise TypeError('Direct assignment to the reverse side of a related set is prohibited. Use %s.set() instead.' % self.rev.accessor)


class ManyToManyDescriptor:
    def __init__(self, field, source_model, reverse):
        self.field = field
        self.source_model = source_model
        self.reverse = reverse

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return ManyRelatedManager(self.field, self.source_model, self.reverse, obj)

    def __set__(self, obj, value):
        side = 'reverse' if self.reverse else 'forward'
        raise TypeError('Direct assignment to the %s side of a many-to-many set is prohibited. Use %s.set() instead.' % (side, self.field.name))
`
