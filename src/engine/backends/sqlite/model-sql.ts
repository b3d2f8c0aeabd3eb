import type { Deconstructed } from '../../models/deconstructed'
import { kwarg } from '../../migrations/field-state'
import { conditionSql, expressionSql } from './condition-sql'
import {
  type DeferredStatement,
  fieldIndexStatement,
  namedIndexStatement,
  uniqueTogetherStatement,
} from './deferred'
import { type DefaultContext, effectiveDefault } from './effective-default'
import { type DbValue, pythonFloatRepr, quoteName, quoteValue } from './quote'
import { type ColumnDef, columnOf, type TableModel } from './table-model'

/** A `deconstructible` value's keyword argument, or undefined. */
export function objectKwarg(value: Deconstructed, name: string): Deconstructed | undefined {
  return value.kind === 'deconstructible' ? value.kwargs.find(([k]) => k === name)?.[1] : undefined
}

/** The `name` of an index or constraint value. */
export function objectName(value: Deconstructed): string {
  const name = objectKwarg(value, 'name')
  if (name === undefined || name.kind !== 'str') throw new RangeError('an index or constraint without a name')
  return name.value
}

function strings(value: Deconstructed | undefined): string[] {
  if (value === undefined) return []
  if (value.kind === 'list' || value.kind === 'tuple')
    return value.items.flatMap((i) => (i.kind === 'str' ? [i.value] : []))
  return []
}

/** The lookup a condition uses: field name or attname to column. */
export function columnLookup(model: TableModel): (name: string) => ColumnDef {
  return (name) =>
    model.columns.find((c) => c.name === name || c.column === name || `${c.name}_id` === name) ??
    columnOf(model, name)
}

/** The column definition Django writes for a column after its quoted name (`column_sql`), without CHECK/REFERENCES. */
export function columnSql(col: ColumnDef, includeDefault: DbValue | null = null): string {
  const parts = [col.type]
  if (col.collation !== null) parts.push(`COLLATE ${col.collation}`)
  const dbDefault = kwarg(col.field, 'db_default')
  if (dbDefault !== undefined) parts.push(`DEFAULT ${dbDefaultSql(dbDefault)}`)
  else if (includeDefault !== null && includeDefault.kind !== 'none')
    parts.push(`DEFAULT ${quoteValue(includeDefault)}`)
  if (col.generated !== null) {
    parts.push(`GENERATED ALWAYS AS (${col.generated.sql}) ${col.generated.stored ? 'STORED' : 'VIRTUAL'}`)
  } else parts.push(col.null ? 'NULL' : 'NOT NULL')
  if (col.primaryKey) parts.push('PRIMARY KEY')
  else if (col.unique) parts.push('UNIQUE')
  return parts.join(' ')
}

/** The SQL of a database function Django can use as a `db_default`, by class name. */
const DB_FUNCTIONS: Readonly<Record<string, string>> = {
  Now: "STRFTIME('%Y-%m-%d %H:%M:%f', 'NOW')",
  Pi: 'PI()',
  Random: 'RANDOM()',
}

/**
 * The SQL of a `db_default` as Django's SQLite schema editor writes it: a constant (or `Value`) as a
 * literal, an expression in parentheses (`(STRFTIME('%Y-%m-%d %H:%M:%f', 'NOW'))` for `Now()`).
 */
export function dbDefaultSql(value: Deconstructed): string {
  if (value.kind === 'deconstructible') {
    const cls = value.path.split('.').pop()!
    if (cls === 'Value') return literal(value.args[0] ?? { kind: 'none' })
    const fn = DB_FUNCTIONS[cls]
    if (fn === undefined) throw new RangeError(`unsupported db_default expression ${value.path}`)
    return `(${fn})`
  }
  return literal(value)
}

function literal(value: Deconstructed): string {
  switch (value.kind) {
    case 'str':
      return `'${value.value.replace(/'/g, "''")}'`
    case 'int':
      return value.value.toString()
    case 'bool':
      return value.value ? '1' : '0'
    case 'none':
      return 'NULL'
    case 'float':
      return pythonFloatRepr(value.value)
    case 'decimal':
      return value.value
    default:
      throw new RangeError(`unsupported db_default ${value.kind}`)
  }
}

/** The full definition of a column in CREATE TABLE: `"c" <column_sql> [CHECK] [AUTOINCREMENT] [REFERENCES]`. */
export function columnDefinition(col: ColumnDef): string {
  let definition = columnSql(col)
  if (col.check !== null) definition += ` CHECK (${col.check})`
  if (col.suffix !== null) definition += ` ${col.suffix}`
  if (col.references !== null) definition += ` ${referencesSql(col)}`
  return `${quoteName(col.column)} ${definition}`
}

/** `REFERENCES "t" ("c") DEFERRABLE INITIALLY DEFERRED` for a column with a foreign key constraint. */
export function referencesSql(col: ColumnDef): string {
  return `REFERENCES ${quoteName(col.references!.table)} (${quoteName(col.references!.column)}) DEFERRABLE INITIALLY DEFERRED`
}

