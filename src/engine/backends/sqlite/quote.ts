import type { SqlValue } from '../../connection'

/** Takes an identifier, returns it quoted as Django's SQLite backend quotes names (`"library_book"`); quoted names pass through. */
export function quoteName(name: string): string {
  if (name.startsWith('"') && name.endsWith('"')) return name
  return `"${name}"`
}

/** A value as Django's schema editor hands it to SQLite: Python's bool, int, float, Decimal, str, bytes or None. */
export type DbValue =
  | { readonly kind: 'none' }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'int'; readonly value: bigint }
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'decimal'; readonly value: string }
  | { readonly kind: 'str'; readonly value: string }
  | { readonly kind: 'bytes'; readonly value: Uint8Array }

/** Python's `repr(float)`: shortest round-trip digits, `1.0`, `1e+16`, `inf`, `nan`. */
export function pythonFloatRepr(value: number): string {
  if (Number.isNaN(value)) return 'nan'
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf'
  if (Number.isInteger(value) && Math.abs(value) < 1e16)
    return `${value.toFixed(0)}.0`.replace(/^-0\.0$/, '-0.0')
  const text = String(value)
  const exp = text.match(/^(-?[\d.]+)e([+-])(\d+)$/)
  if (exp !== null) return `${exp[1]}e${exp[2]}${exp[3]!.padStart(2, '0')}`
  if (Math.abs(value) >= 1e16) {
    const [mant, e] = value.toExponential().split('e')
    return `${mant}e${e!.startsWith('-') ? '-' : '+'}${e!.replace(/^[+-]/, '').padStart(2, '0')}`
  }
  return text
}

/**
 * Takes a value, returns the SQL literal Django's SQLite schema editor writes for it (`quote_value`):
 * bools as 1/0, numbers as Python prints them, strings in single quotes with `''`, bytes as `X'…'`, NULL.
 */
export function quoteValue(value: DbValue): string {
  switch (value.kind) {
    case 'none':
      return 'NULL'
    case 'bool':
      return value.value ? '1' : '0'
    case 'int':
      return value.value.toString()
    case 'float':
      return pythonFloatRepr(value.value)
    case 'decimal':
      return value.value
    case 'str':
      return `'${value.value.replace(/'/g, "''")}'`
    case 'bytes':
      return `X'${[...value.value].map((b) => b.toString(16).padStart(2, '0')).join('')}'`
  }
}

/** Takes a value, returns what the SQLite driver binds for it (Decimal and bool as Django's adapters do). */
export function toSqlValue(value: DbValue): SqlValue {
  switch (value.kind) {
    case 'none':
      return null
    case 'bool':
      return value.value ? 1 : 0
    case 'int':
      return value.value >= BigInt(Number.MIN_SAFE_INTEGER) && value.value <= BigInt(Number.MAX_SAFE_INTEGER)
        ? Number(value.value)
        : value.value
    case 'float':
      return value.value
    case 'decimal':
      return value.value
    case 'str':
      return value.value
    case 'bytes':
      return value.value
  }
}

/** Takes a driver value, returns the DbValue Python's sqlite3 would have handed back. */
export function fromSqlValue(value: SqlValue): DbValue {
  if (value === null) return { kind: 'none' }
  if (typeof value === 'bigint') return { kind: 'int', value }
  if (typeof value === 'number')
    return Number.isInteger(value) ? { kind: 'int', value: BigInt(value) } : { kind: 'float', value }
  if (typeof value === 'string') return { kind: 'str', value }
  return { kind: 'bytes', value }
}

/**
 * Takes SQL with `%s` placeholders and its parameters, returns the SQL with each parameter inlined as
 * `quoteValue` writes it and `%%` turned into `%` (what sqlmigrate prints). Without params the SQL is returned as is.
 */
export function inlineParams(sql: string, params: readonly DbValue[] | null): string {
  if (params === null) return sql
  let at = 0
  return sql.replace(/%%|%s/g, (token) => {
    if (token === '%%') return '%'
    const value = params[at++]
    if (value === undefined) throw new RangeError(`not enough parameters for ${JSON.stringify(sql)}`)
    return quoteValue(value)
  })
}
