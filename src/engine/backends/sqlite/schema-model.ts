import { modelIndexes, tableSql } from './model-sql'
import { quoteName } from './quote'
import type { SqliteSchemaEditor } from './schema-editor'
import type { TableModel } from './table-model'

/**
 * Creates a model's table (Django's `create_model`): CREATE TABLE now; its unique_together, index-like
 * unique constraints, field indexes and Meta.indexes deferred; then the automatic many-to-many tables.
 */
export function createModel(editor: SqliteSchemaEditor, model: TableModel): void {
  const { sql, deferred } = tableSql(model)
  editor.execute(sql)
  editor.defer(deferred)
  editor.defer(modelIndexes(model))
  for (const m2m of model.manyToMany) if (m2m.through !== null) createModel(editor, m2m.through)
}

/** Drops a model's table after its automatic many-to-many tables (Django's `delete_model`). */
export function deleteModel(
  editor: SqliteSchemaEditor,
  model: TableModel,
  handleAutoManyToMany = true,
): void {
  if (handleAutoManyToMany) {
    for (const m2m of model.manyToMany) if (m2m.through !== null) deleteModel(editor, m2m.through)
  }
  editor.execute(`DROP TABLE ${quoteName(model.dbTable)}`)
  editor.forgetTable(model.dbTable)
}

/** Renames a table (`ALTER TABLE … RENAME TO`) unless the names are equal ignoring case. */
export function alterDbTable(editor: SqliteSchemaEditor, oldTable: string, newTable: string): void {
  if (oldTable.toLowerCase() === newTable.toLowerCase()) return
  editor.execute(`ALTER TABLE ${quoteName(oldTable)} RENAME TO ${quoteName(newTable)}`)
  editor.renameTable(oldTable, newTable)
}
