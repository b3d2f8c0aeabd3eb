import { describe, expect, it } from 'vitest'
import type { Deconstructed } from '../../../src/engine/models/deconstructed'
import { serialize } from '../../../src/engine/migrations/writer/serializer'
import { float, py, set, tuple } from './fixtures'

const bytes = (text: string): Deconstructed => ({
  kind: 'bytes',
  value: Uint8Array.from([...text].map((c) => c.charCodeAt(0))),
})
const datetime = (
  parts: [number, number, number, number, number, number, number],
  utcOffsetMinutes: number | null,
): Deconstructed => {
  const [year, month, day, hour, minute, second, microsecond] = parts
  return { kind: 'datetime', year, month, day, hour, minute, second, microsecond, utcOffsetMinutes }
}

/** Each value with the text and imports Django 5.2's MigrationWriter.serialize gave for it (CPython 3.11). */
const CASES: [string, Deconstructed, string, string[]][] = [
  ['a float', float(0.1), '0.1', []],
  ['an integral float', float(1), '1.0', []],
  ['a large float', float(1e16), '1e+16', []],
  ['a small float', float(1.5e-5), '1.5e-05', []],
  ['a float with many digits', float(123456789.123), '123456789.123', []],
  ['negative zero', float(-0), '-0.0', []],
  ['infinity', float(Infinity), 'float("inf")', []],
  ['not a number', float(NaN), 'float("nan")', []],
  ['a float at the fixed-notation limit', float(1e-4), '0.0001', []],
  ['a float past 16 digits', float(12345678901234567), '1.2345678901234568e+16', []],
  ['a huge float', float(2.5e300), '2.5e+300', []],
  ['a plain string', py('plain'), "'plain'", []],
  ['a string with a single quote', py("it's"), '"it\'s"', []],
  ['a string with both quotes', py('both \' and "'), "'both \\' and \"'", []],
  ['a string with control characters', py('tab\there\nnl'), "'tab\\there\\nnl'", []],
  ['a string with non-printable characters', py('é ü \u2028 \x00 \x7f'), "'é ü \\u2028 \\x00 \\x7f'", []],
  ['a string outside the BMP', py('\u{1F600}'), "'\u{1F600}'", []],
  ['bytes', bytes("bytes\x00\xff'"), 'b"bytes\\x00\\xff\'"', []],
  [
    'a dict (sorted by key)',
    {
      kind: 'dict',
      entries: [
        [py('b'), py(1)],
        [py('a'), py([1, tuple(2)])],
      ],
    },
    "{'a': [1, (2,)], 'b': 1}",
    [],
  ],
  ['a set (sorted)', set(3, 1, 2), '{1, 2, 3}', []],
  ['an empty set', set(), 'set()', []],
  ['a frozenset', { kind: 'frozenset', items: [py('x'), py('a')] }, "frozenset(['a', 'x'])", []],
  ['a one-tuple', tuple(1), '(1,)', []],
  ['an empty tuple', tuple(), '()', []],
  [
    'a date',
    { kind: 'date', year: 2026, month: 1, day: 2 },
    'datetime.date(2026, 1, 2)',
    ['import datetime'],
  ],
  [
    'a naive datetime',
    datetime([2026, 1, 2, 3, 4, 0, 0], null),
    'datetime.datetime(2026, 1, 2, 3, 4)',
    ['import datetime'],
  ],
  [
    'an aware datetime (converted to UTC)',
    datetime([2026, 1, 2, 3, 4, 5, 6], 120),
    'datetime.datetime(2026, 1, 2, 1, 4, 5, 6, tzinfo=datetime.timezone.utc)',
    ['import datetime'],
  ],
  [
    'a time',
    { kind: 'time', hour: 10, minute: 30, second: 0, microsecond: 0 },
    'datetime.time(10, 30)',
    ['import datetime'],
  ],
  [
    'a time with microseconds',
    { kind: 'time', hour: 10, minute: 30, second: 5, microsecond: 7 },
    'datetime.time(10, 30, 5, 7)',
    ['import datetime'],
  ],
  [
    'a timedelta',
    { kind: 'timedelta', days: 1, seconds: 5, microseconds: 0 },
    'datetime.timedelta(days=1, seconds=5)',
    ['import datetime'],
  ],
  [
    'a zero timedelta',
    { kind: 'timedelta', days: 0, seconds: 0, microseconds: 0 },
    'datetime.timedelta(0)',
    ['import datetime'],
  ],
  [
    'a negative timedelta',
    { kind: 'timedelta', days: -1, seconds: 86399, microseconds: 999999 },
    'datetime.timedelta(days=-1, seconds=86399, microseconds=999999)',
    ['import datetime'],
  ],
  ['a Decimal', { kind: 'decimal', value: '1.50' }, "Decimal('1.50')", ['from decimal import Decimal']],
  [
    'a UUID',
    { kind: 'uuid', hex: '12345678123456781234567812345678' },
    "uuid.UUID('12345678-1234-5678-1234-567812345678')",
    ['import uuid'],
  ],
  ['True', py(true), 'True', []],
  ['None', py(null), 'None', []],
  ['a negative int', py(-17), '-17', []],
]

describe('migration serializer', () => {
  for (const [what, value, text, imports] of CASES) {
    it(`writes ${what} as Django does`, () => {
      const result = serialize(value)
      expect({ text: result.text, imports: [...result.imports].sort() }).toEqual({ text, imports })
    })
  }

  it('refuses values it cannot serialize with Django’s message', () => {
    expect(() =>
      serialize({ kind: 'opaque', repr: '<function <lambda> at 0x1>', typeName: 'function' }),
    ).toThrow(
      'Cannot serialize: <function <lambda> at 0x1>\nThere are some values Django cannot serialize into migration files.',
    )
  })
})
