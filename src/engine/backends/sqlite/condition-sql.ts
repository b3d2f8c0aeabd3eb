import type { Deconstructed } from '../../models/deconstructed'
import type { ColumnDef } from './table-model'
import { internalType } from '../../models/fields/field-class'
import { isNull } from '../../models/fields/field-attributes'
import { dbPrepValue } from './effective-default'
import { type DbValue, quoteValue, quoteName } from './quote'

/** Finds the column of a field by name (or attname) for a condition: its column name and field. */
export type ColumnLookup = (name: string) => Pick<ColumnDef, 'column' | 'field'>

function kwargOf(
  value: Deconstructed & { kind: 'deconstructible' },
  name: string,
): Deconstructed | undefined {
  return value.kwargs.find(([k]) => k === name)?.[1]
}

function isQ(value: Deconstructed): value is Deconstructed & { kind: 'deconstructible' } {
  return value.kind === 'deconstructible' && /(^|\.)Q$/.test(value.path)
}

function isF(value: Deconstructed): value is Deconstructed & { kind: 'deconstructible' } {
  return value.kind === 'deconstructible' && /(^|\.)F$/.test(value.path)
}

function plainValue(value: Deconstructed): DbValue {
  switch (value.kind) {
    case 'none':
      return { kind: 'none' }
    case 'bool':
      return { kind: 'bool', value: value.value }
    case 'int':
      return { kind: 'int', value: value.value }
    case 'float':
      return { kind: 'float', value: value.value }
    case 'decimal':
      return { kind: 'decimal', value: value.value }
    case 'str':
      return { kind: 'str', value: value.value }
    case 'enum':
      return plainValue(value.value)
    default:
      throw new RangeError(`cannot compile the condition value ${value.kind}`)
  }
}

function rhsSql(
  value: Deconstructed,
  column: Pick<ColumnDef, 'field'> | null,
  lookupColumn: ColumnLookup,
): string {
  if (isF(value)) {
    const name = value.args[0]
    if (name?.kind !== 'str') throw new RangeError('F() without a field name')
    return `(${quoteName(lookupColumn(name.value).column)})`
  }
  return quoteValue(column === null ? plainValue(value) : dbPrepValue(column.field, value))
}

function likeEscape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/%/g, '\\%').replace(/_/g, '\\_')
}

function isBoolean(column: Pick<ColumnDef, 'field'>): boolean {
  const cls = internalType(column.field)
  return cls === 'BooleanField' || cls === 'NullBooleanField'
}

