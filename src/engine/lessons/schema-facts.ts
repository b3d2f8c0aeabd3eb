/** What a lesson's schema checks read from SQLite: tables, columns, indexes and named constraints. */
import type { SqliteConnection } from '../connection'

/** A column as `PRAGMA table_info` describes it. */
export interface ColumnFact {
  readonly name: string
  readonly type: string
  readonly notNull: boolean
}

/** An index with its columns in order. */
export interface IndexFact {
  readonly name: string
  readonly unique: boolean
  readonly columns: readonly string[]
}

/** Whether the table exists. */
export function tableExists(connection: SqliteConnection, table: string): boolean {
  return (
    connection.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).rows.length > 0
  )
}

/** Every table's name but SQLite's own, sorted. */
export function tableNames(connection: SqliteConnection): string[] {
  return connection
    .query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .rows.map((row) => String(row[0]))
}

/** The table's columns in order (empty when there is no such table). */
export function columnsOf(connection: SqliteConnection, table: string): ColumnFact[] {
  return connection
    .query('SELECT name, type, "notnull" FROM pragma_table_info(?)', [table])
    .rows.map((row) => ({ name: String(row[0]), type: String(row[1]), notNull: Number(row[2]) === 1 }))
}

/** The table's indexes, including those SQLite makes for UNIQUE and PRIMARY KEY constraints. */
export function indexesOf(connection: SqliteConnection, table: string): IndexFact[] {
  return connection.query('SELECT name, "unique" FROM pragma_index_list(?)', [table]).rows.map((row) => ({
    name: String(row[0]),
    unique: Number(row[1]) === 1,
    columns: connection
      .query('SELECT name FROM pragma_index_info(?) ORDER BY seqno', [String(row[0])])
      .rows.map((info) => String(info[0])),
  }))
}

/** The names of the table's named constraints: `CONSTRAINT "name"` clauses of its CREATE TABLE, and its indexes. */
export function constraintNames(connection: SqliteConnection, table: string): string[] {
  const sql = connection.query("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table])
    .rows[0]?.[0]
  const names: string[] = []
  if (typeof sql === 'string') {
    for (const match of sql.matchAll(/CONSTRAINT\s+(?:"((?:[^"]|"")*)"|`([^`]*)`|(\w+))/gi))
      names.push((match[1] ?? match[2] ?? match[3] ?? '').replace(/""/g, '"'))
  }
  return [...names, ...indexesOf(connection, table).map((index) => index.name)]
}
