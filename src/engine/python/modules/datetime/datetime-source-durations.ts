/** The Python source of the `datetime` module, part: helpers, timedelta, tzinfo and timezone. */
export const DURATIONS_SOURCE = String.raw`"""Dates, times and durations: date, time, datetime, timedelta, tzinfo, timezone (Migration Playground)."""

import _datetime_support as _support

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059
_DAY_US = 86400000000


def _qualified(obj):
    cls = type(obj)
    if cls.__module__ == 'builtins':
        return cls.__qualname__
    return '%s.%s' % (cls.__module__, cls.__qualname__)


def _unsupported(symbol, left, right):
    raise TypeError('unsupported operand type(s) for %s: %r and %r' % (symbol, _qualified(left), _qualified(right)))


def _is_builtin(obj):
    return type(obj).__module__ == 'builtins'


def _index(value):
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if isinstance(value, int):
        return int(value)
    if hasattr(type(value), '__index__'):
        return type(value).__index__(value)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _check_date(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _support.days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour, minute, second, microsecond = _index(hour), _index(minute), _index(second), _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


def _round_half_even(numerator, denominator):
    quotient, remainder = divmod(numerator, denominator)
    twice = remainder * 2
    if twice > denominator or (twice == denominator and quotient % 2 == 1):
        quotient += 1
    return quotient


def _offset_us(offset, name):
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError('tzinfo.%s() must return None or timedelta, not %r' % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).')
    return offset._us


def _format_offset(us, sep=':'):
    sign = '-' if us < 0 else '+'
    us = abs(us)
    hours, rest = divmod(us, 3600000000)
    minutes, rest = divmod(rest, 60000000)
    seconds, micro = divmod(rest, 1000000)
    text = '%s%02d%s%02d' % (sign, hours, sep, minutes)
    if seconds or micro:
        text += '%s%02d' % (sep, seconds)
        if micro:
            text += '.%06d' % micro
    return text


class timedelta:
    """A duration: days, seconds and microseconds, normalised."""

    __slots__ = ('_us', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        total = 0
        fraction = 0.0
        for name, value, scale in (('days', days, _DAY_US), ('seconds', seconds, 1000000),
                                   ('microseconds', microseconds, 1), ('milliseconds', milliseconds, 1000),
                                   ('minutes', minutes, 60000000), ('hours', hours, 3600000000),
                                   ('weeks', weeks, 7 * _DAY_US)):
            if isinstance(value, int):
                total += int(value) * scale
            elif isinstance(value, float):
                whole = int(value)
                total += whole * scale
                fraction += (value - whole) * scale
            else:
                raise TypeError('unsupported type for timedelta %s component: %s' % (name, type(value).__name__))
        if fraction:
            total += round(fraction)
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, total):
        days = total // _DAY_US
        if not -999999999 <= days <= 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % days)
        self = object.__new__(cls)
        self._us = total
        self._hashcode = -1
        return self

    @property
    def days(self):
        return self._us // _DAY_US

    @property
    def seconds(self):
        return self._us % _DAY_US // 1000000

    @property
    def microseconds(self):
        return self._us % 1000000

    def total_seconds(self):
        return self._us / 10 ** 6

    def __repr__(self):
        args = []
        if self.days:
            args.append('days=%d' % self.days)
        if self.seconds:
            args.append('seconds=%d' % self.seconds)
        if self.microseconds:
            args.append('microseconds=%d' % self.microseconds)
        if not args:
            args.append('0')
        return '%s(%s)' % (_qualified(self), ', '.join(args))

    def __str__(self):
        minutes, seconds = divmod(self.seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = '%d:%02d:%02d' % (hours, minutes, seconds)
        if self.days:
            text = '%d day%s, ' % (self.days, '' if abs(self.days) == 1 else 's') + text
        if self.microseconds:
            text += '.%06d' % self.microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us + other._us)
        if _is_builtin(other):
            _unsupported('+', self, other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us + other._us)
        if _is_builtin(other):
            _unsupported('+', other, self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us - other._us)
        if _is_builtin(other):
            _unsupported('-', self, other)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(other._us - self._us)
        if _is_builtin(other):
            _unsupported('-', other, self)
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us)

    def __pos__(self):
        return self

    def __abs__(self):
        return timedelta._from_us(abs(self._us))

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us * other)
        if isinstance(other, float):
            numerator, denominator = other.as_integer_ratio()
            return timedelta._from_us(_round_half_even(self._us * numerator, denominator))
        if _is_builtin(other):
            _unsupported('*', self, other)
        return NotImplemented

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return self.__mul__(other)
        if _is_builtin(other):
            _unsupported('*', other, self)
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if not other._us:
                raise ZeroDivisionError('integer division or modulo by zero')
            return self._us // other._us
        if isinstance(other, int):
            if not other:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(self._us // other)
        if _is_builtin(other):
            _unsupported('//', self, other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            if not other._us:
                raise ZeroDivisionError('division by zero')
            return self._us / other._us
        if isinstance(other, int):
            if not other:
                raise ZeroDivisionError('division by zero')
            return timedelta._from_us(_round_half_even(self._us, other) if other > 0 else _round_half_even(-self._us, -other))
        if isinstance(other, float):
            numerator, denominator = other.as_integer_ratio()
            if not numerator:
                raise ZeroDivisionError('division by zero')
            if numerator < 0:
                numerator, denominator = -numerator, -denominator
            return timedelta._from_us(_round_half_even(self._us * denominator, numerator))
        if _is_builtin(other):
            _unsupported('/', self, other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if not other._us:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(self._us % other._us)
        if _is_builtin(other):
            _unsupported('%', self, other)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if not other._us:
                raise ZeroDivisionError('integer division or modulo by zero')
            q, r = divmod(self._us, other._us)
            return q, timedelta._from_us(r)
        return NotImplemented

    def _compare(self, other):
        if isinstance(other, timedelta):
            return (self._us > other._us) - (self._us < other._us)
        return None

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us == other._us
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us != other._us
        return NotImplemented

    def __lt__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        return hash((self.days, self.seconds, self.microseconds))

    def __bool__(self):
        return self._us != 0

    def __reduce__(self):
        return self.__class__, (self.days, self.seconds, self.microseconds)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


timedelta.min = timedelta._from_us(-999999999 * _DAY_US)
timedelta.max = timedelta._from_us(1000000000 * _DAY_US - 1)
timedelta.resolution = timedelta._from_us(1)


class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        dst = dt.dst()
        if dst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        delta = offset - dst
        if delta:
            dt += delta
            dst = dt.dst()
        return dt + dst if dst else dt


class timezone(tzinfo):
    """A fixed offset from UTC."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s' % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                             'timedelta(hours=24), not %r.' % (offset,))
        if name is None and not offset and 'utc' in cls.__dict__:
            return cls.utc
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_qualified(self), self._offset)
        return '%s(%r, %r)' % (_qualified(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError('utcoffset() argument must be a datetime instance or None')

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                if not self._offset:
                    return 'UTC'
                return 'UTC' + _format_offset(self._offset._us)
            return self._name
        raise TypeError('tzname() argument must be a datetime instance or None')

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError('dst() argument must be a datetime instance or None')

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError('fromutc: dt.tzinfo is not self')
            return dt + self._offset
        raise TypeError('fromutc() argument must be a datetime instance or None')

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return self.__class__, self.__getinitargs__()

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


class _IsoCalendarDate(tuple):
    """The (year, week, weekday) result of isocalendar()."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % tuple(self)

    def __reduce__(self):
        return tuple, (tuple(self),)


_IsoCalendarDate.__name__ = 'IsoCalendarDate'
_IsoCalendarDate.__qualname__ = 'IsoCalendarDate'


def _struct_time(values):
    import time as _time
    return _time.struct_time(values)


`
