import { createModel, alterDbTable, deleteModel } from './schema-model'
import { defaultLiteral } from './model-sql'
import { quoteName } from './quote'
import type { SqliteSchemaEditor } from './schema-editor'
import type { ColumnDef, TableModel } from './table-model'
import { objectKwarg } from './model-sql'
import { kwarg } from '../../migrations/field-state'
import { truthy } from '../../models/fields/field-attributes'

/** What a table rebuild changes: a column created, one deleted, columns altered (old → new). */
export interface RemakeChange {
  readonly create?: ColumnDef
  readonly delete?: ColumnDef
  readonly alter?: readonly (readonly [ColumnDef, ColumnDef])[]
  /**
   * Where altered columns go in the new table. Django orders a rebuilt table's fields by creation, so
   * by default they move to the end (or, when the target state was rendered first, right after the
   * auto-created key); `in-place` keeps their position (the table and field come from one state).
   */
  readonly placement?: 'in-place'
  /** The new model's column order, used to order several altered columns among themselves. */
  readonly order?: readonly string[]
}

function demoted(col: ColumnDef): ColumnDef {
  const unique = truthy(kwarg(col.field, 'unique'))
  return { ...col, primaryKey: false, unique }
}

/**
 * Rebuilds a table the way SQLite allows schema changes in general (Django's `_remake_table`): CREATE
 * TABLE "new__<table>" with the new definition, INSERT … SELECT the rows (a new column gets its
 * effective default, evaluated once; a column becoming NOT NULL gets `coalesce(old, default)`), DROP the
 * old table, RENAME the new one, then run every deferred statement. Under `migrate`, altered and added
 * columns move to the end of the table; sqlmigrate prints them in place.
 */
export function remakeTable(editor: SqliteSchemaEditor, model: TableModel, change: RemakeChange = {}): void {
  let body: ColumnDef[] = [...model.columns]
  const mapping = new Map<string, string>(
    model.columns.filter((c) => c.generated === null).map((c) => [c.column, quoteName(c.column)]),
  )
  const renames = new Map<string, string>()
  const alter = change.alter ?? []
  const introducesPk = change.create?.primaryKey === true || alter.some(([, n]) => n.primaryKey)
  if (introducesPk) {
    body = body.flatMap((col) => {
      if (!col.primaryKey || alter.some(([, n]) => n.name === col.name)) return [col]
      if (truthy(kwarg(col.field, 'auto_created'))) {
        mapping.delete(col.column)
        return []
      }
      return [demoted(col)]
    })
  }
  if (change.create !== undefined) {
    body.push(change.create)
    if (kwarg(change.create.field, 'db_default') === undefined && change.create.generated === null) {
      mapping.set(change.create.column, defaultLiteral(change.create, editor.defaults))
    }
  }
  for (const [oldCol, newCol] of alter) {
    const at = body.findIndex((c) => c.name === oldCol.name)
    mapping.delete(oldCol.column)
    if (change.placement === 'in-place' && at >= 0) body[at] = newCol
    else {
      if (at >= 0) body.splice(at, 1)
      body.push(newCol)
    }
    renames.set(oldCol.name, newCol.name)
    if (newCol.generated !== null) continue
    if (oldCol.null && !newCol.null) {
      mapping.set(
        newCol.column,
        `coalesce(${quoteName(oldCol.column)}, ${defaultLiteral(newCol, editor.defaults)})`,
      )
    } else {
      mapping.set(newCol.column, quoteName(oldCol.column))
    }
  }
  if (change.delete !== undefined) {
    const name = change.delete.name
    body = body.filter((c) => c.name !== name)
    mapping.delete(change.delete.column)
  }
  if (change.placement !== 'in-place') {
    const fresh = [change.create, ...alter.map(([, n]) => n)].filter((c) => c !== undefined)
    const rank = (c: ColumnDef) => change.order?.indexOf(c.name) ?? 0
    fresh.sort((a, b) => rank(a) - rank(b))
    const kept = body.filter((c) => !fresh.includes(c))
    body = editor.statesRendered ? [...kept, ...fresh] : newestFirst(kept, fresh)
  }
  const deletedName = change.delete?.name
  const newModel: TableModel = {
    ...model,
    dbTable: `new__${model.dbTable}`,
    columns: body,
    manyToMany: [],
    uniqueTogether: model.uniqueTogether.map((names) => names.map((n) => renames.get(n) ?? n)),
    indexes:
      deletedName === undefined
        ? model.indexes
        : model.indexes.filter((index) => !fieldsOf(index).includes(deletedName)),
  }
  createModel(editor, newModel)
  const columns = [...mapping.keys()].map(quoteName).join(', ')
  const values = [...mapping.values()].join(', ')
  editor.execute(
    `INSERT INTO ${quoteName(newModel.dbTable)} (${columns}) SELECT ${values} FROM ${quoteName(model.dbTable)}`,
  )
  deleteModel(editor, model, false)
  alterDbTable(editor, newModel.dbTable, model.dbTable)
  editor.flushDeferred()
}

function fieldsOf(index: Parameters<typeof objectKwarg>[0]): string[] {
  const fields = objectKwarg(index, 'fields')
  if (fields === undefined || (fields.kind !== 'list' && fields.kind !== 'tuple')) return []
  return fields.items.flatMap((i) => (i.kind === 'str' ? [i.value.replace(/^-/, '')] : []))
}

/** Orders columns as a model rendered from a fresh state orders them: auto-created ones, the new ones, the rest. */
function newestFirst(kept: readonly ColumnDef[], fresh: readonly ColumnDef[]): ColumnDef[] {
  const auto = kept.filter((c) => truthy(kwarg(c.field, 'auto_created')))
  return [...auto, ...fresh, ...kept.filter((c) => !auto.includes(c))]
}
