import type { SqliteConnection, SqlValue } from '../../../../src/engine/connection'

function cell(value: SqlValue): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d+)?$/.test(value))
    return '<now>'
  if (value instanceof Uint8Array) return `bytes:${[...value].join(',')}`
  return JSON.stringify(typeof value === 'bigint' ? value.toString() : value)
}

/** The database as a corpus case compares it: schema, applied migrations in row order, rows of every table. */
export function databaseState(connection: SqliteConnection): {
  schema: string[]
  applied: string[]
  rows: Record<string, string[]>
} {
  const schema = connection
    .query(
      "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .rows.map((r) => `${String(r[0])} ${String(r[1])} (${String(r[2])}): ${String(r[3])}`)
  const tables = connection
    .query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .rows.map((r) => String(r[0]))
  const applied = tables.includes('django_migrations')
    ? connection
        .query('SELECT app, name FROM django_migrations ORDER BY id')
        .rows.map((r) => `${String(r[0])}.${String(r[1])}`)
    : []
  const rows: Record<string, string[]> = {}
  for (const table of tables) {
    if (table === 'django_migrations') continue
    rows[table] = connection
      .query(`SELECT * FROM "${table}" ORDER BY rowid`)
      .rows.map((r) => r.map(cell).join(' | '))
  }
  return { schema, applied, rows }
}
