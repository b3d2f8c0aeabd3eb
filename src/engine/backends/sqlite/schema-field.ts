import { type FieldState, fieldStatesEqual, kwarg } from '../../migrations/field-state'
import { relationTarget } from '../../models/fields/relation'
import { effectiveDefault } from './effective-default'
import { columnSql, fieldIndexes, referencesSql } from './model-sql'
import { quoteName } from './quote'
import type { SqliteSchemaEditor } from './schema-editor'
import { createModel, deleteModel } from './schema-model'
import { remakeTable } from './schema-remake'
import type { ColumnDef, ManyToManyDef, TableModel } from './table-model'
import { DjangoValueError } from './schema-errors'

/** A field as an alter/add/remove sees it: its column, or its many-to-many table. */
export type FieldSide =
  | { readonly kind: 'column'; readonly column: ColumnDef }
  | { readonly kind: 'm2m'; readonly m2m: ManyToManyDef }

/** Finds a field of a table model by name, as a FieldSide; throws naming it when missing. */
export function fieldSide(model: TableModel, name: string): FieldSide {
  const column = model.columns.find((c) => c.name === name)
  if (column !== undefined) return { kind: 'column', column }
  const m2m = model.manyToMany.find((m) => m.name === name)
  if (m2m !== undefined) return { kind: 'm2m', m2m }
  throw new RangeError(`${model.name} has no field named '${name}'`)
}

/**
 * Adds a field (Django's SQLite `add_field`): an automatic many-to-many table is created, a many-to-many
 * field with an explicit `through` rebuilds the table unchanged (as Django does); a nullable,
 * non-unique column without default is added with ALTER TABLE ADD COLUMN (its index deferred);
 * anything else rebuilds the table.
 */
export function addField(editor: SqliteSchemaEditor, model: TableModel, side: FieldSide): void {
  if (side.kind === 'm2m') {
    if (side.m2m.through !== null) createModel(editor, side.m2m.through)
    else remakeTable(editor, model)
    return
  }
  const col = side.column
  const dbDefault = kwarg(col.field, 'db_default')
  const constantDbDefault =
    dbDefault === undefined || dbDefault.kind !== 'deconstructible' || /Value$/.test(dbDefault.path)
  if (
    col.primaryKey ||
    col.unique ||
    !col.null ||
    effectiveDefault(col.field, editor.defaults).kind !== 'none' ||
    !constantDbDefault
  ) {
    remakeTable(editor, model, { create: col })
    return
  }
  let definition = columnSql(col, effectiveDefault(col.field, editor.defaults))
  if (col.suffix !== null) definition += ` ${col.suffix}`
  if (col.check !== null) definition += ` CHECK (${col.check})`
  if (col.references !== null) definition += ` ${referencesSql(col)}`
  editor.execute(`ALTER TABLE ${quoteName(model.dbTable)} ADD COLUMN ${quoteName(col.column)} ${definition}`)
  editor.defer(fieldIndexes(model, col))
}

/**
 * Removes a field (Django's SQLite `remove_field`): an automatic many-to-many table is dropped; a plain
 * column (not key, unique, indexed or a foreign key) goes with ALTER TABLE DROP COLUMN; anything else
 * rebuilds the table.
 */
export function removeField(editor: SqliteSchemaEditor, model: TableModel, side: FieldSide): void {
  if (side.kind === 'm2m') {
    if (side.m2m.through !== null) deleteModel(editor, side.m2m.through)
    return
  }
  const col = side.column
  if (!col.primaryKey && !col.unique && !col.dbIndex && col.references === null) {
    editor.execute(`ALTER TABLE ${quoteName(model.dbTable)} DROP COLUMN ${quoteName(col.column)}`)
    editor.forgetColumn(model.dbTable, col.column)
    return
  }
  remakeTable(editor, model, { delete: col })
}

/** Options that never change the database (Django's `non_db_attrs`). */
const NON_DB_ATTRS = new Set([
  'blank',
  'choices',
  'db_column',
  'editable',
  'error_messages',
  'help_text',
  'limit_choices_to',
  'on_delete',
  'related_name',
  'related_query_name',
  'validators',
  'verbose_name',
])

function dbShape(field: FieldState, appLabel: string, modelName: string): FieldState {
  const kwargs: Record<string, FieldState['kwargs'][string]> = {}
  for (const [name, value] of Object.entries(field.kwargs)) if (!NON_DB_ATTRS.has(name)) kwargs[name] = value
  const target = relationTarget(field, appLabel, modelName)
  if (target !== undefined) kwargs.to = { kind: 'str', value: `${target.appLabel}.${target.modelLower}` }
  return { path: field.path, args: field.args, kwargs }
}

