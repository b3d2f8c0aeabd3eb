import type { Deconstructed } from '../../models/deconstructed'
import { assertNever } from '../../util/assert-never'
import { DjangoException } from '../exceptions'
import { reprBytes, reprFloat, reprStr } from './python-repr'

/** A serialized value: its Python source text and the import lines it needs. */
export interface Serialized {
  readonly text: string
  readonly imports: ReadonlySet<string>
}

/** Raised for a value Django cannot write into a migration file; the message is Django's. */
export class SerializationError extends DjangoException {
  override readonly name = 'ValueError'
  readonly pythonName = 'ValueError'
}

/** The error for a value of no serializable kind, given its repr. */
export function cannotSerialize(repr: string): SerializationError {
  return new SerializationError(
    `Cannot serialize: ${repr}\nThere are some values Django cannot serialize into migration files.\n` +
      'For more, see https://docs.djangoproject.com/en/5.2/topics/migrations/#migration-serializing',
  )
}

/**
 * Serializes an import path as Django writes it in migrations: `django.db.models.X` becomes `models.X`
 * (imported by `from django.db import models`), anything else is written in full and its module imported.
 */
export function serializePath(path: string): Serialized {
  const dot = path.lastIndexOf('.')
  const module = path.slice(0, dot)
  if (module === 'django.db.models') {
    return { text: `models.${path.slice(dot + 1)}`, imports: new Set(['from django.db import models']) }
  }
  return { text: path, imports: new Set([`import ${module}`]) }
}

/**
 * Serializes a call `path(*args, **kwargs)` as Django's DeconstructableSerializer does: positional
 * arguments in order, then keyword arguments sorted by name.
 */
