import { describe, expect, it } from 'vitest'
import {
  fromOrdinal,
  isoCalendar,
  toOrdinal,
  weekday,
} from '../../../src/engine/python/modules/datetime/calendar'
import type { DateTimeFields } from '../../../src/engine/python/modules/datetime/fields'
import {
  parseIsoDate,
  parseIsoDateTime,
  parseIsoTime,
} from '../../../src/engine/python/modules/datetime/isoformat'
import { strftime } from '../../../src/engine/python/modules/datetime/strftime'
import { timedeltaRepr, timedeltaStr } from '../../../src/engine/python/modules/datetime/timedelta-value'
import { goldens } from './goldens'

type Row = [number[], number | null, string | null, string]

function fieldsOf([parts, utcoffset, tzname]: Row): DateTimeFields {
  const [year, month, day, hour, minute, second, microsecond] = parts as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  return { year, month, day, hour, minute, second, microsecond, utcoffset, tzname }
}

describe('datetime calendar', () => {
  it('maps ordinals to dates, weekdays and ISO calendars as CPython does', () => {
    const actual = (goldens.ordinals as [number][]).map(([o]) => {
      const d = fromOrdinal(o)
      return [
        o,
        [d.year, d.month, d.day],
        weekday(d.year, d.month, d.day),
        [...isoCalendar(d.year, d.month, d.day)],
      ]
    })
    expect(actual).toEqual(goldens.ordinals)
    expect((goldens.ordinals as [number, number[]][]).map(([, [y, m, d]]) => toOrdinal(y!, m!, d!))).toEqual(
      (goldens.ordinals as [number][]).map(([o]) => o),
    )
  })
})

describe('strftime', () => {
  it('expands every common directive and glibc flag like CPython on Linux', () => {
    const rows = goldens.strftime as Row[]
    expect(rows.map((row) => [...row.slice(0, 3), strftime(fieldsOf(row), goldens.strftimeFormat)])).toEqual(
      rows,
    )
  })
})

describe('fromisoformat parsing', () => {
  const shape = (parsed: unknown): string => (parsed === null ? 'invalid' : 'parsed')
  const expectedShape = (result: string): string =>
    result.startsWith('ValueError: Invalid isoformat') ? 'invalid' : 'parsed'

  it('accepts and rejects the same date strings as CPython 3.11', () => {
    const rows = goldens.fromisoformatDate as [string, string][]
    expect(rows.map(([s]) => [s, shape(parseIsoDate(s))])).toEqual(
      rows.map(([s, r]) => [s, expectedShape(r)]),
    )
  })

  it('accepts and rejects the same time strings as CPython 3.11', () => {
    const rows = goldens.fromisoformatTime as [string, string][]
    const parse = (s: string) => parseIsoTime(s.startsWith('T') ? s.slice(1) : s)
    expect(rows.map(([s]) => [s, shape(parse(s))])).toEqual(rows.map(([s, r]) => [s, expectedShape(r)]))
  })

  it('accepts and rejects the same datetime strings as CPython 3.11', () => {
    const rows = goldens.fromisoformatDatetime as [string, string][]
    expect(rows.map(([s]) => [s, shape(parseIsoDateTime(s))])).toEqual(
      rows.map(([s, r]) => [s, expectedShape(r)]),
    )
  })

  it('keeps only six digits of a longer fraction and reads the offset in microseconds', () => {
    expect(parseIsoTime('03:04:05.1234567+01:30:15.5')).toEqual({
      hour: 3,
      minute: 4,
      second: 5,
      microsecond: 123456,
      utcoffset: 5415_500_000,
    })
  })
})

describe('timedelta text', () => {
  it('writes repr and str as CPython 3.11 does', () => {
    const day = 86_400_000_000n
    expect([timedeltaRepr(-day + 5_000_007n), timedeltaStr(-day + 5_000_007n)]).toEqual([
      'datetime.timedelta(days=-1, seconds=5, microseconds=7)',
      '-1 day, 0:00:05.000007',
    ])
    expect([
      timedeltaRepr(0n),
      timedeltaStr(0n),
      timedeltaStr(2n * day + 10_800_000_000n),
      timedeltaRepr(day),
    ]).toEqual(['datetime.timedelta(0)', '0:00:00', '2 days, 3:00:00', 'datetime.timedelta(days=1)'])
  })
})
