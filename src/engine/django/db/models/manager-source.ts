/** `django.db.models.instance` part 2 (Python): Manager methods, default/base managers, reverse and many-to-many related managers. */
export const MANAGER_SOURCE = String.raw`

PROXIED = ('all', 'filter', 'exclude', 'get', 'create', 'get_or_create', 'update_or_create', 'count', 'exists', 'first', 'last', 'earliest', 'latest', 'order_by', 'distinct', 'values', 'values_list', 'in_bulk', 'bulk_create', 'bulk_update', 'iterator', 'select_related', 'prefetch_related', 'only', 'defer', 'annotate', 'alias', 'aggregate', 'none', 'reverse', 'update', 'using')


def _proxy(name):
    def method(self, *args, **kwargs):
        return getattr(self.get_queryset(), name)(*args, **kwargs)
    method.__name__ = name
    return method


class ManagerMethods:
    def get_queryset(self):
        prepare(self.model)
        return QuerySet(self.model)



def _manager_str(self):
    model = self.model
    for name, manager in info(model).managers:
        if manager is self:
            return '%s.%s' % (info(model).label, name)
    return '%s.%s' % (info(model).label, 'objects')


def _manager_get(self, instance, owner=None):
    if instance is not None:
        raise AttributeError("Manager isn't accessible via %s instances" % type(instance).__name__)
    self.model = owner
    return self


BaseManager.get_queryset = ManagerMethods.get_queryset
BaseManager.__get__ = _manager_get
BaseManager.__str__ = _manager_str
for _name in PROXIED:
    setattr(BaseManager, _name, _proxy(_name))
del _name


class DefaultManagerDescriptor:
    def __init__(self, base):
        self.base = base

    def __get__(self, obj, owner):
        prepare(owner)
        if self.base:
            m = Manager()
            m.model = owner
            return m
        managers = info(owner).managers
        if managers:
            return getattr(owner, managers[0][0])
        m = Manager()
        m.model = owner
        return m


Model._default_manager = DefaultManagerDescriptor(False)
Model._base_manager = DefaultManagerDescriptor(True)


class RelatedManager:
    def __init__(self, rev, instance):
        self.rev = rev
        self.instance = instance
        self.model = rev.model
        self.field = rev.field

    def __repr__(self):
        return '<django.db.models.fields.related_descriptors.create_reverse_many_to_one_manager.<locals>.RelatedManager object at 0x7f0000000000>'

    def get_queryset(self):
        cached = self.instance.__dict__.get('_prefetched', {}).get(self.rev.accessor)
        qs = self.model._default_manager.get_queryset().filter(**{self.field.name: self.instance.pk})
        if cached is not None:
            qs._result_cache = list(cached)
        return qs

    def _check(self, obj):
        if not isinstance(obj, self.model):
            raise TypeError("'%s' instance expected, got %r" % (self.model.__name__, obj))

    def add(self, *objs, bulk=True):
        mi = info(self.model)
        with Atomic(savepoint=False):
            if bulk:
                for o in objs:
                    self._check(o)
                    if o.pk is None:
                        raise ValueError('%r instance isn\'t saved. Use bulk=False or save the object first.' % o)
                ids = [mi.pk.to_db(o.pk) for o in objs]
                execute('UPDATE ' + qn(mi.table) + ' SET ' + qn(self.field.column) + ' = %s WHERE ' + qn(mi.table) + '.' + qn(mi.pk.column) + ' IN (' + ', '.join(['%s'] * len(ids)) + ')', [self.instance.pk] + ids)
                for o in objs:
                    setattr(o, self.field.attname, self.instance.pk)
            else:
                for o in objs:
                    setattr(o, self.field.name, self.instance)
                    o.save()

    def create(self, **kwargs):
        kwargs[self.field.name] = self.instance
        return self.model._default_manager.create(**kwargs)

    def get_or_create(self, **kwargs):
        kwargs[self.field.name] = self.instance
        return self.model._default_manager.get_or_create(**kwargs)

    def remove(self, *objs, bulk=True):
        if not self.field.null:
            raise AttributeError("'RelatedManager' object has no attribute 'remove'")
        ids = [o.pk for o in objs]
        self.get_queryset().filter(pk__in=ids).update(**{self.field.name: None})
        for o in objs:
            setattr(o, self.field.attname, None)

    def clear(self, bulk=True):
        if not self.field.null:
            raise AttributeError("'RelatedManager' object has no attribute 'clear'")
        self.get_queryset().update(**{self.field.name: None})

    def set(self, objs, bulk=True, clear=False):
        objs = list(objs)
        with Atomic(savepoint=False):
            if self.field.null:
                keep = set(o.pk for o in objs)
                old = [o for o in self.get_queryset() if o.pk not in keep]
                if old:
                    self.remove(*old)
            current = set(self.get_queryset().values_list('pk', flat=True))
            new = [o for o in objs if o.pk not in current]
            if new:
                self.add(*new, bulk=bulk)


for _name in PROXIED:
    if not hasattr(RelatedManager, _name):
        setattr(RelatedManager, _name, _proxy(_name))


class ManyRelatedManager:
    def __init__(self, field, source_model, reverse, instance):
        self.field = field
        self.instance = instance
        smi = info(source_model)
        self.table = smi.m2m_table(field)
        src, dst = smi.m2m_columns(field)
        if reverse:
            self.model = source_model
            self.src, self.dst = dst, src
            name = None
            for f in info(source_model).all:
                if f is field or f.name == field.name:
                    name = f.name
            self.query_name = name
        else:
            self.model = field.related_model
            self.src, self.dst = src, dst
            rev = [r for r in info(field.related_model).reverse if r.m2m and r.field.name == field.name and r.model is source_model]
            self.query_name = rev[0].query_name if rev else smi.model_name
        self.accessor = field.name if not reverse else None
        if instance.pk is None:
            raise ValueError('"%r" needs to have a value for field "id" before this many-to-many relationship can be used.' % instance)

    def get_queryset(self):
        return self.model._default_manager.get_queryset().filter(**{self.query_name: self.instance.pk})

    def _ids(self, objs):
        out = []
        for o in objs:
            if isinstance(o, self.model):
                if o.pk is None:
                    raise ValueError('Cannot add "%r": the value for field "%s" is None' % (o, self.dst[:-3]))
                out.append(o.pk)
            elif hasattr(o, '_meta'):
                raise TypeError("'%s' instance expected, got %r" % (self.model.__name__, o))
            else:
                out.append(o)
        return out

    def add(self, *objs, through_defaults=None):
        ids = []
        for i in self._ids(objs):
            if i not in ids:
                ids.append(i)
        if not ids:
            return
        params = []
        for i in ids:
            params.extend([self.instance.pk, i])
        with Atomic(savepoint=False):
            execute('INSERT OR IGNORE INTO ' + qn(self.table) + ' (' + qn(self.src) + ', ' + qn(self.dst) + ') VALUES ' + ', '.join(['(%s, %s)'] * len(ids)), params)

    def remove(self, *objs):
        ids = self._ids(objs)
        if not ids:
            return
        with Atomic(savepoint=False):
            execute('DELETE FROM ' + qn(self.table) + ' WHERE (' + qn(self.table) + '.' + qn(self.src) + ' = %s AND ' + qn(self.table) + '.' + qn(self.dst) + ' IN (' + ', '.join(['%s'] * len(ids)) + '))', [self.instance.pk] + ids)

    def clear(self):
        with Atomic(savepoint=False):
            execute('DELETE FROM ' + qn(self.table) + ' WHERE ' + qn(self.table) + '.' + qn(self.src) + ' = %s', [self.instance.pk])

    def set(self, objs, clear=False, through_defaults=None):
        objs = list(objs)
        with Atomic(savepoint=False):
            if clear:
                self.clear()
                self.add(*objs)
                return
            rows = execute('SELECT ' + qn(self.table) + '.' + qn(self.dst) + ' FROM ' + qn(self.table) + ' WHERE ' + qn(self.table) + '.' + qn(self.src) + ' = %s', [self.instance.pk])
            old = [r[0] for r in rows]
            new = self._ids(objs)
            gone = [i for i in old if i not in new]
            if gone:
                self.remove(*gone)
            self.add(*[i for i in new if i not in old])

    def create(self, **kwargs):
        obj = self.model._default_manager.create(**kwargs)
        self.add(obj)
        return obj


for _name in PROXIED:
    if not hasattr(ManyRelatedManager, _name):
        setattr(ManyRelatedManager, _name, _proxy(_name))
`