/** Whether a UniqueConstraint is created as a unique index (condition, expressions, include or deferrable). */
export function isIndexLikeUnique(constraint: Deconstructed): boolean {
  if (constraint.kind !== 'deconstructible' || !/UniqueConstraint$/.test(constraint.path)) return false
  if (constraint.args.length > 0) return true
  return ['condition', 'include', 'deferrable'].some(
    (k) => objectKwarg(constraint, k) !== undefined && objectKwarg(constraint, k)!.kind !== 'none',
  )
}

/** The CREATE UNIQUE INDEX of an index-like UniqueConstraint. */
export function uniqueIndexStatement(model: TableModel, constraint: Deconstructed): DeferredStatement {
  const lookup = columnLookup(model)
  const columns = strings(objectKwarg(constraint, 'fields')).map((f) => lookup(f).column)
  const condition = objectKwarg(constraint, 'condition')
  return namedIndexStatement(model.dbTable, objectName(constraint), columns, {
    unique: true,
    expressions: indexExpressions(constraint, lookup),
    condition: condition === undefined || condition.kind === 'none' ? null : conditionSql(condition, lookup),
  })
}

/** The inline SQL of a constraint in CREATE TABLE, or null for one created as an index. */
export function constraintSql(model: TableModel, constraint: Deconstructed): string | null {
  if (constraint.kind !== 'deconstructible') throw new RangeError('a constraint must be a constraint object')
  const name = quoteName(objectName(constraint))
  if (/CheckConstraint$/.test(constraint.path)) {
    const condition = objectKwarg(constraint, 'condition') ?? objectKwarg(constraint, 'check')
    if (condition === undefined) throw new RangeError('CheckConstraint without a condition')
    return `CONSTRAINT ${name} CHECK (${conditionSql(condition, columnLookup(model))})`
  }
  if (isIndexLikeUnique(constraint)) return null
  const lookup = columnLookup(model)
  const columns = strings(objectKwarg(constraint, 'fields')).map((f) => quoteName(lookup(f).column))
  return `CONSTRAINT ${name} UNIQUE (${columns.join(', ')})`
}

/** The compiled positional expressions of an index or constraint: a column as is, anything else in parentheses. */
function indexExpressions(value: Deconstructed, lookup: ReturnType<typeof columnLookup>): string[] {
  if (value.kind !== 'deconstructible') return []
  return value.args.map((arg) => {
    const sql = expressionSql(arg, lookup)
    return sql.startsWith('"') && /^"[^"]*"$/.test(sql) ? sql : `(${sql})`
  })
}

/** The CREATE INDEX of a Meta.indexes entry. */
export function indexStatement(model: TableModel, index: Deconstructed): DeferredStatement {
  const lookup = columnLookup(model)
  const fields = strings(objectKwarg(index, 'fields'))
  const condition = objectKwarg(index, 'condition')
  return namedIndexStatement(
    model.dbTable,
    objectName(index),
    fields.map((f) => lookup(f.replace(/^-/, '')).column),
    {
      descending: fields.map((f) => f.startsWith('-')),
      expressions: indexExpressions(index, lookup),
      condition:
        condition === undefined || condition.kind === 'none' ? null : conditionSql(condition, lookup),
    },
  )
}

/**
 * CREATE TABLE for a model (Django's `table_sql`) and the statements it defers, in Django's order:
 * unique_together indexes, then unique constraints made as indexes.
 */
export function tableSql(model: TableModel): { sql: string; deferred: DeferredStatement[] } {
  const deferred: DeferredStatement[] = model.uniqueTogether.map((names) =>
    uniqueTogetherStatement(
      model.dbTable,
      names.map((n) => columnOf(model, n).column),
    ),
  )
  const definitions = model.columns.map(columnDefinition)
  for (const constraint of model.constraints) {
    const sql = constraintSql(model, constraint)
    if (sql === null) deferred.push(uniqueIndexStatement(model, constraint))
    else definitions.push(sql)
  }
  return { sql: `CREATE TABLE ${quoteName(model.dbTable)} (${definitions.join(', ')})`, deferred }
}

/** The index a field asks for (`db_index` and not unique), or none. */
export function fieldIndexes(model: TableModel, col: ColumnDef): DeferredStatement[] {
  return col.dbIndex && !col.unique ? [fieldIndexStatement(model.dbTable, col.column)] : []
}

/** The indexes of a model (Django's `_model_indexes_sql`): field indexes, then Meta.indexes. */
export function modelIndexes(model: TableModel): DeferredStatement[] {
  if (!model.migratable) return []
  return [
    ...model.columns.flatMap((col) => fieldIndexes(model, col)),
    ...model.indexes.map((index) => indexStatement(model, index)),
  ]
}

/** The effective default of a column's field as a literal for INSERT … SELECT. */
export function defaultLiteral(col: ColumnDef, ctx: DefaultContext): string {
  return quoteValue(effectiveDefault(col.field, ctx))
}
