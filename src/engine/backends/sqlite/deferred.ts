import { createIndexName } from './names'
import { quoteName } from './quote'

/**
 * A statement the schema editor runs at the end of its block (Django's deferred `Statement`): it refers
 * to a table and columns by name and renders its SQL from them, so that table and column renames made
 * before it runs (a remade table taking the old name back) change the SQL and any generated name.
 */
export interface DeferredStatement {
  readonly table: string
  readonly columns: readonly string[]
  readonly render: (table: string, columns: readonly string[]) => string
}

/** Renders a deferred statement's SQL. */
export function deferredSql(statement: DeferredStatement): string {
  return statement.render(statement.table, statement.columns)
}

/** Takes a statement, returns it pointing at `newTable` when it referred to `oldTable`. */
export function renameTableReference(
  statement: DeferredStatement,
  oldTable: string,
  newTable: string,
): DeferredStatement {
  return statement.table === oldTable ? { ...statement, table: newTable } : statement
}

/** Takes a statement, returns it with column `oldColumn` of `table` renamed. */
export function renameColumnReference(
  statement: DeferredStatement,
  table: string,
  oldColumn: string,
  newColumn: string,
): DeferredStatement {
  if (statement.table !== table || !statement.columns.includes(oldColumn)) return statement
  return { ...statement, columns: statement.columns.map((c) => (c === oldColumn ? newColumn : c)) }
}

const columnList = (columns: readonly string[]): string => columns.map(quoteName).join(', ')

/** `CREATE INDEX "<generated name>" ON "t" ("c")`: the index of a `db_index` field. */
export function fieldIndexStatement(table: string, column: string): DeferredStatement {
  return {
    table,
    columns: [column],
    render: (t, cs) =>
      `CREATE INDEX ${quoteName(createIndexName(t, cs))} ON ${quoteName(t)} (${columnList(cs)})`,
  }
}

/** `CREATE UNIQUE INDEX "<generated name>_uniq" ON "t" (…)`: a unique_together entry. */
export function uniqueTogetherStatement(table: string, columns: readonly string[]): DeferredStatement {
  return {
    table,
    columns,
    render: (t, cs) =>
      `CREATE UNIQUE INDEX ${quoteName(createIndexName(t, cs, '_uniq'))} ON ${quoteName(t)} (${columnList(cs)})`,
  }
}

/**
 * A named index (Meta.indexes, or a UniqueConstraint Django creates as an index): `unique`, the
 * columns each with an optional ` DESC`, and an optional `WHERE` condition already compiled.
 */
export function namedIndexStatement(
  table: string,
  name: string,
  columns: readonly string[],
  options: {
    readonly unique?: boolean
    readonly descending?: readonly boolean[]
    readonly condition?: string | null
    /** Index expressions already compiled (`(LOWER("title"))`), used instead of the columns. */
    readonly expressions?: readonly string[]
  } = {},
): DeferredStatement {
  return {
    table,
    columns,
    render: (t, cs) => {
      const cols =
        options.expressions !== undefined && options.expressions.length > 0
          ? options.expressions.join(', ')
          : cs.map((c, i) => `${quoteName(c)}${options.descending?.[i] ? ' DESC' : ''}`).join(', ')
      const where = options.condition ? ` WHERE ${options.condition}` : ''
      return `CREATE ${options.unique ? 'UNIQUE ' : ''}INDEX ${quoteName(name)} ON ${quoteName(t)} (${cols})${where}`
    },
  }
}
