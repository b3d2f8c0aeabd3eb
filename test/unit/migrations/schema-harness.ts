import initSqlJs, { type SqlJsStatic } from 'sql.js'
import {
  SqliteError,
  type QueryResult,
  type SqliteConnection,
  type SqlValue,
} from '../../../src/engine/connection'
import { MemoryFiles } from '../../../src/engine/files'
import { manage } from '../../../src/engine/management/manage'
import type { Migration } from '../../../src/engine/migrations/migration'
import type { ProjectLoader } from '../../../src/engine/migrations/project-loader'
import type { ProjectState } from '../../../src/engine/migrations/project-state'
import { SqlJsConnection } from '../../../src/worker/sqljs-connection'

let sql: SqlJsStatic | null = null

/** sql.js, loaded once per test file. */
export async function sqlJs(): Promise<SqlJsStatic> {
  sql ??= await initSqlJs()
  return sql
}

/**
 * A real sql.js connection that records every statement it runs (BEGIN/COMMIT/ROLLBACK included) and can
 * be told to fail the Nth recorded statement with a SQLite-like error.
 */
export class TracingConnection implements SqliteConnection {
  readonly log: string[] = []
  failAt: number | null = null
  constructor(readonly inner: SqlJsConnection) {}

  #trace(sql: string): void {
    this.log.push(sql)
    if (this.failAt !== null && this.log.length === this.failAt)
      throw new SqliteError(`injected failure at statement ${this.failAt}`, sql)
  }

  query(text: string, params: readonly SqlValue[] = []): QueryResult {
    this.#trace(text)
    return this.inner.query(text, params)
  }
  executeScript(text: string): void {
    this.#trace(text)
    this.inner.executeScript(text)
  }
  changes(): number {
    return this.inner.changes()
  }
  lastInsertRowid(): number | bigint {
    return this.inner.lastInsertRowid()
  }
  begin(): void {
    this.#trace('BEGIN')
    this.inner.begin()
  }
  commit(): void {
    this.#trace('COMMIT')
    this.inner.commit()
  }
  rollback(): void {
    this.log.push('ROLLBACK')
    this.inner.rollback()
  }
  inTransaction(): boolean {
    return this.inner.inTransaction()
  }
  exportBytes(): Uint8Array {
    return this.inner.exportBytes()
  }
  sqliteVersion(): string {
    return this.inner.sqliteVersion()
  }
}

/** Opens an empty traced database. */
export async function tracedDatabase(): Promise<TracingConnection> {
  return new TracingConnection(SqlJsConnection.open(await sqlJs()))
}

/** The statements of a trace that change the schema or rows (no reads, no PRAGMAs, no django_migrations reads). */
export function writes(log: readonly string[]): string[] {
  return log.filter((s) => !/^\s*(SELECT|PRAGMA)/i.test(s))
}

/** The schema and rows of a database, for comparing before and after. */
export function snapshot(connection: SqliteConnection): {
  schema: string[]
  rows: Record<string, unknown[]>
} {
  const schema = connection
    .query("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .rows.map((r) => `${r[0]} ${r[1]}: ${r[2]}`)
  const rows: Record<string, unknown[]> = {}
  for (const [name] of connection.query(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  ).rows) {
    const table = String(name)
    rows[table] = connection
      .query(`SELECT * FROM "${table}" ORDER BY rowid`)
      .rows.map((r) => (table === 'django_migrations' ? [r[1], r[2]] : r))
  }
  return { schema, rows }
}

/** A project loader serving fixed migrations and models, standing in for the bridge. */
export function fixedProject(
  apps: readonly string[],
  migrations: readonly Migration[],
  models: ProjectState,
): ProjectLoader {
  return {
    modelsState: async () => ({ kind: 'models', state: models, checkOutput: '' }),
    migrations: async () => ({ kind: 'migrations', packages: apps, migrations }),
    evaluateDefault: async () => ({ ok: false, error: 'not available' }),
  }
}

/** Runs `manage.py <argv>` on the connection with fixed migrations; returns status, stdout and stderr. */
export async function runManage(
  connection: SqliteConnection,
  apps: readonly string[],
  migrations: readonly Migration[],
  models: ProjectState,
  argv: readonly string[],
  now = new Date('2026-11-25T15:21:18.874Z'),
): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const files = new MemoryFiles(
    Object.fromEntries(
      apps.flatMap((a) => [
        [`${a}/models.py`, ''],
        [`${a}/migrations/__init__.py`, ''],
      ]),
    ),
  )
  const status = await manage(argv, {
    files,
    connection: () => connection,
    io: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readLine: async () => null },
    clock: { now: () => now },
    project: fixedProject(apps, migrations, models),
  })
  return { status, stdout, stderr }
}
