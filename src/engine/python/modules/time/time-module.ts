import { pythonSourceModule } from '../python-source-module'
import type { NativeModule } from '../registry'

/** `time`, written in Python: Time access and conversions, with the local time zone taken as UTC (Migration Playground). */
export const timeModule: NativeModule = pythonSourceModule(
  'time',
  String.raw`"""Time access and conversions, with the local time zone taken as UTC (Migration Playground)."""

import _datetime_support as _support

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime() and strptime()."""

    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        values = tuple(sequence)
        if len(values) < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % len(values))
        if len(values) > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)' % len(values))
        self = super().__new__(cls, values[:9])
        self._zone = values[9] if len(values) > 9 else 'UTC'
        self._gmtoff = values[10] if len(values) > 10 else 0
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join('%s=%r' % (name, value) for name, value in zip(_FIELDS, self))

    def __reduce__(self):
        return struct_time, (tuple(self),)


def time():
    """Seconds since the Epoch as a float."""
    return _support.now() / 1e6


def time_ns():
    """Nanoseconds since the Epoch as an int."""
    return _support.now() * 1000


def monotonic():
    """A clock that never goes backwards, in seconds."""
    return _support.now() / 1e6


def monotonic_ns():
    return _support.now() * 1000


perf_counter = monotonic
perf_counter_ns = monotonic_ns
process_time = monotonic
process_time_ns = monotonic_ns


def sleep(secs):
    """Returns at once: the playground does not block."""
    if secs < 0:
        raise ValueError('sleep length must be non-negative')


def gmtime(secs=None):
    """The UTC struct_time of a timestamp (default: now)."""
    if secs is None:
        secs = time()
    y, m, d, hh, mm, ss, us = _support.from_timestamp(int(secs) if isinstance(secs, float) else secs)
    ordinal = _support.to_ordinal(y, m, d)
    yday = ordinal - _support.to_ordinal(y, 1, 1) + 1
    return struct_time((y, m, d, hh, mm, ss, (ordinal + 6) % 7, yday, 0, 'UTC', 0))


localtime = gmtime


def mktime(t):
    """The timestamp of a local struct_time (local time is UTC)."""
    values = tuple(t)
    days = _support.to_ordinal(values[0], 1, 1) - 719163 + values[7] - 1
    if values[1] and values[2]:
        days = _support.to_ordinal(values[0], values[1], values[2]) - 719163
    return float(days * 86400 + values[3] * 3600 + values[4] * 60 + values[5])


timegm = mktime


def strftime(format, t=None):
    """Formats a struct_time (default: now) with strftime directives."""
    if t is None:
        t = localtime()
    values = tuple(t)
    return _support.strftime(format, values[0], values[1], values[2], values[3], values[4], values[5], 0, None,
                             'UTC' if '%Z' in format else None)


def asctime(t=None):
    """'Thu Jan  1 00:00:00 1970' for a struct_time (default: now)."""
    return strftime('%a %b %e %H:%M:%S %Y', localtime() if t is None else t)


def ctime(secs=None):
    """asctime(localtime(secs))."""
    return asctime(localtime(secs))


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    """Parses a string into a struct_time."""
    import datetime as _datetime
    moment = _datetime.datetime.strptime(string, format)
    return moment.timetuple()
`,
)
