import { pythonSourceModule } from '../python-source-module'
import type { NativeModule } from '../registry'

/** `calendar`, written in Python: Calendar helpers: isleap, leapdays, monthrange, weekday, month and day names (Migration Playground). */
export const calendarModule: NativeModule = pythonSourceModule(
  'calendar',
  String.raw`"""Calendar helpers: isleap, leapdays, monthrange, weekday, month and day names (Migration Playground)."""

import _datetime_support as _support

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
day_name = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
day_abbr = [d[:3] for d in day_name]
month_name = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
              'November', 'December']
month_abbr = [''] + [m[:3] for m in month_name[1:]]


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return 'bad month number %r; must be 1-12' % self.month


def isleap(year):
    """True for leap years."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """The number of leap years in range [y1, y2)."""
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + (y2 // 400 - y1 // 400)


def weekday(year, month, day):
    """Monday 0 ... Sunday 6."""
    return (_support.to_ordinal(year, month, day) + 6) % 7


def monthrange(year, month):
    """(weekday of the first day, number of days) of a month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _support.days_in_month(year, month)


def timegm(tuple):
    """The Unix timestamp of a UTC time tuple."""
    year, month, day, hour, minute, second = tuple[:6]
    days = _support.to_ordinal(year, month, 1) - 719163 + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second
`,
)
