import { fromIsoCalendar, fromOrdinal } from './calendar'
import { formatOffset, pad, type DateTimeFields } from './fields'

/** The `timespec` values `isoformat` accepts. */
export type Timespec = 'auto' | 'hours' | 'minutes' | 'seconds' | 'milliseconds' | 'microseconds'

/** True when `value` names a timespec; otherwise CPython raises `ValueError: Unknown timespec value`. */
export function isTimespec(value: string): value is Timespec {
  return ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'].includes(value)
}

/** `YYYY-MM-DD`, as `date.isoformat()`. */
export function formatIsoDate(f: { year: number; month: number; day: number }): string {
  return `${pad(f.year, 4)}-${pad(f.month, 2)}-${pad(f.day, 2)}`
}

/** The time part of `isoformat` with its UTC offset, e.g. `03:04:05.000100+01:00`. */
export function formatIsoTime(f: DateTimeFields, timespec: Timespec): string {
  const spec = timespec === 'auto' ? (f.microsecond ? 'microseconds' : 'seconds') : timespec
  let text = pad(f.hour, 2)
  if (spec !== 'hours') text += `:${pad(f.minute, 2)}`
  if (spec === 'seconds' || spec === 'milliseconds' || spec === 'microseconds') text += `:${pad(f.second, 2)}`
  if (spec === 'milliseconds') text += `.${pad(Math.floor(f.microsecond / 1000), 3)}`
  if (spec === 'microseconds') text += `.${pad(f.microsecond, 6)}`
  if (f.utcoffset !== null) text += formatOffset(f.utcoffset, ':')
  return text
}

/** Parsed clock fields of an ISO time, with the UTC offset in microseconds (null when absent). */
export interface IsoTime {
  readonly hour: number
  readonly minute: number
  readonly second: number
  readonly microsecond: number
  readonly utcoffset: number | null
}

/** A parse result: the value, or null when the text is not an ISO string CPython accepts. */
export type Parsed<T> = T | null

const DIGITS = /^[0-9]+$/

function digits(text: string): number | null {
  return DIGITS.test(text) ? Number(text) : null
}

function dateLength(text: string): number {
  if (text[4] === '-') {
    if (text[5] === 'W') return text[8] === '-' ? 10 : 8
    return 10
  }
  if (text[4] === 'W') return /^[0-9]$/.test(text[7] ?? '') ? 8 : 7
  return 8
}

/** Parses the date forms of `date.fromisoformat` (3.11): `YYYY-MM-DD`, `YYYYMMDD`, ISO week dates. */
export function parseIsoDate(text: string): Parsed<{ year: number; month: number; day: number }> {
  const year = digits(text.slice(0, 4))
  if (year === null) return null
  const rest = text.slice(4)
  const week = /^-?W([0-9]{2})(?:(-?)([0-9]))?$/.exec(rest)
  if (week) {
    const extended = rest.startsWith('-')
    if (week[3] !== undefined && (week[2] === '-') !== extended) return null
    const ordinal = fromIsoCalendar(year, Number(week[1]), week[3] === undefined ? 1 : Number(week[3]))
    return typeof ordinal === 'string' ? null : fromOrdinal(ordinal)
  }
  const match = /^-([0-9]{2})-([0-9]{2})$/.exec(rest) ?? /^([0-9]{2})([0-9]{2})$/.exec(rest)
  if (!match) return null
  return { year, month: Number(match[1]), day: Number(match[2]) }
}

function parseClock(text: string, allowFraction: boolean): Parsed<Omit<IsoTime, 'utcoffset'>> {
  const match = /^([0-9]{2})(?:(:?)([0-9]{2})(?:(:?)([0-9]{2})(?:[.,]([0-9]+))?)?)?$/.exec(text)
  if (!match) return null
  if (match[4] !== undefined && match[2] !== match[4]) return null
  if (match[6] !== undefined && !allowFraction) return null
  const fraction = match[6] ?? ''
  return {
    hour: Number(match[1]),
    minute: match[3] === undefined ? 0 : Number(match[3]),
    second: match[5] === undefined ? 0 : Number(match[5]),
    microsecond: fraction === '' ? 0 : Number(fraction.slice(0, 6).padEnd(6, '0')),
  }
}

/** Parses the time forms of `time.fromisoformat` (3.11), with an optional `Z` or `±HH[:MM[:SS[.f]]]` offset. */
export function parseIsoTime(text: string): Parsed<IsoTime> {
  const signAt = text.search(/[+\-Z]/)
  const clockText = (signAt < 0 ? text : text.slice(0, signAt)).trimEnd()
  const clock = parseClock(clockText, true)
  if (clock === null) return null
  if (signAt < 0) return { ...clock, utcoffset: null }
  const zone = text.slice(signAt)
  if (zone === 'Z') return { ...clock, utcoffset: 0 }
  const offset = parseClock(zone.slice(1), true)
  if (offset === null || zone.length === 1) return null
  const micros = ((offset.hour * 60 + offset.minute) * 60 + offset.second) * 1_000_000 + offset.microsecond
  return { ...clock, utcoffset: zone[0] === '-' ? -micros : micros }
}

/** Parses `datetime.fromisoformat` text (3.11): a date, then any one separator character and a time. */
export function parseIsoDateTime(
  text: string,
): Parsed<{ year: number; month: number; day: number; time: IsoTime | null }> {
  const length = dateLength(text)
  const date = parseIsoDate(text.slice(0, length))
  if (date === null) return null
  if (text.length === length) return { ...date, time: null }
  const time = parseIsoTime(text.slice(length + 1))
  if (time === null) return null
  return { ...date, time }
}