const COMPARISONS: Readonly<Record<string, string>> = { exact: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' }

function lookupSql(path: string, value: Deconstructed, lookupColumn: ColumnLookup): string {
  const parts = path.split('__')
  let lookup = 'exact'
  if (parts.length > 1 && LOOKUPS.has(parts[parts.length - 1]!)) lookup = parts.pop()!
  const column = lookupColumn(parts.join('__'))
  const lhs = quoteName(column.column)
  if (lookup in COMPARISONS) {
    if (lookup === 'exact' && value.kind === 'none') return `${lhs} IS NULL`
    if (lookup === 'exact' && value.kind === 'bool' && isBoolean(column))
      return value.value ? lhs : `NOT ${lhs}`
    return `${lhs} ${COMPARISONS[lookup]} ${rhsSql(value, column, lookupColumn)}`
  }
  switch (lookup) {
    case 'isnull':
      return value.kind === 'bool' && value.value ? `${lhs} IS NULL` : `${lhs} IS NOT NULL`
    case 'in': {
      const items = value.kind === 'list' || value.kind === 'tuple' || value.kind === 'set' ? value.items : []
      return `${lhs} IN (${items.map((i) => rhsSql(i, column, lookupColumn)).join(', ')})`
    }
    case 'range': {
      const items = value.kind === 'list' || value.kind === 'tuple' ? value.items : []
      return `${lhs} BETWEEN ${rhsSql(items[0]!, column, lookupColumn)} AND ${rhsSql(items[1]!, column, lookupColumn)}`
    }
    case 'iexact':
      return `${lhs} LIKE ${quoteValue({ kind: 'str', value: likeEscape(stringOf(value)) })} ESCAPE '\\'`
    case 'contains':
    case 'icontains':
      return `${lhs} LIKE ${quoteValue({ kind: 'str', value: `%${likeEscape(stringOf(value))}%` })} ESCAPE '\\'`
    case 'startswith':
    case 'istartswith':
      return `${lhs} LIKE ${quoteValue({ kind: 'str', value: `${likeEscape(stringOf(value))}%` })} ESCAPE '\\'`
    case 'endswith':
    case 'iendswith':
      return `${lhs} LIKE ${quoteValue({ kind: 'str', value: `%${likeEscape(stringOf(value))}` })} ESCAPE '\\'`
    default:
      throw new RangeError(`unsupported lookup '${lookup}' in a constraint condition`)
  }
}

const LOOKUPS = new Set([
  'exact',
  'iexact',
  'gt',
  'gte',
  'lt',
  'lte',
  'in',
  'isnull',
  'range',
  'contains',
  'icontains',
  'startswith',
  'istartswith',
  'endswith',
  'iendswith',
])

function stringOf(value: Deconstructed): string {
  return value.kind === 'str' ? value.value : String((plainValue(value) as { value?: unknown }).value ?? '')
}

function qChildren(q: Deconstructed & { kind: 'deconstructible' }): Deconstructed[] {
  const children: Deconstructed[] = [...q.args]
  for (const [name, value] of q.kwargs) {
    if (name === '_connector' || name === '_negated') continue
    children.push({ kind: 'tuple', items: [{ kind: 'str', value: name }, value] })
  }
  return children
}

/**
 * Compiles a `models.Q(...)` condition to the SQL Django writes in CHECK constraints and partial index
 * `WHERE` clauses on SQLite, with values inlined: `"pages" >= 0`, `("a" > 1 AND "b" < 2)`, `NOT (...)`.
 */
export function conditionSql(condition: Deconstructed, lookupColumn: ColumnLookup): string {
  if (!isQ(condition)) throw new RangeError(`expected a Q object, got ${condition.kind}`)
  return nodeSql(condition, lookupColumn)
}

function nodeSql(
  q: Deconstructed & { kind: 'deconstructible' },
  lookupColumn: ColumnLookup,
  negatedAbove = false,
): string {
  const connector = kwargOf(q, '_connector')
  const negated = kwargOf(q, '_negated')
  const isNegated = negated !== undefined && negated.kind === 'bool' && negated.value
  const joiner = connector !== undefined && connector.kind === 'str' ? ` ${connector.value} ` : ' AND '
  const parts = qChildren(q).flatMap((child) => {
    if (isQ(child)) return [nodeSql(child, lookupColumn, negatedAbove !== isNegated)]
    if (child.kind === 'tuple' && child.items[0]?.kind === 'str') {
      const path = child.items[0].value
      const value = child.items[1]!
      const lookup = lookupSql(path, value, lookupColumn)
      const notNull = negatedAbove !== isNegated ? notNullGuards(path, value, lookupColumn) : []
      if (notNull.length === 0) return [lookup]
      return joiner === ' AND ' ? [lookup, ...notNull] : [`(${[lookup, ...notNull].join(' AND ')})`]
    }
    throw new RangeError(`cannot compile the condition part ${child.kind}`)
  })
  const sql = parts.join(joiner)
  if (isNegated) return `NOT (${sql})`
  return parts.length > 1 ? `(${sql})` : sql
}

/**
 * What Django adds to a lookup under a negation so that NULLs stay excluded: `"col" IS NOT NULL` for a
 * nullable column (and for a nullable F() right-hand side), except for `isnull` and comparisons with None.
 */
function notNullGuards(path: string, value: Deconstructed, lookupColumn: ColumnLookup): string[] {
  const parts = path.split('__')
  const lookup = parts.length > 1 && LOOKUPS.has(parts[parts.length - 1]!) ? parts.pop()! : 'exact'
  if (lookup === 'isnull' || value.kind === 'none') return []
  const guards: string[] = []
  const column = lookupColumn(parts.join('__'))
  if (isNull(column.field)) guards.push(`${quoteName(column.column)} IS NOT NULL`)
  if (isF(value) && value.args[0]?.kind === 'str') {
    const other = lookupColumn(value.args[0].value)
    if (isNull(other.field)) guards.push(`${quoteName(other.column)} IS NOT NULL`)
  }
  return guards
}

/** SQL functions Django's database functions compile to on SQLite, by class name. */
const FUNCTIONS: Readonly<Record<string, string>> = {
  Lower: 'LOWER',
  Upper: 'UPPER',
  Length: 'LENGTH',
  Abs: 'ABS',
  Coalesce: 'COALESCE',
  Trim: 'TRIM',
  LTrim: 'LTRIM',
  RTrim: 'RTRIM',
  Round: 'ROUND',
}

/**
 * Compiles an index or constraint expression (`Lower('title')`, `F('start')`) to SQLite SQL: field
 * names become quoted columns, database functions their SQL names.
 */
export function expressionSql(value: Deconstructed, lookupColumn: ColumnLookup): string {
  if (value.kind === 'str') return quoteName(lookupColumn(value.value).column)
  if (value.kind !== 'deconstructible') return quoteValue(plainValue(value))
  const cls = value.path.split('.').pop()!
  if (cls === 'F') {
    const name = value.args[0]
    if (name?.kind !== 'str') throw new RangeError('F() without a field name')
    return quoteName(lookupColumn(name.value).column)
  }
  if (cls === 'Value') return quoteValue(plainValue(value.args[0] ?? { kind: 'none' }))
  if (cls === 'CombinedExpression') {
    const [lhs, op, rhs] = value.args
    if (lhs === undefined || op?.kind !== 'str' || rhs === undefined)
      throw new RangeError('malformed CombinedExpression')
    return `(${expressionSql(lhs, lookupColumn)} ${op.value} ${expressionSql(rhs, lookupColumn)})`
  }
  const fn = FUNCTIONS[cls]
  if (fn === undefined) throw new RangeError(`unsupported expression ${value.path} in an index`)
  return `${fn}(${value.args.map((a) => expressionSql(a, lookupColumn)).join(', ')})`
}
