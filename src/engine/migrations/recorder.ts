import type { SqliteConnection } from '../connection'
import { inSchemaEditor } from '../backends/sqlite/schema-block'
import { databaseError } from '../backends/sqlite/database-errors'
import type { Clock } from '../io'
import type { MigrationKey } from './exceptions'

/** A row of `django_migrations`. */
export interface AppliedMigration {
  readonly id: number
  readonly app: string
  readonly name: string
  /** The `applied` column as stored: `2026-11-25 14:18:58.745739` (UTC). */
  readonly applied: string
}

/** The CREATE TABLE Django runs for `django_migrations`. */
export const DJANGO_MIGRATIONS_TABLE_SQL =
  'CREATE TABLE "django_migrations" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "app" varchar(255) NOT NULL, "name" varchar(255) NOT NULL, "applied" datetime NOT NULL)'

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** Takes an instant, returns it as Django stores an aware datetime on SQLite (UTC, microseconds only when non-zero). */
export function storedDatetime(date: Date): string {
  const base = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
  const us = date.getUTCMilliseconds() * 1000
  return us === 0 ? base : `${base}.${pad(us, 6)}`
}

/** Takes a key, returns the lookup id the recorder's maps use (`app.name`). */
export function appliedId(key: MigrationKey): string {
  return `${key[0]}\u0000${key[1]}`
}

/**
 * The only code that touches `django_migrations` (Django's MigrationRecorder): creates it on first use,
 * lists applied migrations, inserts a row when a migration is applied and deletes it when unapplied.
 */
export class MigrationRecorder {
  readonly #connection: SqliteConnection
  readonly #clock: Clock
  #hasTable = false

  /** Takes the database and the clock that stamps `applied`. */
  constructor(connection: SqliteConnection, clock: Clock) {
    this.#connection = connection
    this.#clock = clock
  }

  /** Whether `django_migrations` exists. */
  hasTable(): boolean {
    if (this.#hasTable) return true
    const rows = this.#connection.query(
      "SELECT name FROM sqlite_master WHERE type in ('table', 'view') AND NOT name='sqlite_sequence' AND name = 'django_migrations'",
    ).rows
    this.#hasTable = rows.length > 0
    return this.#hasTable
  }

  /** Creates `django_migrations` in its own schema-editor transaction unless it exists. */
  async ensureSchema(): Promise<void> {
    if (this.hasTable()) return
    await inSchemaEditor(
      { connection: this.#connection, collectSql: false, atomic: true, defaults: this.#clock },
      async (editor) => editor.execute(DJANGO_MIGRATIONS_TABLE_SQL),
    )
    this.#hasTable = true
  }

  /** Every applied migration by `appliedId`, in row order; empty when the table does not exist. */
  appliedMigrations(): Map<string, AppliedMigration> {
    const applied = new Map<string, AppliedMigration>()
    if (!this.hasTable()) return applied
    const rows = this.#connection.query(
      'SELECT "django_migrations"."id", "django_migrations"."app", "django_migrations"."name", "django_migrations"."applied" FROM "django_migrations"',
    ).rows
    for (const [id, app, name, stamp] of rows) {
      const row = { id: Number(id), app: String(app), name: String(name), applied: String(stamp) }
      applied.set(appliedId([row.app, row.name]), row)
    }
    return applied
  }

  /** Inserts the row for an applied migration (creating the table first if needed), with Django's statement. */
  async recordApplied(app: string, name: string): Promise<void> {
    await this.ensureSchema()
    try {
      this.#connection.query(
        'INSERT INTO "django_migrations" ("app", "name", "applied") VALUES (?, ?, ?) RETURNING "django_migrations"."id"',
        [app, name, storedDatetime(this.#clock.now())],
      )
    } catch (error) {
      throw databaseError(error)
    }
  }

  /** Deletes the rows of an unapplied migration. */
  async recordUnapplied(app: string, name: string): Promise<void> {
    await this.ensureSchema()
    try {
      this.#connection.query(
        'DELETE FROM "django_migrations" WHERE ("django_migrations"."app" = ? AND "django_migrations"."name" = ?)',
        [app, name],
      )
    } catch (error) {
      throw databaseError(error)
    }
  }

  /** Deletes every row (Django's `flush`). */
  flush(): void {
    this.#connection.query('DELETE FROM "django_migrations"')
  }
}
