import { pythonSourceModule } from '../python-source-module'
import type { NativeModule } from '../registry'

/** `datetime`, written in Python: Dates, times and durations: date, time, datetime, timedelta, tzinfo, timezone (Migration Playground). */
export const datetimeModule: NativeModule = pythonSourceModule(
  'datetime',
  String.raw`"""Dates, times and durations: date, time, datetime, timedelta, tzinfo, timezone (Migration Playground)."""

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


class date:
    """A date in the proleptic Gregorian calendar: year, month and day."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        if month is None or day is None:
            missing = 'month' if month is None else 'day'
            raise TypeError("function missing required argument '%s' (pos %d)" % (missing, 2 if month is None else 3))
        year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, us = _support.from_timestamp(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_support.now() / 1e6)

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError('ordinal must be >= 1')
        return cls(*_support.from_ordinal(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        parsed = _support.parse_iso_date(date_string)
        if parsed is None:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        return cls(*parsed)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_support.from_ordinal(_support.from_iso_calendar(year, week, day)))

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_qualified(self), self._year, self._month, self._day)

    def ctime(self):
        return self.strftime('%a %b %e 00:00:00 %Y')

    def strftime(self, format):
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
        return _support.strftime(format, self._year, self._month, self._day, 0, 0, 0, 0, None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        yday = self.toordinal() - date(self._year, 1, 1).toordinal() + 1
        return _struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(), yday, -1))

    def toordinal(self):
        return _support.to_ordinal(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def _date_compare(self, other, symbol):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            a = (self._year, self._month, self._day)
            b = (other._year, other._month, other._day)
            return (a > b) - (a < b)
        if isinstance(other, date) and symbol not in ('==', '!='):
            raise TypeError("can't compare %s to %s" % (_qualified(other), _qualified(self)))
        return None

    def __eq__(self, other):
        if isinstance(other, date):
            c = self._date_compare(other, '==')
            return False if c is None else c == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date):
            c = self._date_compare(other, '!=')
            return True if c is None else c != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date):
            return self._date_compare(other, '<') < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date):
            return self._date_compare(other, '<=') <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date):
            return self._date_compare(other, '>') > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date):
            return self._date_compare(other, '>=') >= 0
        return NotImplemented

    def __hash__(self):
        return hash((self._year, self._month, self._day))

    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other.days
            if 0 < ordinal <= _MAX_ORDINAL:
                return type(self).fromordinal(ordinal)
            raise OverflowError('date value out of range')
        if _is_builtin(other):
            _unsupported('+', self, other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self + other
        if _is_builtin(other):
            _unsupported('+', other, self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        if _is_builtin(other) or isinstance(other, date):
            _unsupported('-', self, other)
        return NotImplemented

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return _IsoCalendarDate(*_support.iso_calendar(self._year, self._month, self._day))

    def __reduce__(self):
        return self.__class__, (self._year, self._month, self._day)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class time:
    """A time of day, optionally with a tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _utc_us(self):
        offset = self.utcoffset()
        return None if offset is None else offset._us

    def _compare(self, other, symbol):
        if not isinstance(other, time):
            return None
        mine = self._utc_us() if self._tzinfo is not other._tzinfo else None
        theirs = other._utc_us() if self._tzinfo is not other._tzinfo else None
        if (mine is None) != (theirs is None):
            if symbol in ('==', '!='):
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        a = self._us() - (mine or 0)
        b = other._us() - (theirs or 0)
        return (a > b) - (a < b)

    def __eq__(self, other):
        c = self._compare(other, '==')
        return NotImplemented if c is None else c == 0

    def __ne__(self, other):
        c = self._compare(other, '!=')
        return NotImplemented if c is None else c != 0

    def __lt__(self, other):
        c = self._compare(other, '<')
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._compare(other, '<=')
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._compare(other, '>')
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._compare(other, '>=')
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        offset = self._utc_us()
        return hash(self._us() - (offset or 0))

    def __repr__(self):
        if self._microsecond:
            text = '%d, %d, %d, %d' % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            text = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            text = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            text += ', fold=1'
        return '%s(%s)' % (_qualified(self), text)

    def isoformat(self, timespec='auto'):
        return _support.format_time(self._hour, self._minute, self._second, self._microsecond,
                                    self._utc_us(), timespec)

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        text = time_string[1:] if time_string[:1] == 'T' else time_string
        parsed = _support.parse_iso_time(text)
        if parsed is None:
            raise ValueError('Invalid isoformat string: %r' % (time_string,))
        hour, minute, second, microsecond, offset = parsed
        tz = None if offset is None else timezone(timedelta(microseconds=offset))
        return cls(hour, minute, second, microsecond, tz)

    def strftime(self, format):
        offset = self._utc_us()
        name = None if self._tzinfo is None else self._tzinfo.tzname(None)
        return _support.strftime(format, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond,
                                 offset, name)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _offset_us(offset, 'utcoffset')
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def dst(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.dst(None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def __bool__(self):
        return True

    def __reduce__(self):
        return self.__class__, (self._hour, self._minute, self._second, self._microsecond, self._tzinfo)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if month is None or day is None:
            missing = 'month' if month is None else 'day'
            raise TypeError("function missing required argument '%s' (pos %d)" % (missing, 2 if month is None else 3))
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def _naive_us(self):
        return (self.toordinal() * _DAY_US + ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000
                + self._microsecond)

    @classmethod
    def _from_naive_us(cls, total, tz=None, fold=0):
        ordinal, rest = divmod(total, _DAY_US)
        if not 1 <= ordinal <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _support.from_ordinal(ordinal)
        seconds, us = divmod(rest, 1000000)
        minutes, s = divmod(seconds, 60)
        h, mi = divmod(minutes, 60)
        return cls(y, m, d, h, mi, s, us, tz, fold=fold)

    def _offset(self):
        if self._tzinfo is None:
            return None
        return _offset_us(self._tzinfo.utcoffset(self), 'utcoffset')

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        y, m, d, hh, mm, ss, us = _support.from_timestamp(t)
        result = cls(y, m, d, hh, mm, ss, us)
        if tz is not None:
            result = tz.fromutc(result.replace(tzinfo=tz))
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        y, m, d, hh, mm, ss, us = _support.from_timestamp(t)
        return cls(y, m, d, hh, mm, ss, us)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_support.now() / 1e6, tz) if tz is not None else cls._from_naive_us(
            _support.now() + 719163 * _DAY_US)

    @classmethod
    def utcnow(cls):
        return cls._from_naive_us(_support.now() + 719163 * _DAY_US)

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond, tzinfo,
                   fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        parsed = _support.parse_iso_datetime(date_string)
        if parsed is None:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        y, m, d, clock = parsed
        if clock is None:
            return cls(y, m, d)
        hh, mm, ss, us, offset = clock
        tz = None if offset is None else timezone(timedelta(microseconds=offset))
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        values = _strptime(date_string, format)
        return cls(*values)

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        yday = self.toordinal() - date(self._year, 1, 1).toordinal() + 1
        return _struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                             self.weekday(), yday, flag))

    def utctimetuple(self):
        offset = self._offset()
        moment = self if not offset else self - timedelta(microseconds=offset)
        yday = moment.toordinal() - date(moment.year, 1, 1).toordinal() + 1
        return _struct_time((moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second,
                             moment.weekday(), yday, 0))

    def timestamp(self):
        offset = self._offset() or 0
        return (self._naive_us() - offset - 719163 * _DAY_US) / 10 ** 6

    def date(self):
        return _date_class(self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone(timedelta(0), 'UTC')
        elif not isinstance(tz, tzinfo):
            raise TypeError('tz argument must be an instance of tzinfo')
        offset = self._offset()
        if offset is None:
            offset = 0
        if tz is self._tzinfo:
            return self
        utc = datetime._from_naive_us(self._naive_us() - offset, tz)
        return tz.fromutc(utc)

    def ctime(self):
        return self.strftime('%a %b %e %H:%M:%S %Y')

    def isoformat(self, sep='T', timespec='auto'):
        return '%04d-%02d-%02d%s%s' % (self._year, self._month, self._day, sep, _support.format_time(
            self._hour, self._minute, self._second, self._microsecond, self._offset(), timespec))

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        parts = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if parts[-1] == 0:
            del parts[-1]
        if parts[-1] == 0:
            del parts[-1]
        text = '%s(%s)' % (_qualified(self), ', '.join(map(str, parts)))
        if self._tzinfo is not None:
            text = text[:-1] + ', tzinfo=%r' % (self._tzinfo,) + ')'
        if self._fold:
            text = text[:-1] + ', fold=1)'
        return text

    def strftime(self, format):
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
        offset = self._offset()
        name = None if self._tzinfo is None else self._tzinfo.tzname(self)
        return _support.strftime(format, self._year, self._month, self._day, self._hour, self._minute,
                                 self._second, self._microsecond, offset, name)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _offset_us(offset, 'utcoffset')
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _offset_us(offset, 'dst')
        return offset

    def _compare(self, other, symbol):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if symbol in ('==', '!='):
                    return 2
                raise TypeError("can't compare %s to %s" % (_qualified(self), _qualified(other)))
            return None
        if self._tzinfo is other._tzinfo:
            a = self._naive_us()
            b = other._naive_us()
        else:
            mine = self._offset()
            theirs = other._offset()
            if (mine is None) != (theirs is None):
                if symbol in ('==', '!='):
                    return 2
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            a = self._naive_us() - (mine or 0)
            b = other._naive_us() - (theirs or 0)
        return (a > b) - (a < b)

    def __eq__(self, other):
        c = self._compare(other, '==')
        return NotImplemented if c is None else c == 0

    def __ne__(self, other):
        c = self._compare(other, '!=')
        return NotImplemented if c is None else c != 0

    def __lt__(self, other):
        c = self._compare(other, '<')
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._compare(other, '<=')
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._compare(other, '>')
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._compare(other, '>=')
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        return hash(self._naive_us() - (self._offset() or 0))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_naive_us(self._naive_us() + other._us, self._tzinfo)
        if _is_builtin(other):
            _unsupported('+', self, other)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_naive_us(self._naive_us() - other._us, self._tzinfo)
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return timedelta._from_us(self._naive_us() - other._naive_us())
            mine = self._offset()
            theirs = other._offset()
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            return timedelta._from_us(self._naive_us() - (mine or 0) - other._naive_us() + (theirs or 0))
        if _is_builtin(other) or isinstance(other, date):
            _unsupported('-', self, other)
        return NotImplemented

    def __reduce__(self):
        return self.__class__, (self._year, self._month, self._day, self._hour, self._minute, self._second,
                                self._microsecond, self._tzinfo)


_date_class = date
_time_class = time
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
           'november', 'december']
_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
_DIRECTIVES = {
    'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'f': r'(?P<f>[0-9]{1,6})',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
    'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'M': r'(?P<M>[0-5]\d|\d)',
    'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'w': r'(?P<w>[0-6])',
    'u': r'(?P<u>[1-7])',
    'y': r'(?P<y>\d\d)',
    'Y': r'(?P<Y>\d\d\d\d)',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
    'b': '(?P<b>' + '|'.join(m[:3] for m in _MONTHS) + ')',
    'B': '(?P<B>' + '|'.join(_MONTHS) + ')',
    'a': '(?P<a>' + '|'.join(d[:3] for d in _DAYS) + ')',
    'A': '(?P<A>' + '|'.join(_DAYS) + ')',
    'p': '(?P<p>am|pm)',
    'Z': r'(?P<Z>utc|gmt)',
    '%': '%',
}


def _strptime(data_string, format):
    import re as _re
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError('strptime() argument %d must be str, not %s' % (index, type(arg).__name__))
    pattern = ''
    i = 0
    while i < len(format):
        ch = format[i]
        if ch == '%':
            directive = format[i + 1:i + 2]
            if directive not in _DIRECTIVES:
                if not directive:
                    raise ValueError('stray % in format %r' % format)
                raise ValueError('%r is a bad directive in format %r' % (directive, '%' + directive))
            if directive != '%' and '(?P<%s>' % directive in pattern:
                raise _re.error('redefinition of group name %r as group 2; was group 1' % directive)
            pattern += _DIRECTIVES[directive]
            i += 2
        elif ch.isspace():
            pattern += r'\s+'
            while i < len(format) and format[i].isspace():
                i += 1
        else:
            pattern += _re.escape(ch)
            i += 1
    found = _re.match(pattern, data_string, _re.IGNORECASE)
    if not found:
        raise ValueError('time data %r does not match format %r' % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError('unconverted data remains: %s' % data_string[found.end():])
    values = found.groupdict()
    year = 1900
    month = day = 1
    hour = minute = second = fraction = 0
    tz = None
    if values.get('Y'):
        year = int(values['Y'])
    elif values.get('y'):
        year = int(values['y'])
        year += 1900 if year >= 69 else 2000
    if values.get('m'):
        month = int(values['m'])
    elif values.get('B'):
        month = _MONTHS.index(values['B'].lower()) + 1
    elif values.get('b'):
        month = [m[:3] for m in _MONTHS].index(values['b'].lower()) + 1
    if values.get('d'):
        day = int(values['d'])
    if values.get('H'):
        hour = int(values['H'])
    elif values.get('I'):
        hour = int(values['I'])
        ampm = (values.get('p') or '').lower()
        if ampm == 'pm' and hour != 12:
            hour += 12
        elif ampm == 'am' and hour == 12:
            hour = 0
    if values.get('M'):
        minute = int(values['M'])
    if values.get('S'):
        second = int(values['S'])
    if values.get('f'):
        fraction = int(values['f'] + '0' * (6 - len(values['f'])))
    if values.get('j') and not values.get('m') and not values.get('d'):
        ordinal = date(year, 1, 1).toordinal() + int(values['j']) - 1
        y, month, day = _support.from_ordinal(ordinal)
    if values.get('z'):
        z = values['z']
        if z == 'Z':
            tz = timezone.utc
        else:
            sign = -1 if z[0] == '-' else 1
            digits = z[1:].replace(':', '')
            hours, minutes = int(digits[:2]), int(digits[2:4])
            seconds = int(digits[4:6]) if len(digits) >= 6 else 0
            micro = digits[7:] if len(digits) > 6 else ''
            offset = timedelta(hours=hours, minutes=minutes, seconds=seconds,
                               microseconds=int(micro + '0' * (6 - len(micro))) if micro else 0)
            tz = timezone(sign * offset)
    elif values.get('Z') and values['Z'].lower() in ('utc', 'gmt'):
        tz = None
    return year, month, day, hour, minute, second, fraction, tz
`,
)
