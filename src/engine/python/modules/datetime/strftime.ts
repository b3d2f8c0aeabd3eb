import { dayOfYear, isoCalendar, toOrdinal, weekday } from './calendar'
import { formatOffset, pad, type DateTimeFields } from './fields'

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

type Padding = 'default' | 'none' | 'space' | 'zero'

/**
 * Formats fields with a `strftime` format as CPython on Linux (glibc, C locale) does, including
 * the glibc flags `-` (no padding), `_` (space padding) and `0`; unknown directives stay as written.
 */
export function strftime(fields: DateTimeFields, format: string): string {
  let out = ''
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!
    if (ch !== '%' || i + 1 >= format.length) {
      out += ch
      continue
    }
    let padding: Padding = 'default'
    let j = i + 1
    const flag = format[j]
    if (flag === '-' || flag === '_' || flag === '0') {
      padding = flag === '-' ? 'none' : flag === '_' ? 'space' : 'zero'
      j++
    }
    const directive = format[j]
    const expanded = directive === undefined ? null : expand(fields, directive, padding)
    if (expanded === null) {
      out += format.slice(i, j + 1)
    } else {
      out += expanded
    }
    i = j
  }
  return out
}

function number(value: number, width: number, padding: Padding, defaultPad: '0' | ' ' = '0'): string {
  switch (padding) {
    case 'none':
      return String(value)
    case 'space':
      return String(value).padStart(width, ' ')
    case 'zero':
      return String(value).padStart(width, '0')
    case 'default':
      return String(value).padStart(width, defaultPad)
  }
}

function weekOfYear(fields: DateTimeFields, firstWeekday: number): number {
  const yday = dayOfYear(fields.year, fields.month, fields.day) - 1
  const wday = (weekday(fields.year, fields.month, fields.day) + 7 - firstWeekday) % 7
  return Math.floor((yday + 7 - wday) / 7)
}

function expand(f: DateTimeFields, directive: string, padding: Padding): string | null {
  const wd = weekday(f.year, f.month, f.day)
  const hour12 = f.hour % 12 === 0 ? 12 : f.hour % 12
  switch (directive) {
    case 'a':
      return DAY_NAMES[wd]!.slice(0, 3)
    case 'A':
      return DAY_NAMES[wd]!
    case 'w':
      return String((wd + 1) % 7)
    case 'u':
      return String(wd + 1)
    case 'd':
      return number(f.day, 2, padding)
    case 'e':
      return number(f.day, 2, padding, ' ')
    case 'b':
    case 'h':
      return MONTH_NAMES[f.month - 1]!.slice(0, 3)
    case 'B':
      return MONTH_NAMES[f.month - 1]!
    case 'm':
      return number(f.month, 2, padding)
    case 'y':
      return number(f.year % 100, 2, padding)
    case 'Y':
      return padding === 'default' ? String(f.year) : number(f.year, 4, padding)
    case 'C':
      return padding === 'default'
        ? String(Math.floor(f.year / 100))
        : number(Math.floor(f.year / 100), 2, padding)
    case 'G':
      return String(isoCalendar(f.year, f.month, f.day)[0])
    case 'g':
      return number(isoCalendar(f.year, f.month, f.day)[0] % 100, 2, padding)
    case 'V':
      return number(isoCalendar(f.year, f.month, f.day)[1], 2, padding)
    case 'H':
      return number(f.hour, 2, padding)
    case 'k':
      return number(f.hour, 2, padding, ' ')
    case 'I':
      return number(hour12, 2, padding)
    case 'l':
      return number(hour12, 2, padding, ' ')
    case 'p':
      return f.hour < 12 ? 'AM' : 'PM'
    case 'P':
      return f.hour < 12 ? 'am' : 'pm'
    case 'M':
      return number(f.minute, 2, padding)
    case 'S':
      return number(f.second, 2, padding)
    case 'f':
      return pad(f.microsecond, 6)
    case 'z':
      return f.utcoffset === null ? '' : formatOffset(f.utcoffset, '')
    case 'Z':
      return f.tzname ?? ''
    case 'j':
      return number(dayOfYear(f.year, f.month, f.day), 3, padding)
    case 'U':
      return number(weekOfYear(f, 6), 2, padding)
    case 'W':
      return number(weekOfYear(f, 0), 2, padding)
    case 'c':
      return `${expand(f, 'a', 'default')} ${expand(f, 'b', 'default')} ${number(f.day, 2, 'space')} ${expand(f, 'T', 'default')} ${f.year}`
    case 'x':
    case 'D':
      return `${pad(f.month, 2)}/${pad(f.day, 2)}/${pad(f.year % 100, 2)}`
    case 'X':
    case 'T':
      return `${pad(f.hour, 2)}:${pad(f.minute, 2)}:${pad(f.second, 2)}`
    case 'R':
      return `${pad(f.hour, 2)}:${pad(f.minute, 2)}`
    case 'r':
      return `${pad(hour12, 2)}:${pad(f.minute, 2)}:${pad(f.second, 2)} ${f.hour < 12 ? 'AM' : 'PM'}`
    case 'F':
      return `${padding === 'default' ? f.year : number(f.year, 4, padding)}-${pad(f.month, 2)}-${pad(f.day, 2)}`
    case 's':
      return String(
        (toOrdinal(f.year, f.month, f.day) - 719163) * 86400 + f.hour * 3600 + f.minute * 60 + f.second,
      )
    case 'n':
      return '\n'
    case 't':
      return '\t'
    case '%':
      return '%'
    default:
      return null
  }
}
