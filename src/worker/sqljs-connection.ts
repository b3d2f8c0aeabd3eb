import type { Database, SqlJsStatic, SqlValue as SqlJsValue } from 'sql.js'
import { SqliteError, type QueryResult, type SqliteConnection, type SqlValue } from '../engine/connection'

function toSqlJs(value: SqlValue): SqlJsValue {
  if (typeof value === 'bigint') {
    if (value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER))
      return Number(value)
    return value.toString()
  }
  return value
}

/** What one statement of an ad-hoc script returned: its text, columns, rows (as text) and rows changed. */
export interface SqlOutcome {
  readonly sql: string
  readonly columns: readonly string[]
  readonly rows: readonly (readonly (string | null)[])[]
  readonly changes: number
}

/** The engine's SqliteConnection on a sql.js Database. */
export class SqlJsConnection implements SqliteConnection {
  readonly #db: Database
  readonly #version: string

  /** Takes an open sql.js database. */
  constructor(db: Database) {
    this.#db = db
    this.#version = String(db.exec('select sqlite_version()')[0]?.values[0]?.[0] ?? '')
  }

  /** Opens a database with sql.js: empty, or from the bytes of a database file. */
  static open(SQL: SqlJsStatic, bytes?: Uint8Array | null): SqlJsConnection {
    return new SqlJsConnection(bytes && bytes.length > 0 ? new SQL.Database(bytes) : new SQL.Database())
  }

  createFunction(name: string, fn: (...args: SqlValue[]) => SqlValue): void {
    const call = (args: SqlJsValue[]): SqlJsValue => {
      const result = fn(...args.map(fromSqlJs))
      return typeof result === 'bigint' ? Number(result) : result
    }
    // sql.js takes the function's arity from its declared parameters.
    const wrappers: Record<number, (...args: SqlJsValue[]) => SqlJsValue> = {
      1: (a) => call([a!]),
      2: (a, b) => call([a!, b!]),
      3: (a, b, c) => call([a!, b!, c!]),
      4: (a, b, c, d) => call([a!, b!, c!, d!]),
    }
    this.#db.create_function(name, wrappers[fn.length] ?? ((...args: SqlJsValue[]) => call(args)))
  }

  query(sql: string, params: readonly SqlValue[] = []): QueryResult {
    let stmt
    try {
      stmt = this.#db.prepare(sql)
    } catch (error) {
      throw new SqliteError(messageOf(error), sql)
    }
    try {
      stmt.bind(params.map(toSqlJs))
      const rows: SqlValue[][] = []
      const getRow = stmt.get.bind(stmt) as unknown as (
        params: null,
        config: { useBigInt: boolean },
      ) => (SqlJsValue | bigint)[]
      while (stmt.step()) rows.push(getRow(null, { useBigInt: true }).map(fromSqlJs))
      return { columns: stmt.getColumnNames(), rows }
    } catch (error) {
      throw new SqliteError(messageOf(error), sql)
    } finally {
      stmt.free()
    }
  }

  executeScript(sql: string): void {
    try {
      this.#db.exec(sql)
    } catch (error) {
      throw new SqliteError(messageOf(error), sql)
    }
  }

  changes(): number {
    return this.#db.getRowsModified()
  }

  lastInsertRowid(): number | bigint {
    const value = this.query('SELECT last_insert_rowid()').rows[0]?.[0]
    return typeof value === 'bigint' || typeof value === 'number' ? value : 0
  }

  begin(): void {
    this.executeScript('BEGIN')
  }

  commit(): void {
    this.executeScript('COMMIT')
  }

  rollback(): void {
    this.executeScript('ROLLBACK')
  }

  inTransaction(): boolean {
    // sql.js exposes no autocommit flag; SQLite refuses a BEGIN inside an open transaction.
    try {
      this.#db.exec('BEGIN; ROLLBACK')
      return false
    } catch {
      return true
    }
  }

  /** The file's bytes. sql.js closes and reopens the database to export it, so connection PRAGMAs reset. */
  exportBytes(): Uint8Array {
    return this.#db.export()
  }

  sqliteVersion(): string {
    return this.#version
  }

  /**
   * Runs a script statement by statement, telling `note` each statement's text, time and error; returns
   * each statement's outcome, and throws a SqliteError at the first failing statement.
   */
  run(script: string, note: (sql: string, ms: number, error?: string) => void): SqlOutcome[] {
    const outcomes: SqlOutcome[] = []
    let current = script
    try {
      for (const stmt of this.#db.iterateStatements(script)) {
        current = stmt.getSQL()
        const start = performance.now()
        const rows: (string | null)[][] = []
        try {
          while (stmt.step())
            rows.push(
              stmt
                .get()
                .map((value) =>
                  value === null
                    ? null
                    : value instanceof Uint8Array
                      ? `<${value.length} bytes>`
                      : String(value),
                ),
            )
        } catch (error) {
          note(current, performance.now() - start, messageOf(error))
          throw error
        }
        note(current, performance.now() - start)
        outcomes.push({
          sql: current,
          columns: stmt.getColumnNames(),
          rows,
          changes: this.#db.getRowsModified(),
        })
      }
    } catch (error) {
      throw new SqliteError(messageOf(error), current)
    }
    return outcomes
  }

  /** The sql.js database itself, for the sqlite3 shell (`dbshell`). */
  sqlJsDatabase(): Database {
    return this.#db
  }

  /** Closes the database. */
  close(): void {
    this.#db.close()
  }
}

function fromSqlJs(value: SqlJsValue | bigint): SqlValue {
  if (typeof value === 'bigint') {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(value)
      : value
  }
  return value
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
