import { assertNever } from '../util/assert-never'

/**
 * A value as Django's `deconstruct()` gives it and as migration files hold it: the engine's own,
 * interpreter-independent picture of field options, model options and operation arguments. The
 * migration writer serializes it, the autodetector compares it, the schema editor turns it into SQL.
 * The Python bridge (src/engine/django) converts interpreter values to and from it.
 */
export type Deconstructed =
  | { readonly kind: 'none' }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'int'; readonly value: bigint }
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'str'; readonly value: string }
  | { readonly kind: 'bytes'; readonly value: Uint8Array }
  /** Decimal('1.50'): `value` is the text Python's `str()` gives. */
  | { readonly kind: 'decimal'; readonly value: string }
  | { readonly kind: 'list' | 'tuple' | 'set' | 'frozenset'; readonly items: readonly Deconstructed[] }
  | { readonly kind: 'dict'; readonly entries: readonly (readonly [Deconstructed, Deconstructed])[] }
  | { readonly kind: 'date'; readonly year: number; readonly month: number; readonly day: number }
  | {
      readonly kind: 'datetime'
      readonly year: number
      readonly month: number
      readonly day: number
      readonly hour: number
      readonly minute: number
      readonly second: number
      readonly microsecond: number
      /** Offset from UTC in minutes, or null for a naive datetime. */
      readonly utcOffsetMinutes: number | null
    }
  | {
      readonly kind: 'time'
      readonly hour: number
      readonly minute: number
      readonly second: number
      readonly microsecond: number
    }
  | {
      readonly kind: 'timedelta'
      readonly days: number
      readonly seconds: number
      readonly microseconds: number
    }
  /** uuid.UUID: `hex` is the 32 lowercase hex digits. */
  | { readonly kind: 'uuid'; readonly hex: string }
  /** An enum member (`library.models.Status['DRAFT']`), with its value for the database. */
  | {
      readonly kind: 'enum'
      readonly module: string
      readonly qualname: string
      readonly member: string
      readonly value: Deconstructed
    }
  /**
   * A module-level function or class, or a class attribute such as `RunPython.noop`, referred to by
   * import path (`django.utils.timezone.now`). `call` evaluates it with no arguments when the engine
   * needs a value (a callable default evaluated once); absent for references that are not called.
   */
  | {
      readonly kind: 'reference'
      readonly module: string
      readonly qualname: string
      readonly call?: () => Deconstructed
    }
  /** `settings.AUTH_USER_MODEL` and other settings references. */
  | { readonly kind: 'setting'; readonly name: string; readonly value: Deconstructed }
  /**
   * An object that deconstructs into a constructor call: `models.Index(fields=['title'], name='x')`,
   * `models.Q(('qty__lte', 100))`, validators, expressions. `path` is the import path Django writes.
   */
  | {
      readonly kind: 'deconstructible'
      readonly path: string
      readonly args: readonly Deconstructed[]
      readonly kwargs: readonly (readonly [string, Deconstructed])[]
    }
  /** A value the writer cannot serialize; `repr` is Python's repr of it, `typeName` its class name. */
  | { readonly kind: 'opaque'; readonly repr: string; readonly typeName: string }

/** The Deconstructed kinds, for exhaustive switches. */
export type DeconstructedKind = Deconstructed['kind']

/** Python's None. */
export const NONE: Deconstructed = Object.freeze({ kind: 'none' })

/** Takes a JS string, returns a Python str value. */
export const str = (value: string): Deconstructed => ({ kind: 'str', value })

/** Takes a JS number or bigint integer, returns a Python int value. */
export const int = (value: number | bigint): Deconstructed => ({ kind: 'int', value: BigInt(value) })

/** Takes a JS boolean, returns a Python bool value. */
export const bool = (value: boolean): Deconstructed => ({ kind: 'bool', value })

/**
 * Whether two values are equal as Python's `==` compares them in a deconstruction (used by the
 * autodetector): 1 == 1.0 == True, lists equal item by item, dicts and sets regardless of order,
 * references equal by path (their `call` is ignored).
 */
export function deconstructedEquals(a: Deconstructed, b: Deconstructed): boolean {
  const na = numeric(a)
  const nb = numeric(b)
  if (na !== null && nb !== null) return na === nb
  if (a.kind !== b.kind) {
    return (a.kind === 'set' || a.kind === 'frozenset') && (b.kind === 'set' || b.kind === 'frozenset')
      ? sameMembers(a.items, b.items)
      : false
  }
  switch (a.kind) {
    case 'none':
      return true
    case 'bool':
    case 'int':
    case 'float':
      return false
    case 'str':
    case 'decimal':
      return a.value === (b as typeof a).value
    case 'bytes': {
      const other = (b as typeof a).value
      return a.value.length === other.length && a.value.every((byte, i) => byte === other[i])
    }
    case 'list':
    case 'tuple': {
      const other = (b as typeof a).items
      return (
        a.items.length === other.length && a.items.every((item, i) => deconstructedEquals(item, other[i]!))
      )
    }
    case 'set':
    case 'frozenset':
      return sameMembers(a.items, (b as typeof a).items)
    case 'dict': {
      const other = (b as typeof a).entries
      return (
        a.entries.length === other.length &&
        a.entries.every(([k, v]) =>
          other.some(([k2, v2]) => deconstructedEquals(k, k2) && deconstructedEquals(v, v2)),
        )
      )
    }
    case 'date':
    case 'time':
    case 'timedelta':
    case 'datetime':
    case 'uuid':
      return JSON.stringify(a) === JSON.stringify(b)
    case 'enum': {
      const other = b as typeof a
      return a.module === other.module && a.qualname === other.qualname && a.member === other.member
    }
    case 'reference': {
      const other = b as typeof a
      return a.module === other.module && a.qualname === other.qualname
    }
    case 'setting':
      return a.name === (b as typeof a).name
    case 'deconstructible': {
      const other = b as typeof a
      return (
        a.path === other.path &&
        deconstructedEquals({ kind: 'tuple', items: a.args }, { kind: 'tuple', items: other.args }) &&
        a.kwargs.length === other.kwargs.length &&
        a.kwargs.every(([k, v]) => other.kwargs.some(([k2, v2]) => k === k2 && deconstructedEquals(v, v2)))
      )
    }
    case 'opaque':
      return a.repr === (b as typeof a).repr && a.typeName === (b as typeof a).typeName
    default:
      return assertNever(a)
  }
}

function numeric(value: Deconstructed): number | bigint | null {
  switch (value.kind) {
    case 'bool':
      return value.value ? 1n : 0n
    case 'int':
      return value.value
    case 'float':
      return Number.isInteger(value.value) ? BigInt(value.value) : value.value
    default:
      return null
  }
}

function sameMembers(a: readonly Deconstructed[], b: readonly Deconstructed[]): boolean {
  return (
    a.every((x) => b.some((y) => deconstructedEquals(x, y))) &&
    b.every((y) => a.some((x) => deconstructedEquals(x, y)))
  )
}
