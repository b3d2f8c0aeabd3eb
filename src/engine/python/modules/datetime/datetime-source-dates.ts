/** The Python source of the `datetime` module, part: date and time. */
export const DATES_SOURCE = String.raw`class date:
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


`
