import { pythonSourceModule } from '../python-source-module'
import type { NativeModule } from '../registry'
import { MEMBERS_SOURCE } from './enum-source-members'

/** The Python source of the `enum` module, part: auto, the class-body namespace and EnumType. */
const METACLASS_SOURCE = String.raw`"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique (Migration Playground)."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'ReprEnum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'auto', 'unique', 'property']


class _Unset:
    def __repr__(self):
        return '_auto_null'


_auto_null = _Unset()


class auto:
    """Stands for the next value chosen by the enum's _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


property = property


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_private(cls_name, name):
    prefix = '_%s__' % cls_name.lstrip('_')
    return name.startswith(prefix) and not name.endswith('__')


class _EnumDict(dict):
    """The class-body namespace of an enum: remembers member names in order, refuses reuse."""

    def __init__(self, cls_name=''):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._cls_name = cls_name
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key == '_generate_next_value_':
                self._generate_next_value = value
        elif _is_dunder(key):
            pass
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, auto):
                if value.value is _auto_null:
                    generate = self._generate_next_value
                    value.value = generate(key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)


def _find_data_type(bases):
    for chain in bases:
        for base in chain.__mro__:
            if base is object or isinstance(base, EnumType):
                continue
            if '__new__' in base.__dict__ or base in (int, str, float, tuple):
                return base
    return object


def _find_enum_base(bases):
    for base in reversed(bases):
        if isinstance(base, EnumType):
            return base
    return None


class EnumType(type):
    """The metaclass of every enum: builds members from the class body."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        namespace = _EnumDict(cls)
        enum_base = _find_enum_base(bases)
        if enum_base is not None:
            namespace._generate_next_value = enum_base._generate_next_value_
        return namespace

    def __new__(metacls, cls, bases, classdict, boundary=None, _simple=False, **kwds):
        member_names = list(getattr(classdict, '_member_names', None) or [])
        if not member_names:
            member_names = [k for k, v in classdict.items()
                            if not (_is_dunder(k) or _is_sunder(k) or _is_private(cls, k) or _is_descriptor(v))]
        enum_base = _find_enum_base(bases)
        if enum_base is not None and enum_base._member_names_:
            raise TypeError('%s: cannot extend enumeration %r' % (cls, enum_base.__name__))
        members = [(name, classdict[name]) for name in member_names]
        body = {k: v for k, v in classdict.items() if k not in member_names}
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        data_type = _find_data_type(bases)
        body['_member_type_'] = data_type
        custom_new = body.get('__new__') if enum_base is not None else None
        if custom_new is not None:
            body['_custom_new_'] = custom_new
        if enum_base is not None:
            body['__new__'] = Enum.__dict__['__new__']
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        if data_type is not object:
            for method in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if method in classdict:
                    continue
                for base in enum_class.__mro__:
                    if isinstance(base, EnumType) and method in base.__dict__:
                        type.__setattr__(enum_class, method, base.__dict__[method])
                        break
        new_member = None
        for base in enum_class.__mro__:
            found = base.__dict__.get('_custom_new_')
            if found is not None:
                new_member = found
                break
        if new_member is None:
            new_member = data_type.__new__ if data_type is not object else object.__new__
        type.__setattr__(enum_class, '_new_member_', new_member)
        auto_values = []
        for name, value in members:
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(name, 1, len(auto_values), auto_values[:])
                value = value.value
            auto_values.append(value)
            enum_class._add_member_(name, value)
        if Flag is not None and issubclass(enum_class, Flag):
            all_bits = 0
            for member in enum_class._member_map_.values():
                if isinstance(member._value_, int):
                    all_bits |= member._value_
            type.__setattr__(enum_class, '_flag_mask_', all_bits)
        return enum_class

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        new_member = cls._new_member_
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        if cls._member_type_ is tuple:
            args = (args,)
        if new_member is object.__new__:
            member = object.__new__(cls)
        else:
            member = new_member(cls, *args)
        if not hasattr(member, '_value_'):
            if cls._member_type_ is object:
                member._value_ = value
            else:
                try:
                    member._value_ = cls._member_type_(*args)
                except Exception:
                    member._value_ = value
        value = member._value_
        member._name_ = name
        member.__objclass__ = cls
        init = cls.__dict__.get('__init__') or next(
            (b.__dict__['__init__'] for b in cls.__mro__ if '__init__' in b.__dict__), None)
        if init is not None and init is not object.__init__ and cls._member_type_ is object:
            member.__init__(*args)
        elif init is not None and '__init__' in cls.__dict__:
            member.__init__(*args)
        for existing in cls._member_map_.values():
            if existing._value_ == value:
                member = existing
                break
        else:
            cls._member_names_.append(name)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_.setdefault(value, member)
        except TypeError:
            pass
        type.__setattr__(cls, name, member)

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        classdict = cls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = list(names.items())
        for name, value in names:
            classdict[name] = value
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return EnumType.__new__(EnumType if builtins_type(cls) is EnumType else builtins_type(cls), class_name, bases, classdict)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                builtins_type(member).__qualname__, builtins_type(cls).__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('cannot delete member %r.' % attr)
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def _canonical_(cls):
        members = [cls._member_map_[name] for name in cls._member_names_]
        if Flag is not None and issubclass(cls, Flag):
            return [m for m in members if isinstance(m._value_, int) and m._value_ and not m._value_ & (m._value_ - 1)]
        return members

    def __iter__(cls):
        return iter(cls._canonical_())

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._canonical_())

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % name)
        super().__setattr__(name, value)


builtins_type = type
EnumMeta = EnumType


Flag = None


`

/** `enum`, written in Python: Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique (Migration Playground). */
export const enumModule: NativeModule = pythonSourceModule('enum', METACLASS_SOURCE + MEMBERS_SOURCE)
