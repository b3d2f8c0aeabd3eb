import type { Deconstructed } from '../../models/deconstructed'
import { deferredSql, uniqueTogetherStatement } from './deferred'
import { indexStatement, isIndexLikeUnique, objectName, uniqueIndexStatement } from './model-sql'
import { quoteName } from './quote'
import type { SqliteSchemaEditor } from './schema-editor'
import { DjangoValueError } from './schema-errors'
import { remakeTable } from './schema-remake'
import { columnOf, type TableModel } from './table-model'

const key = (names: readonly string[]): string => JSON.stringify(names)

/**
 * Changes unique_together (Django's `alter_unique_together`): drops the unique index of each removed
 * entry (found in the database) and creates one for each added entry, at once.
 */
export function alterUniqueTogether(
  editor: SqliteSchemaEditor,
  model: TableModel,
  olds: readonly (readonly string[])[],
  news: readonly (readonly string[])[],
): void {
  const newKeys = new Set(news.map(key))
  const oldKeys = new Set(olds.map(key))
  for (const names of olds) {
    if (newKeys.has(key(names))) continue
    const columns = names.map((n) => columnOf(model, n).column)
    const exclude = new Set([...model.indexes, ...model.constraints].map(objectName))
    const found = uniqueIndexNames(editor, model.dbTable, columns).filter((n) => !exclude.has(n))
    if (found.length !== 1) {
      throw new DjangoValueError(
        `Found wrong number (${found.length}) of constraints for ${model.dbTable}(${columns.join(', ')})`,
      )
    }
    editor.execute(`DROP INDEX ${quoteName(found[0]!)}`)
  }
  for (const names of news) {
    if (oldKeys.has(key(names))) continue
    const columns = names.map((n) => columnOf(model, n).column)
    editor.execute(deferredSql(uniqueTogetherStatement(model.dbTable, columns)))
  }
}

/** The unique indexes of a table over exactly `columns`, read from the database. */
function uniqueIndexNames(editor: SqliteSchemaEditor, table: string, columns: readonly string[]): string[] {
  const names: string[] = []
  for (const row of editor.run(`PRAGMA index_list(${quoteName(table)})`)) {
    const [, name, unique, origin] = row
    if (unique !== 1 || origin === 'pk') continue
    const cols = editor.run(`PRAGMA index_info(${quoteName(String(name))})`).map((r) => String(r[2]))
    if (cols.length === columns.length && cols.every((c, i) => c === columns[i])) names.push(String(name))
  }
  return names
}

/** Creates a Meta.indexes entry now (Django's `add_index`). */
export function addIndex(editor: SqliteSchemaEditor, model: TableModel, index: Deconstructed): void {
  editor.execute(deferredSql(indexStatement(model, index)))
}

/** Drops an index by name (Django's `remove_index`). */
export function removeIndex(editor: SqliteSchemaEditor, index: Deconstructed): void {
  editor.execute(`DROP INDEX ${quoteName(objectName(index))}`)
}

/** Renames an index: SQLite cannot, so Django drops the old one and creates the new one. */
export function renameIndex(
  editor: SqliteSchemaEditor,
  model: TableModel,
  oldIndex: Deconstructed,
  newIndex: Deconstructed,
): void {
  removeIndex(editor, oldIndex)
  addIndex(editor, model, newIndex)
}

/**
 * Adds a constraint (Django's SQLite `add_constraint`): a conditional/expression/include/deferrable
 * UniqueConstraint as CREATE UNIQUE INDEX; anything else by rebuilding the table of `model`, which
 * already holds the constraint.
 */
export function addConstraint(
  editor: SqliteSchemaEditor,
  model: TableModel,
  constraint: Deconstructed,
): void {
  if (isIndexLikeUnique(constraint)) editor.execute(deferredSql(uniqueIndexStatement(model, constraint)))
  else remakeTable(editor, model)
}

/** Removes a constraint: DROP INDEX for an index-like unique constraint, else rebuilds `model` (without it). */
export function removeConstraint(
  editor: SqliteSchemaEditor,
  model: TableModel,
  constraint: Deconstructed,
): void {
  if (isIndexLikeUnique(constraint)) editor.execute(`DROP INDEX ${quoteName(objectName(constraint))}`)
  else remakeTable(editor, model)
}
