import type { QueryResult, SqliteConnection, SqlValue } from '../engine/connection'

/** One statement the database ran: its text, parameters, how long it took, and the group it ran in. */
export interface StatementRecord {
  readonly sql: string
  readonly params: readonly string[]
  readonly ms: number
  /** The command and, during `migrate`, the migration being applied (`migrate · Applying library.0001_initial`). */
  readonly group: string
  /** SQLite's message when the statement failed. */
  readonly error?: string
  /** During `migrate`, the operation the statement belongs to (`Create model Author`), as sqlmigrate describes it. */
  readonly operation?: string
}

const HIDDEN = /^(BEGIN; ROLLBACK|SELECT last_insert_rowid\(\)|select sqlite_version\(\))$/

/**
 * A SqliteConnection that forwards to another one and records every statement with its timing, under
 * the group its owner sets (the command, and the migration `migrate` reports it is applying).
 */
export class RecordingConnection implements SqliteConnection {
  readonly #inner: SqliteConnection
  readonly #log: StatementRecord[]
  #group = ''

  /** Takes the connection to forward to and the list statements are appended to. */
  constructor(inner: SqliteConnection, log: StatementRecord[]) {
    this.#inner = inner
    this.#log = log
  }

  /** Sets the group later statements are recorded under. */
  setGroup(group: string): void {
    this.#group = group
  }

  #record<T>(sql: string, params: readonly SqlValue[], run: () => T): T {
    const start = performance.now()
    try {
      const value = run()
      this.#push(sql, params, performance.now() - start)
      return value
    } catch (error) {
      this.#push(
        sql,
        params,
        performance.now() - start,
        error instanceof Error ? error.message : String(error),
      )
      throw error
    }
  }

  /** Records a statement run outside this connection (the SQL box), with its timing and error. */
  note(sql: string, ms: number, error?: string): void {
    this.#push(sql, [], ms, error)
  }

  #push(sql: string, params: readonly SqlValue[], ms: number, error?: string): void {
    if (HIDDEN.test(sql)) return
    this.#log.push({
      sql,
      params: params.map((value) =>
        value instanceof Uint8Array ? `<${value.length} bytes>` : String(value),
      ),
      ms,
      group: this.#group,
      ...(error !== undefined ? { error } : {}),
    })
  }

  query(sql: string, params: readonly SqlValue[] = []): QueryResult {
    return this.#record(sql, params, () => this.#inner.query(sql, params))
  }

  executeScript(sql: string): void {
    this.#record(sql, [], () => this.#inner.executeScript(sql))
  }

  changes(): number {
    return this.#inner.changes()
  }

  lastInsertRowid(): number | bigint {
    return this.#inner.lastInsertRowid()
  }

  begin(): void {
    this.#record('BEGIN', [], () => this.#inner.begin())
  }

  commit(): void {
    this.#record('COMMIT', [], () => this.#inner.commit())
  }

  rollback(): void {
    this.#record('ROLLBACK', [], () => this.#inner.rollback())
  }

  inTransaction(): boolean {
    return this.#inner.inTransaction()
  }

  exportBytes(): Uint8Array {
    return this.#inner.exportBytes()
  }

  sqliteVersion(): string {
    return this.#inner.sqliteVersion()
  }
}