export function serializeDeconstructed(
  path: string,
  args: readonly Deconstructed[],
  kwargs: readonly (readonly [string, Deconstructed])[],
): Serialized {
  const head = serializePath(path)
  const imports = new Set(head.imports)
  const parts: string[] = []
  for (const arg of args) {
    const s = serialize(arg)
    s.imports.forEach((i) => imports.add(i))
    parts.push(s.text)
  }
  for (const [name, value] of [...kwargs].sort(([a], [b]) => compareText(a, b))) {
    const s = serialize(value)
    s.imports.forEach((i) => imports.add(i))
    parts.push(`${name}=${s.text}`)
  }
  return { text: `${head.text}(${parts.join(', ')})`, imports }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function joinItems(items: readonly Deconstructed[], imports: Set<string>): string[] {
  return items.map((item) => {
    const s = serialize(item)
    s.imports.forEach((i) => imports.add(i))
    return s.text
  })
}

function sortedByRepr(items: readonly Deconstructed[]): Deconstructed[] {
  return [...items].sort((a, b) => compareText(serialize(a).text, serialize(b).text))
}

/** Python's ordering of dict keys for `sorted(d.items())`: numbers by value, strings by code point. */
function compareKeys(a: Deconstructed, b: Deconstructed): number {
  const num = (v: Deconstructed): number | null =>
    v.kind === 'int'
      ? Number(v.value)
      : v.kind === 'float'
        ? v.value
        : v.kind === 'bool'
          ? Number(v.value)
          : null
  const na = num(a)
  const nb = num(b)
  if (na !== null && nb !== null) return na - nb
  return compareText(serialize(a).text, serialize(b).text)
}

const pad2 = (n: number) => String(n)

function datetimeRepr(v: Extract<Deconstructed, { kind: 'datetime' }>): string {
  let { year, month, day, hour, minute } = v
  if (v.utcOffsetMinutes !== null && v.utcOffsetMinutes !== 0) {
    const utc = new Date(Date.UTC(year, month - 1, day, hour, minute) - v.utcOffsetMinutes * 60000)
    year = utc.getUTCFullYear()
    month = utc.getUTCMonth() + 1
    day = utc.getUTCDate()
    hour = utc.getUTCHours()
    minute = utc.getUTCMinutes()
  }
  const parts = [year, month, day, hour, minute].map(pad2)
  if (v.microsecond !== 0) parts.push(String(v.second), String(v.microsecond))
  else if (v.second !== 0) parts.push(String(v.second))
  const tz = v.utcOffsetMinutes === null ? '' : ', tzinfo=datetime.timezone.utc'
  return `datetime.datetime(${parts.join(', ')}${tz})`
}

function timeRepr(v: Extract<Deconstructed, { kind: 'time' }>): string {
  const parts = [String(v.hour), String(v.minute)]
  if (v.microsecond !== 0) parts.push(String(v.second), String(v.microsecond))
  else if (v.second !== 0) parts.push(String(v.second))
  return `datetime.time(${parts.join(', ')})`
}

function timedeltaRepr(v: Extract<Deconstructed, { kind: 'timedelta' }>): string {
  const parts: string[] = []
  if (v.days !== 0) parts.push(`days=${v.days}`)
  if (v.seconds !== 0) parts.push(`seconds=${v.seconds}`)
  if (v.microseconds !== 0) parts.push(`microseconds=${v.microseconds}`)
  return `datetime.timedelta(${parts.length === 0 ? '0' : parts.join(', ')})`
}

function uuidText(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/**
 * Serializes a value as Django's migration serializer does (`MigrationWriter.serialize`): Python
 * source text plus the imports it needs. Throws SerializationError for `opaque` values.
 */
export function serialize(value: Deconstructed): Serialized {
  const none = new Set<string>()
  switch (value.kind) {
    case 'none':
      return { text: 'None', imports: none }
    case 'bool':
      return { text: value.value ? 'True' : 'False', imports: none }
    case 'int':
      return { text: String(value.value), imports: none }
    case 'float':
      return Number.isFinite(value.value)
        ? { text: reprFloat(value.value), imports: none }
        : { text: `float("${reprFloat(value.value)}")`, imports: none }
    case 'str':
      return { text: reprStr(value.value), imports: none }
    case 'bytes':
      return { text: reprBytes(value.value), imports: none }
    case 'decimal':
      return { text: `Decimal('${value.value}')`, imports: new Set(['from decimal import Decimal']) }
    case 'list': {
      const imports = new Set<string>()
      return { text: `[${joinItems(value.items, imports).join(', ')}]`, imports }
    }
    case 'tuple': {
      const imports = new Set<string>()
      const items = joinItems(value.items, imports)
      return { text: items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`, imports }
    }
    case 'set': {
      const imports = new Set<string>()
      const items = joinItems(sortedByRepr(value.items), imports)
      return { text: items.length === 0 ? 'set()' : `{${items.join(', ')}}`, imports }
    }
    case 'frozenset': {
      const imports = new Set<string>()
      return { text: `frozenset([${joinItems(sortedByRepr(value.items), imports).join(', ')}])`, imports }
    }
    case 'dict': {
      const imports = new Set<string>()
      const entries = [...value.entries].sort(([a], [b]) => compareKeys(a, b))
      const parts = entries.map(([k, v]) => {
        const ks = serialize(k)
        const vs = serialize(v)
        ks.imports.forEach((i) => imports.add(i))
        vs.imports.forEach((i) => imports.add(i))
        return `${ks.text}: ${vs.text}`
      })
      return { text: `{${parts.join(', ')}}`, imports }
    }
    case 'date':
      return {
        text: `datetime.date(${value.year}, ${value.month}, ${value.day})`,
        imports: new Set(['import datetime']),
      }
    case 'datetime':
      return { text: datetimeRepr(value), imports: new Set(['import datetime']) }
    case 'time':
      return { text: timeRepr(value), imports: new Set(['import datetime']) }
    case 'timedelta':
      return { text: timedeltaRepr(value), imports: new Set(['import datetime']) }
    case 'uuid':
      return { text: `uuid.UUID('${uuidText(value.hex)}')`, imports: new Set(['import uuid']) }
    case 'enum':
      return {
        text: `${value.module}.${value.qualname}[${reprStr(value.member)}]`,
        imports: new Set([`import ${value.module}`]),
      }
    case 'reference':
      if (
        (value.module === 'django.db.models' || value.module === 'django.db.models.base') &&
        value.qualname === 'Model'
      ) {
        return { text: 'models.Model', imports: new Set(['from django.db import models']) }
      }
      if (value.qualname.slice(value.qualname.lastIndexOf('.') + 1) === '<lambda>') {
        throw new SerializationError('Cannot serialize function: lambda')
      }
      if (value.qualname.includes('<')) {
        const name = value.qualname.slice(value.qualname.lastIndexOf('.') + 1)
        throw new SerializationError(`Could not find function ${name} in ${value.module}.\n`)
      }
      if (value.module === 'builtins') return { text: value.qualname, imports: none }
      return { text: `${value.module}.${value.qualname}`, imports: new Set([`import ${value.module}`]) }
    case 'setting':
      return { text: `settings.${value.name}`, imports: new Set(['from django.conf import settings']) }
    case 'deconstructible':
      return serializeDeconstructed(value.path, value.args, value.kwargs)
    case 'opaque':
      throw cannotSerialize(value.repr)
    default:
      return assertNever(value)
  }
}
