/** The Python source of the `datetime` module, part: datetime and strptime. */
export const DATETIME_SOURCE = String.raw`class datetime(date):
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
    return year, month, day, hour, minute, second, fraction, tz`
