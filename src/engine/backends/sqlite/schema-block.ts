import { DatabaseError } from './database-errors'
import { quoteName } from './quote'
import { type SchemaEditorOptions, SqliteSchemaEditor } from './schema-editor'

function pragma(editor: SqliteSchemaEditor, sql: string): (readonly unknown[])[] {
  return editor.run(sql)
}

/**
 * Django's `PRAGMA foreign_key_check` after a schema change: the first violation becomes
 * `IntegrityError: The row in table '…' with primary key '…' has an invalid foreign key: …`.
 */
export function checkConstraints(editor: SqliteSchemaEditor): void {
  const violations = pragma(editor, 'PRAGMA foreign_key_check')
  const first = violations[0]
  if (first === undefined) return
  const [table, rowid, referenced, fkIndex] = first as [string, number, string, number]
  const fk = pragma(editor, `PRAGMA foreign_key_list(${quoteName(table)})`)[fkIndex]!
  const column = String(fk[3])
  const referencedColumn = String(fk[4])
  const pk = pragma(editor, `PRAGMA table_info(${quoteName(table)})`).find((r) => r[5] === 1)
  const pkColumn = pk === undefined ? 'rowid' : String(pk[1])
  const row = editor.run(
    `SELECT ${quoteName(pkColumn)}, ${quoteName(column)} FROM ${quoteName(table)} WHERE rowid = %s`,
    [{ kind: 'int', value: BigInt(rowid) }],
  )[0]!
  throw new DatabaseError(
    'django.db.utils.IntegrityError',
    `The row in table '${table}' with primary key '${String(row[0])}' has an invalid foreign key: ${table}.${column} contains a value '${String(row[1])}' that does not have a corresponding value in ${referenced}.${referencedColumn}.`,
  )
}

/**
 * Runs `fn` inside a schema editor block as Django's SQLite `schema_editor()` does: foreign keys off,
 * BEGIN when atomic, then `fn`, `PRAGMA foreign_key_check`, the deferred statements, COMMIT and foreign
 * keys back on. A failure rolls the transaction back and turns foreign keys back on before it is rethrown.
 * In collect mode nothing touches the database's transaction state.
 */
export async function inSchemaEditor<T>(
  options: SchemaEditorOptions,
  fn: (editor: SqliteSchemaEditor) => Promise<T>,
): Promise<T> {
  const editor = new SqliteSchemaEditor(options)
  if (options.collectSql) {
    const result = await fn(editor)
    editor.flushDeferred()
    return result
  }
  const connection = options.connection
  connection.query('PRAGMA foreign_keys = OFF')
  connection.query('PRAGMA foreign_keys')
  const atomic = options.atomic && !connection.inTransaction()
  if (atomic) connection.begin()
  try {
    const result = await fn(editor)
    checkConstraints(editor)
    editor.flushDeferred()
    if (atomic) connection.commit()
    return result
  } catch (error) {
    if (atomic && connection.inTransaction()) connection.rollback()
    throw error
  } finally {
    connection.query('PRAGMA foreign_keys = ON')
  }
}