function sideField(side: FieldSide): FieldState {
  return side.kind === 'column' ? side.column.field : side.m2m.field
}

function sideColumn(side: FieldSide): string | null {
  return side.kind === 'column' ? side.column.column : null
}

/** Whether altering `oldSide` into `newSide` touches the database (Django's `_field_should_be_altered`). */
export function fieldShouldBeAltered(model: TableModel, oldSide: FieldSide, newSide: FieldSide): boolean {
  if (sideColumn(oldSide) !== sideColumn(newSide)) return true
  const a = dbShape(sideField(oldSide), model.appLabel, model.name)
  const b = dbShape(sideField(newSide), model.appLabel, model.name)
  return !fieldStatesEqual(a, b)
}

/**
 * Alters a field (Django's `alter_field` on SQLite): nothing when only non-database options changed;
 * many-to-many tables repointed; RENAME COLUMN when only the column name changed and no foreign key
 * is involved; otherwise the table is rebuilt, and when a unique/primary key column changed type the
 * tables referring to it (given by `referrers`) are rebuilt too.
 */
export function alterField(
  editor: SqliteSchemaEditor,
  model: TableModel,
  oldSide: FieldSide,
  newSide: FieldSide,
  referrers: () => readonly TableModel[] = () => [],
  placement?: 'in-place',
): void {
  if (!fieldShouldBeAltered(model, oldSide, newSide)) return
  const autoThroughs = [oldSide, newSide].map((side) => side.kind === 'm2m' && side.m2m.through !== null)
  if (oldSide.kind === 'm2m' && newSide.kind === 'm2m' && autoThroughs[0] && autoThroughs[1]) {
    alterManyToMany(editor, oldSide.m2m, newSide.m2m)
    return
  }
  if (oldSide.kind === 'm2m' && newSide.kind === 'm2m' && !autoThroughs[0] && !autoThroughs[1]) return
  if (oldSide.kind === 'm2m' || newSide.kind === 'm2m') {
    const describe = (s: FieldSide) =>
      `${model.appLabel}.${model.name}.${s.kind === 'column' ? s.column.name : s.m2m.name}`
    throw new DjangoValueError(
      `Cannot alter field ${describe(oldSide)} into ${describe(newSide)} - they are not compatible types (you cannot alter to or from M2M fields, or add or remove through= on M2M fields)`,
    )
  }
  const oldCol = oldSide.column
  const newCol = newSide.column
  if (
    oldCol.column !== newCol.column &&
    columnSql(oldCol) === columnSql(newCol) &&
    oldCol.references === null &&
    newCol.references === null
  ) {
    editor.execute(
      `ALTER TABLE ${quoteName(model.dbTable)} RENAME COLUMN ${quoteName(oldCol.column)} TO ${quoteName(newCol.column)}`,
    )
    return
  }
  remakeTable(
    editor,
    model,
    placement === undefined ? { alter: [[oldCol, newCol]] } : { alter: [[oldCol, newCol]], placement },
  )
  if (newCol.unique && (oldCol.type !== newCol.type || oldCol.collation !== newCol.collation)) {
    for (const related of referrers()) remakeTable(editor, related)
  }
}

/**
 * Repoints an automatic many-to-many table (Django's `_alter_many_to_many`): the same table is rebuilt
 * with its two columns altered; a renamed table is created, filled and the old one dropped.
 */
export function alterManyToMany(
  editor: SqliteSchemaEditor,
  oldM2m: ManyToManyDef,
  newM2m: ManyToManyDef,
): void {
  const oldThrough = oldM2m.through!
  const newThrough = newM2m.through!
  const [, oldFrom, oldTo] = oldThrough.columns
  const [, newFrom, newTo] = newThrough.columns
  if (oldThrough.dbTable === newThrough.dbTable) {
    remakeTable(editor, oldThrough, {
      alter: [
        [oldTo!, newTo!],
        [oldFrom!, newFrom!],
      ],
      order: newThrough.columns.map((c) => c.name),
    })
    return
  }
  createModel(editor, newThrough)
  editor.execute(
    `INSERT INTO ${quoteName(newThrough.dbTable)} (id, ${newFrom!.column}, ${newTo!.column}) SELECT id, ${oldFrom!.column}, ${oldTo!.column} FROM ${quoteName(oldThrough.dbTable)}`,
  )
  deleteModel(editor, oldThrough)
}
