import { pythonSourceModule } from '../python-source-module'
import type { NativeModule } from '../registry'

/** `dataclasses`, written in Python: Data classes: @dataclass, field, fields, asdict, astuple, replace (Migration Playground). */
export const dataclassesModule: NativeModule = pythonSourceModule(
  'dataclasses',
  String.raw`"""Data classes: @dataclass, field, fields, asdict, astuple, replace (Migration Playground)."""

import copy as _copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING', 'fields',
           'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class _KwOnlyType:
    def __repr__(self):
        return 'KW_ONLY'


KW_ONLY = _KwOnlyType()


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a data class, as field() describes it."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare', 'metadata',
                 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else dict(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,compare=%r,'
                'metadata=%r,kw_only=%r,_field_type=%s)' % (
                    self.name, self.type, self.default, self.default_factory, self.init, self.repr, self.hash,
                    self.compare, self.metadata, self.kw_only, self._field_type))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    """Describes a data class field: default or default_factory, and whether it joins init/repr/compare."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


def _is_mutable_default(value):
    return type(value) in (list, dict, set)


def _collect_fields(cls, kw_only_default):
    collected = {}
    for base in reversed(cls.__mro__[1:]):
        base_fields = base.__dict__.get(_FIELDS)
        if base_fields:
            for f in base_fields.values():
                collected[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    kw_only = kw_only_default
    for name, annotation in annotations.items():
        if annotation is KW_ONLY or (isinstance(annotation, str) and annotation.endswith('KW_ONLY')):
            kw_only = True
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = annotation
        f._field_type = '_FIELD'
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        is_classvar = annotation is getattr(__import__('typing'), 'ClassVar', None) if False else False
        if isinstance(annotation, str) and annotation.startswith('ClassVar'):
            is_classvar = True
        if is_classvar:
            continue
        if isinstance(annotation, InitVar):
            f._field_type = '_FIELD_INITVAR'
        if f.default_factory is MISSING and _is_mutable_default(f.default):
            raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                             % (type(f.default), name))
        if isinstance(default, Field):
            if f.default is MISSING:
                try:
                    delattr(cls, name)
                except AttributeError:
                    pass
            else:
                setattr(cls, name, f.default)
        collected[name] = f
    return collected


def _init_source(cls, fields, frozen, has_post_init):
    namespace = {'MISSING': MISSING, '__dataclass_builtins_object__': object}
    params = []
    kw_params = []
    body = []
    seen_default = False
    for f in fields:
        if not f.init:
            if f.default_factory is not MISSING:
                namespace['_factory_%s' % f.name] = f.default_factory
                value = '_factory_%s()' % f.name
            elif f.default is not MISSING:
                namespace['_default_%s' % f.name] = f.default
                value = '_default_%s' % f.name
            else:
                continue
        else:
            if f.default_factory is not MISSING:
                namespace['_factory_%s' % f.name] = f.default_factory
                param = '%s=MISSING' % f.name
                value = '_factory_%s() if %s is MISSING else %s' % (f.name, f.name, f.name)
            elif f.default is not MISSING:
                namespace['_default_%s' % f.name] = f.default
                param = '%s=_default_%s' % (f.name, f.name)
                value = f.name
            else:
                param = f.name
                value = f.name
                if seen_default and not f.kw_only:
                    raise TypeError('non-default argument %r follows default argument' % f.name)
            if '=' in param and not f.kw_only:
                seen_default = True
            (kw_params if f.kw_only else params).append(param)
        if f._field_type == '_FIELD_INITVAR':
            continue
        if frozen:
            body.append('__dataclass_builtins_object__.__setattr__(self, %r, %s)' % (f.name, value))
        else:
            body.append('self.%s = %s' % (f.name, value))
    if has_post_init:
        initvars = [f.name for f in fields if f._field_type == '_FIELD_INITVAR']
        body.append('self.__post_init__(%s)' % ', '.join(initvars))
    signature = ['self'] + params
    if kw_params:
        signature += ['*'] + kw_params
    source = 'def __init__(%s):\n' % ', '.join(signature)
    source += ''.join('    %s\n' % line for line in (body or ['pass']))
    exec(source, namespace)
    init = namespace['__init__']
    init.__qualname__ = '%s.__init__' % cls.__qualname__
    return init


def _tuple_of(obj, fields):
    return tuple(getattr(obj, f.name) for f in fields)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    all_fields = _collect_fields(cls, kw_only)
    setattr(cls, _FIELDS, all_fields)
    setattr(cls, _PARAMS, {'init': init, 'repr': repr, 'eq': eq, 'order': order, 'unsafe_hash': unsafe_hash,
                           'frozen': frozen})
    fields_list = [f for f in all_fields.values() if f._field_type == '_FIELD']
    init_fields = [f for f in all_fields.values()]
    if init and '__init__' not in cls.__dict__:
        cls.__init__ = _init_source(cls, init_fields, frozen, hasattr(cls, '__post_init__'))
    if repr and '__repr__' not in cls.__dict__:
        shown = [f for f in fields_list if f.repr]

        def __repr__(self):
            return '%s(%s)' % (self.__class__.__qualname__,
                               ', '.join('%s=%r' % (f.name, getattr(self, f.name)) for f in shown))

        __repr__.__qualname__ = '%s.__repr__' % cls.__qualname__
        cls.__repr__ = __repr__
    compared = [f for f in fields_list if f.compare]
    if eq and '__eq__' not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _tuple_of(self, compared) == _tuple_of(other, compared)
            return NotImplemented

        cls.__eq__ = __eq__
    if order:
        for name, test in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                           ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if name in cls.__dict__:
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering'
                                % (name, cls.__name__))

            def method(self, other, test=test):
                if other.__class__ is self.__class__:
                    return test(_tuple_of(self, compared), _tuple_of(other, compared))
                return NotImplemented

            setattr(cls, name, method)
    hashed = [f for f in fields_list if (f.compare if f.hash is None else f.hash)]
    has_own_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    if unsafe_hash or (eq and frozen):
        if has_own_hash and unsafe_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        cls.__hash__ = lambda self: hash(_tuple_of(self, hashed))
    elif eq and not has_own_hash:
        cls.__hash__ = None
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError('cannot assign to field %r' % name)
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError('cannot delete field %r' % name)
            super(cls, self).__delattr__(name)

        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in fields_list if f.init and not f.kw_only)
    if '__doc__' not in cls.__dict__ or cls.__doc__ is None:
        try:
            cls.__doc__ = '%s(%s)' % (cls.__name__, ', '.join(
                '%s: %s' % (f.name, getattr(f.type, '__name__', f.type)) for f in fields_list))
        except (AttributeError, TypeError):
            pass
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds __init__, __repr__, __eq__ (and more on request) generated from the class's annotated fields."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The Field objects of a data class or instance, in definition order."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type == '_FIELD')


def is_dataclass(obj):
    """True for a data class or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The fields of a data class instance as a dict, recursing into data classes, lists, tuples and dicts."""
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a data class instance as a tuple, recursing like asdict()."""
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('astuple() should be called on dataclass instances')
    return tuple_factory(_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj))


def _astuple_inner(obj, tuple_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return tuple_factory(_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj))
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance of obj's data class with some fields changed."""
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be specified with replace()'
                                 % f.name)
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **options):
    """Creates a data class named cls_name from (name, type[, field]) specs."""
    namespace = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            namespace[name] = spec
        annotations[name] = tp
    namespace['__annotations__'] = annotations
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, **options)
`,
)
