/** The Python source of the `enum` module, part: Enum, IntEnum, StrEnum, Flag, IntFlag and unique. */
export const MEMBERS_SOURCE = String.raw`class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if builtins_type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        type_repr = self._member_type_.__repr__ if self._member_type_ is not object else repr
        value = self._value_
        value_repr = type_repr(value) if builtins_type(value) is self._member_type_ else repr(value)
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, value_repr)

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        for cls in self.__class__.__mro__:
            if cls is Enum or cls is object:
                break
            for key, value in cls.__dict__.items():
                if not key.startswith('_') and key not in self._member_map_:
                    names.append(key)
        return sorted(set(names))

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(self, format_spec)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(self, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Support for flags: members combine with |, & and ^."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        return 2 ** last.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        mask = cls.__dict__.get('_flag_mask_', 0)
        if value < 0 or (value & ~mask and not issubclass(cls, int)):
            if value < 0:
                value = value & mask
            else:
                raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        pseudo = cls._value2member_map_.get(value)
        if pseudo is None:
            if cls._member_type_ is object:
                pseudo = object.__new__(cls)
            else:
                pseudo = cls._member_type_.__new__(cls, value)
            pseudo._value_ = value
            names = [m._name_ for m in cls._iter_bits_(value)]
            extra = value & ~mask
            pseudo._name_ = '|'.join(names) if names and not extra else (None if not names else '|'.join(names))
            if extra and names:
                pseudo._name_ = None
            cls._value2member_map_.setdefault(value, pseudo)
        return pseudo

    @classmethod
    def _iter_bits_(cls, value):
        for name in cls._member_names_:
            member = cls._member_map_[name]
            bits = member._value_
            if bits and bits & (bits - 1) == 0 and value & bits:
                yield member

    def __iter__(self):
        return self.__class__._iter_bits_(self._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                builtins_type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        value_repr = repr(self._value_)
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, value_repr)
        return '<%s.%s: %s>' % (cls_name, self._name_, value_repr)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def _coerce_(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if isinstance(other, int) and self._member_type_ is not object:
            return other
        return NotImplemented

    def __or__(self, other):
        value = self._coerce_(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._coerce_(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._coerce_(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        mask = self.__class__.__dict__.get('_flag_mask_', 0)
        return self.__class__(mask & ~self._value_)


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based flags."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(self, format_spec)

    __repr__ = Flag.__repr__
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__
    __contains__ = Flag.__contains__
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__


def unique(enumeration):
    """Class decorator: raises ValueError when two names share a value."""
    duplicates = [(name, member._name_) for name, member in enumeration.__members__.items()
                  if name != member._name_]
    if duplicates:
        details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration
`
