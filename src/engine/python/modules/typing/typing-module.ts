import { pythonSourceModule } from '../python-source-module'
import type { NativeModule } from '../registry'

/** `typing`, written in Python: Type hints at runtime: the typing names Django projects import, as subscriptable markers (Migration Playground). */
export const typingModule: NativeModule = pythonSourceModule(
  'typing',
  String.raw`"""Type hints at runtime: the typing names Django projects import, as subscriptable markers (Migration Playground)."""

__all__ = ['Any', 'Callable', 'ClassVar', 'Dict', 'Final', 'FrozenSet', 'Generic', 'Iterable', 'Iterator', 'List',
           'Literal', 'Mapping', 'NamedTuple', 'Optional', 'Protocol', 'Sequence', 'Set', 'Tuple', 'Type',
           'TypeVar', 'TypedDict', 'Union', 'TYPE_CHECKING', 'cast', 'overload', 'no_type_check', 'get_type_hints',
           'Annotated', 'AnyStr', 'Awaitable', 'Collection', 'DefaultDict', 'Deque', 'Generator', 'Hashable',
           'MutableMapping', 'MutableSequence', 'MutableSet', 'NoReturn', 'Self', 'Sized', 'Text', 'final',
           'runtime_checkable', 'ParamSpec', 'Concatenate', 'TypeAlias', 'Never', 'LiteralString', 'Counter',
           'OrderedDict', 'ChainMap', 'Pattern', 'Match', 'IO', 'TextIO', 'BinaryIO', 'SupportsInt', 'Reversible',
           'ContextManager', 'AsyncIterator', 'Coroutine', 'KeysView', 'ValuesView', 'ItemsView', 'assert_never']

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, list):
        return '[%s]' % ', '.join(_type_repr(o) for o in obj)
    if obj is None or obj is type(None):
        return 'None'
    return repr(obj)


class _GenericAlias:
    """A subscripted typing form such as List[int] or Optional[str]."""

    def __init__(self, origin, args, name):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __repr__(self):
        if self._name == 'Optional':
            return 'typing.Optional[%s]' % _type_repr(self.__args__[0])
        return 'typing.%s[%s]' % (self._name, ', '.join(_type_repr(a) for a in self.__args__))

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params if isinstance(params, tuple) else (params,), self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __mro_entries__(self, bases):
        return (self.__origin__,) if isinstance(self.__origin__, type) else ()

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _SpecialForm:
    """An unsubscripted typing marker (Any, Optional, List, ...)."""

    def __init__(self, name, origin=None):
        self._name = name
        self.__origin__ = origin

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Optional':
            return _GenericAlias(Union, (params[0], type(None)), 'Optional')
        if self._name == 'Union':
            flat = []
            params = tuple(type(None) if p is None else p for p in params)
            for p in params:
                if isinstance(p, _GenericAlias) and p.__origin__ is Union:
                    flat.extend(p.__args__)
                elif p not in flat:
                    flat.append(p)
            if len(flat) == 1:
                return flat[0]
            if len(flat) == 2 and type(None) in flat:
                return _GenericAlias(Union, tuple(flat), 'Optional')
            return _GenericAlias(Union, tuple(flat), 'Union')
        return _GenericAlias(self.__origin__ if self.__origin__ is not None else self, params, self._name)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is not None:
            return self.__origin__(*args, **kwargs)
        raise TypeError('Cannot instantiate %r' % self)

    def __mro_entries__(self, bases):
        return (self.__origin__,) if isinstance(self.__origin__, type) else (object,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        if isinstance(self.__origin__, type):
            return isinstance(obj, self.__origin__)
        raise TypeError('typing.%s cannot be used with isinstance()' % self._name)


Any = _SpecialForm('Any')
Union = _SpecialForm('Union')
Optional = _SpecialForm('Optional')
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Literal = _SpecialForm('Literal')
Annotated = _SpecialForm('Annotated')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Concatenate = _SpecialForm('Concatenate')
Callable = _SpecialForm('Callable')
Type = _SpecialForm('Type', type)
List = _SpecialForm('List', list)
Dict = _SpecialForm('Dict', dict)
Set = _SpecialForm('Set', set)
FrozenSet = _SpecialForm('FrozenSet', frozenset)
Tuple = _SpecialForm('Tuple', tuple)
Text = str
AnyStr = _SpecialForm('AnyStr')
for _name in ('Iterable', 'Iterator', 'Sequence', 'Mapping', 'MutableMapping', 'MutableSequence', 'MutableSet',
              'Collection', 'Container', 'Hashable', 'Sized', 'Reversible', 'Generator', 'Awaitable', 'Coroutine',
              'AsyncIterator', 'AsyncIterable', 'ContextManager', 'KeysView', 'ValuesView', 'ItemsView', 'IO',
              'TextIO', 'BinaryIO', 'Pattern', 'Match', 'SupportsInt', 'SupportsFloat', 'SupportsIndex',
              'AbstractSet', 'MappingView', 'AsyncGenerator', 'AsyncContextManager', 'ByteString'):
    globals()[_name] = _SpecialForm(_name)
DefaultDict = _SpecialForm('DefaultDict')
Deque = _SpecialForm('Deque')
Counter = _SpecialForm('Counter')
OrderedDict = _SpecialForm('OrderedDict')
ChainMap = _SpecialForm('ChainMap')


class TypeVar:
    """Type variable: T = TypeVar('T')."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


class ParamSpec(TypeVar):
    pass


class Generic:
    """Abstract base class for generic types: class C(Generic[T])."""

    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    """Base class for structural types."""


def runtime_checkable(cls):
    return cls


def final(f):
    return f


def cast(typ, val):
    """Returns val unchanged (a marker for type checkers)."""
    return val


def overload(func):
    return func


def no_type_check(arg):
    return arg


def assert_never(arg):
    raise AssertionError('Expected code to be unreachable, but got: %r' % (arg,))


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (with its bases) or function."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get('__annotations__', {}))
        return hints
    return dict(getattr(obj, '__annotations__', {}) or {})


def NamedTuple(typename, fields=None, **kwargs):
    """Functional form: NamedTuple('Name', [('x', int), ('y', int)])."""
    from collections import namedtuple
    fields = kwargs.items() if fields is None else fields
    return namedtuple(typename, [name for name, _ in fields])


def TypedDict(typename, fields=None, *, total=True, **kwargs):
    """Functional form of TypedDict: a dict subclass."""
    return type(typename, (dict,), {'__annotations__': dict(fields or kwargs), '__total__': total})
`,
)
