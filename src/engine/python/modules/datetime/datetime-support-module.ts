import { PyFloat, type PyValue } from '../../objects/base'
import { newTuple } from '../../objects/containers'
import { OverflowError, pyError, TypeError, ValueError } from '../../objects/exceptions'
import { nativeFunction } from '../../objects/native'
import { asInt } from '../../objects/numbers'
import { None, typeOf } from '../../objects/types'
import type { NativeModule } from '../registry'
import { effectsOf } from '../stdlib-effects'
import { daysInMonth, fromIsoCalendar, fromOrdinal, isoCalendar, MAX_ORDINAL, toOrdinal } from './calendar'
import {
  formatIsoTime,
  isTimespec,
  parseIsoDate,
  parseIsoDateTime,
  parseIsoTime,
  type IsoTime,
} from './isoformat'
import { strftime } from './strftime'

function int(v: PyValue): number {
  const i = asInt(v)
  if (i === undefined || v instanceof PyFloat)
    throw pyError(TypeError, `'${typeOf(v).name}' object cannot be interpreted as an integer`)
  return Number(i)
}

function optionalInt(v: PyValue): number | null {
  return v === None ? null : int(v)
}

function clockTuple(t: IsoTime): PyValue {
  return newTuple([t.hour, t.minute, t.second, t.microsecond, t.utcoffset === null ? None : t.utcoffset])
}

const EPOCH_ORDINAL = 719163
const DAY_US = 86_400_000_000n

/** Splits microseconds since the epoch into (year, month, day, hour, minute, second, microsecond). */
function fromEpochMicros(total: bigint): PyValue {
  let days = total / DAY_US
  let rest = total % DAY_US
  if (rest < 0n) {
    days -= 1n
    rest += DAY_US
  }
  const ordinal = Number(days) + EPOCH_ORDINAL
  if (ordinal < 1 || ordinal > MAX_ORDINAL)
    throw pyError(ValueError, `year ${fromOrdinal(Math.max(1, ordinal)).year} is out of range`)
  const { year, month, day } = fromOrdinal(ordinal)
  const us = Number(rest)
  const seconds = Math.floor(us / 1_000_000)
  return newTuple([
    year,
    month,
    day,
    Math.floor(seconds / 3600),
    Math.floor(seconds / 60) % 60,
    seconds % 60,
    us % 1_000_000,
  ])
}

/** Rounds seconds (int or float) to whole microseconds, halves to even, as CPython's fromtimestamp. */
function timestampMicros(t: PyValue): bigint {
  if (t instanceof PyFloat) {
    if (!Number.isFinite(t.v))
      throw pyError(
        t.v !== t.v ? ValueError : OverflowError,
        t.v !== t.v ? 'Invalid value NaN (not a number)' : 'cannot convert float infinity to integer',
      )
    const scaled = t.v * 1e6
    const floor = Math.floor(scaled)
    const diff = scaled - floor
    const rounded = diff > 0.5 || (diff === 0.5 && floor % 2 !== 0) ? floor + 1 : floor
    return BigInt(rounded)
  }
  const i = asInt(t)
  if (i === undefined)
    throw pyError(TypeError, `'${typeOf(t).name}' object cannot be interpreted as an integer`)
  return BigInt(i) * 1_000_000n
}

/** `_datetime_support`: the calendar, formatting, ISO parsing and clock natives behind `datetime` and `time`. */
export const datetimeSupportModule: NativeModule = {
  name: '_datetime_support',
  build(module, interp) {
    const effects = effectsOf(interp)
    const def = (name: string, sig: string, impl: (args: PyValue[]) => PyValue) =>
      module.set(name, nativeFunction(name, sig, impl))
    def('days_in_month', '(year, month, /)', ([y, m]) => daysInMonth(int(y), int(m)))
    def('to_ordinal', '(year, month, day, /)', ([y, m, d]) => toOrdinal(int(y), int(m), int(d)))
    def('from_ordinal', '(ordinal, /)', ([n]) => {
      const { year, month, day } = fromOrdinal(int(n))
      return newTuple([year, month, day])
    })
    def('iso_calendar', '(year, month, day, /)', ([y, m, d]) =>
      newTuple([...isoCalendar(int(y), int(m), int(d))]),
    )
    def('from_iso_calendar', '(year, week, day, /)', ([y, w, d]) => {
      const ordinal = fromIsoCalendar(int(y), int(w), int(d))
      if (typeof ordinal === 'string') throw pyError(ValueError, ordinal)
      return ordinal
    })
    def(
      'strftime',
      '(format, year, month, day, hour, minute, second, microsecond, utcoffset, tzname, /)',
      (a) => {
        const [format, year, month, day, hour, minute, second, microsecond, utcoffset, tzname] = a
        return strftime(
          {
            year: int(year),
            month: int(month),
            day: int(day),
            hour: int(hour),
            minute: int(minute),
            second: int(second),
            microsecond: int(microsecond),
            utcoffset: optionalInt(utcoffset),
            tzname: tzname === None ? null : String(tzname),
          },
          String(format),
        )
      },
    )
    def(
      'format_time',
      '(hour, minute, second, microsecond, utcoffset, timespec, /)',
      ([h, m, s, us, offset, spec]) => {
        if (typeof spec !== 'string' || !isTimespec(spec)) throw pyError(ValueError, 'Unknown timespec value')
        const fields = {
          year: 1,
          month: 1,
          day: 1,
          hour: int(h),
          minute: int(m),
          second: int(s),
          microsecond: int(us),
          utcoffset: optionalInt(offset),
          tzname: null,
        }
        return formatIsoTime(fields, spec)
      },
    )
    def('parse_iso_date', '(text, /)', ([s]) => {
      const d = parseIsoDate(String(s))
      return d === null ? None : newTuple([d.year, d.month, d.day])
    })
    def('parse_iso_time', '(text, /)', ([s]) => {
      const t = parseIsoTime(String(s))
      return t === null ? None : clockTuple(t)
    })
    def('parse_iso_datetime', '(text, /)', ([s]) => {
      const d = parseIsoDateTime(String(s))
      return d === null
        ? None
        : newTuple([d.year, d.month, d.day, d.time === null ? None : clockTuple(d.time)])
    })
    def('from_timestamp', '(seconds, /)', ([t]) => fromEpochMicros(timestampMicros(t)))
    def('now', '()', () => {
      const micros = BigInt(Math.round(effects.now() * 1000))
      return Number.isSafeInteger(Number(micros)) ? Number(micros) : micros
    })
  },
}
