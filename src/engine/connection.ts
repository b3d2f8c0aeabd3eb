/** A value SQLite stores or returns: INTEGER (number, or bigint beyond 2**53), REAL, TEXT, BLOB or NULL. */
export type SqlValue = number | bigint | string | Uint8Array | null

/** The rows a query returned, with the column names in select order. */
export interface QueryResult {
  readonly columns: readonly string[]
  readonly rows: readonly (readonly SqlValue[])[]
}

/**
 * The engine's only way to SQLite. The worker and the CLI implement it with sql.js; the engine never
 * imports sql.js itself. Every method throws a `SqliteError` carrying SQLite's own message.
 */
export interface SqliteConnection {
  /** Runs one statement with `?` parameters and returns its rows (empty for statements without any). */
  query(sql: string, params?: readonly SqlValue[]): QueryResult
  /** Runs one or more statements without parameters, as sqlite3's executescript does. */
  executeScript(sql: string): void
  /** Rows changed by the last INSERT, UPDATE or DELETE. */
  changes(): number
  /** The rowid of the last inserted row. */
  lastInsertRowid(): number | bigint
  /** BEGIN, COMMIT and ROLLBACK; `inTransaction` tells whether a transaction is open. */
  begin(): void
  commit(): void
  rollback(): void
  inTransaction(): boolean
  /** The whole database file as bytes (what `db.sqlite3` holds). */
  exportBytes(): Uint8Array
  /** SQLite's version string, e.g. `3.49.1`. */
  sqliteVersion(): string
  /** Registers a scalar SQL function (sqlite3's `create_function`), as Django's SQLite backend does for its date functions; optional. */
  createFunction?(name: string, fn: (...args: SqlValue[]) => SqlValue): void
}

/** An error raised by SQLite, with SQLite's message (`no such table: library_book`). */
export class SqliteError extends Error {
  override readonly name = 'SqliteError'
  /** Takes SQLite's message and the statement that failed. */
  constructor(
    message: string,
    readonly sql: string,
  ) {
    super(message)
  }
}
