import type { SqliteConnection, SqlValue } from '../engine/connection'

/** A column as SQLite declares it. */
export interface ColumnInfo {
  readonly name: string
  readonly type: string
  readonly nullable: boolean
  readonly default: string | null
  readonly primaryKey: boolean
  /** `table.column` this column references, or null. */
  readonly references: string | null
}

/** An index: its name, columns, and whether it is unique. */
export interface IndexInfo {
  readonly name: string
  readonly columns: readonly string[]
  readonly unique: boolean
}

/** A table of the database with its columns, indexes, constraints (CHECK and UNIQUE clauses) and row count. */
export interface TableInfo {
  readonly name: string
  readonly columns: readonly ColumnInfo[]
  readonly indexes: readonly IndexInfo[]
  readonly constraints: readonly string[]
  readonly rowCount: number
  readonly sql: string
}

/** A page of rows; values are shown as text (null stays null). */
export interface RowsPage {
  readonly columns: readonly string[]
  readonly rows: readonly (readonly (string | null)[])[]
  readonly total: number
  readonly offset: number
}

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}

function text(value: SqlValue | undefined): string | null {
  if (value === null || value === undefined) return null
  if (value instanceof Uint8Array) return `<${value.length} bytes>`
  return String(value)
}

/** The CHECK and UNIQUE/named CONSTRAINT clauses of a CREATE TABLE statement. */
function constraintsOf(sql: string): string[] {
  const found: string[] = []
  const pattern = /(CONSTRAINT\s+"[^"]+"\s+)?(CHECK|UNIQUE)\s*\(/gi
  for (let match = pattern.exec(sql); match !== null; match = pattern.exec(sql)) {
    let depth = 0
    let end = match.index + match[0].length - 1
    for (; end < sql.length; end++) {
      if (sql[end] === '(') depth++
      if (sql[end] === ')' && --depth === 0) break
    }
    found.push(sql.slice(match.index, end + 1))
    pattern.lastIndex = end + 1
  }
  return found
}

/** Takes a connection, returns every user table (sqlite_ tables excluded) in name order. */
export function describeTables(connection: SqliteConnection): TableInfo[] {
  const tables = connection.query(
    "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  ).rows
  return tables.map(([name, sql]) => {
    const table = String(name)
    const references = new Map<string, string>()
    for (const row of connection.query(`PRAGMA foreign_key_list(${quote(table)})`).rows) {
      references.set(String(row[3]), `${String(row[2])}.${String(row[4])}`)
    }
    const columns = connection.query(`PRAGMA table_info(${quote(table)})`).rows.map((row) => ({
      name: String(row[1]),
      type: String(row[2]),
      nullable: Number(row[3]) === 0,
      default: text(row[4]),
      primaryKey: Number(row[5]) > 0,
      references: references.get(String(row[1])) ?? null,
    }))
    const indexes = connection.query(`PRAGMA index_list(${quote(table)})`).rows.map((row) => ({
      name: String(row[1]),
      unique: Number(row[2]) === 1,
      columns: connection.query(`PRAGMA index_info(${quote(String(row[1]))})`).rows.map((c) => String(c[2])),
    }))
    const rowCount = Number(connection.query(`SELECT count(*) FROM ${quote(table)}`).rows[0]?.[0] ?? 0)
    return {
      name: table,
      columns,
      indexes,
      constraints: constraintsOf(String(sql ?? '')),
      rowCount,
      sql: String(sql ?? ''),
    }
  })
}

/** Takes a table name, an offset and a page size, returns that page of its rows in rowid order when it has one. */
export function tableRows(
  connection: SqliteConnection,
  table: string,
  offset: number,
  limit: number,
): RowsPage {
  const total = Number(connection.query(`SELECT count(*) FROM ${quote(table)}`).rows[0]?.[0] ?? 0)
  const result = connection.query(`SELECT * FROM ${quote(table)} LIMIT ? OFFSET ?`, [limit, offset])
  return { columns: result.columns, rows: result.rows.map((row) => row.map(text)), total, offset }
}
