import { LARGE_TABLE_ROWS } from '../finding'
import { finding, type OperationRule, rowsNote } from '../operation-context'

const REBUILD = /^CREATE TABLE "new__([^"]+)"/

/**
 * sqlite-table-rebuild: the operation's SQLite SQL copies the table into a new one (`new__<table>`),
 * which SQLite needs for most ALTERs. Info on a small or uncounted table, a warning from LARGE_TABLE_ROWS.
 */
export const tableRebuild: OperationRule = (context) =>
  context.sql.flatMap((statement) => {
    const match = REBUILD.exec(statement)
    if (match === null) return []
    const table = match[1]!
    const rows = context.rowCounts?.get(table)
    const copied = rows === undefined ? 'every row' : rows === 1 ? '1 row' : `${rows} rows`
    return [
      finding(
        context,
        'sqlite-table-rebuild',
        rows !== undefined && rows >= LARGE_TABLE_ROWS ? 'warning' : 'info',
        `On SQLite this operation rebuilds "${table}"${rowsNote(rows)}: it creates "new__${table}", copies ${copied} into it, drops the old table and renames the new one. The whole table is rewritten while the migration holds the database's write lock.`,
        [
          'Run it when the table is small or traffic is low; the copy takes time proportional to the rows.',
          'Group several changes to the same table in one migration: Django rebuilds it once per operation.',
          'On PostgreSQL most of these changes are done in place with ALTER TABLE instead of a copy.',
        ],
      ),
    ]
  })
