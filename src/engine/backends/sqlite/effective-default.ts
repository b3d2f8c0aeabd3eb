import type { Deconstructed } from '../../models/deconstructed'
import { type FieldState, kwarg } from '../../migrations/field-state'
import { internalType } from '../../models/fields/field-class'
import {
  allowsEmptyStrings,
  hasAutoNow,
  hasAutoNowAdd,
  isBlank,
  isNull,
} from '../../models/fields/field-attributes'
import Decimal from 'decimal.js'
import { type DbValue, pythonFloatRepr } from './quote'

/** What evaluating defaults needs from outside: the current instant (timezone.now, auto_now). */
export interface DefaultContext {
  now(): Date
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

function timeText(h: number, m: number, s: number, us: number): string {
  return `${pad(h)}:${pad(m)}:${pad(s)}${us === 0 ? '' : `.${pad(us, 6)}`}`
}

function utcParts(date: Date): Deconstructed & { kind: 'datetime' } {
  return {
    kind: 'datetime',
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    microsecond: date.getUTCMilliseconds() * 1000,
    utcOffsetMinutes: 0,
  }
}

/** Evaluates a callable default Django knows by path; other callables through their `call`. */
function evaluate(value: Deconstructed, ctx: DefaultContext): Deconstructed {
  if (value.kind !== 'reference') return value
  const path = `${value.module}.${value.qualname}`
  switch (path) {
    case 'django.utils.timezone.now':
    case 'datetime.datetime.now':
    case 'datetime.datetime.utcnow':
      return utcParts(ctx.now())
    case 'datetime.date.today': {
      const p = utcParts(ctx.now())
      return { kind: 'date', year: p.year, month: p.month, day: p.day }
    }
    case 'uuid.uuid4': {
      let hex = ''
      for (let i = 0; i < 32; i++) hex += Math.floor(Math.random() * 16).toString(16)
      hex = `${hex.slice(0, 12)}4${hex.slice(13, 16)}${'89ab'[Math.floor(Math.random() * 4)]}${hex.slice(17)}`
      return { kind: 'uuid', hex }
    }
    default:
      if (value.call !== undefined) return value.call()
      throw new RangeError(`cannot evaluate the default ${path}`)
  }
}

function pyStr(value: Deconstructed): string {
  switch (value.kind) {
    case 'str':
    case 'decimal':
      return value.value
    case 'int':
      return value.value.toString()
    case 'bool':
      return value.value ? 'True' : 'False'
    case 'float':
      return pythonFloatRepr(value.value)
    case 'uuid':
      return `${value.hex.slice(0, 8)}-${value.hex.slice(8, 12)}-${value.hex.slice(12, 16)}-${value.hex.slice(16, 20)}-${value.hex.slice(20)}`
    case 'enum':
      return pyStr(value.value)
    default:
      throw new RangeError(`cannot use ${value.kind} as a text default`)
  }
}

function toInt(value: Deconstructed): bigint {
  switch (value.kind) {
    case 'int':
      return value.value
    case 'bool':
      return value.value ? 1n : 0n
    case 'float':
      return BigInt(Math.trunc(value.value))
    case 'str':
    case 'decimal':
      return BigInt(value.value.trim().split('.')[0]!)
    case 'enum':
      return toInt(value.value)
    default:
      throw new RangeError(`cannot use ${value.kind} as an integer default`)
  }
}

function datetimeText(value: Deconstructed): string {
  if (value.kind === 'date') return `${value.year}-${pad(value.month)}-${pad(value.day)} 00:00:00`
  if (value.kind !== 'datetime') return pyStr(value)
  let ms = Date.UTC(value.year, value.month - 1, value.day, value.hour, value.minute, value.second)
  ms -= (value.utcOffsetMinutes ?? 0) * 60_000
  const d = new Date(ms)
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
  return `${date} ${timeText(d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), value.microsecond)}`
}

function jsonDumps(value: Deconstructed): string {
  switch (value.kind) {
    case 'none':
      return 'null'
    case 'bool':
      return value.value ? 'true' : 'false'
    case 'int':
      return value.value.toString()
    case 'float':
      return pythonFloatRepr(value.value)
    case 'str':
      return JSON.stringify(value.value).replace(
        /[\u007f-\uffff]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
      )
    case 'list':
    case 'tuple':
      return `[${value.items.map(jsonDumps).join(', ')}]`
    case 'dict':
      return `{${value.entries.map(([k, v]) => `${jsonDumps(k.kind === 'str' ? k : { kind: 'str', value: pyStr(k) })}: ${jsonDumps(v)}`).join(', ')}}`
    default:
      throw new RangeError(`Object of type ${value.kind} is not JSON serializable`)
  }
}

function utf8(text: string): Uint8Array {
  return Uint8Array.from(unescape(encodeURIComponent(text)), (c) => c.charCodeAt(0))
}

/** Django's `format_number`: the value rounded half-even to `decimal_places`, with `max_digits` precision. */
function formatDecimal(field: FieldState, value: Deconstructed): string {
  const places = kwarg(field, 'decimal_places')
  const digits = kwarg(field, 'max_digits')
  const text = value.kind === 'float' ? pythonFloatRepr(value.value) : pyStr(value)
  let number = new Decimal(text)
  if (digits !== undefined && digits.kind === 'int')
    number = number.toSignificantDigits(Number(digits.value), Decimal.ROUND_HALF_EVEN)
  if (places !== undefined && places.kind === 'int')
    return number.toFixed(Number(places.value), Decimal.ROUND_HALF_EVEN)
  return number.toFixed()
}

/** Converts a Python value to what the field stores (`get_db_prep_save`), for fields of each internal type. */
export function dbPrepValue(field: FieldState, raw: Deconstructed): DbValue {
  const value = raw.kind === 'enum' ? raw.value : raw
  if (value.kind === 'none') return { kind: 'none' }
  switch (internalType(field)) {
    case 'BooleanField':
    case 'NullBooleanField':
      return { kind: 'bool', value: value.kind === 'bool' ? value.value : toInt(value) !== 0n }
    case 'AutoField':
    case 'BigAutoField':
    case 'SmallAutoField':
    case 'IntegerField':
    case 'BigIntegerField':
    case 'SmallIntegerField':
    case 'PositiveIntegerField':
    case 'PositiveBigIntegerField':
    case 'PositiveSmallIntegerField':
      return { kind: 'int', value: toInt(value) }
    case 'FloatField':
      return { kind: 'float', value: value.kind === 'float' ? value.value : Number(pyStr(value)) }
    case 'DecimalField':
      return { kind: 'str', value: formatDecimal(field, value) }
    case 'DurationField':
      if (value.kind === 'timedelta') {
        return {
          kind: 'int',
          value:
            BigInt(value.days) * 86_400_000_000n +
            BigInt(value.seconds) * 1_000_000n +
            BigInt(value.microseconds),
        }
      }
      return { kind: 'int', value: toInt(value) }
    case 'DateField':
      if (value.kind === 'date' || value.kind === 'datetime')
        return { kind: 'str', value: `${value.year}-${pad(value.month)}-${pad(value.day)}` }
      return { kind: 'str', value: pyStr(value) }
    case 'DateTimeField':
      return { kind: 'str', value: datetimeText(value) }
    case 'TimeField':
      if (value.kind === 'time' || value.kind === 'datetime') {
        return { kind: 'str', value: timeText(value.hour, value.minute, value.second, value.microsecond) }
      }
      return { kind: 'str', value: pyStr(value) }
    case 'UUIDField':
      return { kind: 'str', value: value.kind === 'uuid' ? value.hex : pyStr(value).replace(/-/g, '') }
    case 'JSONField':
      return { kind: 'str', value: jsonDumps(value) }
    case 'BinaryField':
      return value.kind === 'bytes'
        ? { kind: 'bytes', value: value.value }
        : { kind: 'bytes', value: utf8(pyStr(value)) }
    case 'ForeignKey':
    case 'OneToOneField':
      if (value.kind === 'int' || value.kind === 'bool') return { kind: 'int', value: toInt(value) }
      if (value.kind === 'uuid') return { kind: 'str', value: value.hex }
      return { kind: 'str', value: pyStr(value) }
    default:
      if (value.kind === 'bytes') return { kind: 'bytes', value: value.value }
      return { kind: 'str', value: pyStr(value) }
  }
}

/**
 * The value Django's schema editor uses for existing rows when a column is added or made NOT NULL
 * (`effective_default`): the field's default (a callable evaluated now, once), else `''` for blank text
 * fields, else now for auto_now(_add), else None; converted to what the column stores.
 */
export function effectiveDefault(field: FieldState, ctx: DefaultContext): DbValue {
  const dflt = kwarg(field, 'default')
  if (dflt !== undefined) return dbPrepValue(field, evaluate(dflt, ctx))
  if (!isNull(field) && isBlank(field) && allowsEmptyStrings(field)) {
    return internalType(field) === 'BinaryField'
      ? { kind: 'bytes', value: new Uint8Array() }
      : { kind: 'str', value: '' }
  }
  if (hasAutoNow(field) || hasAutoNowAdd(field)) {
    const now = utcParts(ctx.now())
    return dbPrepValue(
      field,
      internalType(field) === 'TimeField'
        ? {
            kind: 'time',
            hour: now.hour,
            minute: now.minute,
            second: now.second,
            microsecond: now.microsecond,
          }
        : now,
    )
  }
  return { kind: 'none' }
}
