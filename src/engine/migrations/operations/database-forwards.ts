import {
  alterField,
  addField,
  type FieldSide,
  fieldSide,
  removeField,
  alterManyToMany,
} from '../../backends/sqlite/schema-field'
import {
  addConstraint,
  addIndex,
  alterUniqueTogether,
  removeConstraint,
  removeIndex,
  renameIndex,
} from '../../backends/sqlite/schema-index'
import { alterDbTable, createModel, deleteModel } from '../../backends/sqlite/schema-model'
import { type TableModel, tableModel, uniqueTogetherOf } from '../../backends/sqlite/table-model'
import type { Deconstructed } from '../../models/deconstructed'
import { fieldState, kwarg, withKwarg } from '../field-state'
import { getField, getOption, type ModelState } from '../model-state'
import type { ProjectState, RelatedField } from '../project-state'
import { assertNever } from '../../util/assert-never'
import { relationTarget } from '../../models/fields/relation'
import { isManyToMany, isPrimaryKey, stringKwarg } from '../../models/fields/field-attributes'
import type { DatabaseContext } from './database-context'
import { runSql } from './database-sql'
import { indexName } from './index-values'
import type { Operation, OperationOf } from './operation'
import { stateForwards } from './state-forwards'

/** The schema editor's model `(app, name)` of a state. */
export function modelIn(state: ProjectState, appLabel: string, name: string): TableModel {
  return tableModel(state, appLabel, name)
}

/** unique_together of a model state, or none. */
export function togetherOf(model: ModelState | undefined): string[][] {
  return model === undefined ? [] : uniqueTogetherOf(model)
}

/** The index or constraint called `name`. */
export function byName(items: readonly Deconstructed[], name: string): Deconstructed {
  const found = items.find((item) => indexName(item) === name)
  if (found === undefined) throw new RangeError(`No index or constraint named '${name}'`)
  return found
}

/** The tables whose foreign keys point at field `fieldName` of model `(app, name)`, as Django rebuilds them after a key type change. */
export function referringTables(
  state: ProjectState,
  appLabel: string,
  name: string,
  fieldName: string,
): TableModel[] {
  const target = state.getOrThrow(appLabel, name)
  const pk = isPrimaryKey(getField(target, fieldName) ?? fieldState('x'))
  const out: TableModel[] = []
  for (const model of state.models) {
    const self = model.appLabel === appLabel && model.name.toLowerCase() === name.toLowerCase()
    for (const [, field] of model.fields) {
      const ref = relationTarget(field, model.appLabel, model.name)
      if (ref === undefined || ref.appLabel !== appLabel || ref.modelLower !== name.toLowerCase()) continue
      const table = tableModel(state, model.appLabel, model.name)
      if (field.path.endsWith('ManyToManyField')) {
        if (!pk || kwarg(field, 'through') !== undefined) continue
        const m2m = table.manyToMany.find((m) => m.field === field)
        if (m2m?.through) out.push(m2m.through)
      } else if (!self && (stringKwarg(field, 'to_field') ?? (pk ? fieldName : undefined)) === fieldName) {
        if (!out.some((t) => t.dbTable === table.dbTable)) out.push(table)
      }
    }
  }
  if (pk) {
    const own = tableModel(state, appLabel, name)
    for (const m2m of own.manyToMany) {
      const ref = relationTarget(m2m.field, appLabel, name)
      const selfRef = ref?.appLabel === appLabel && ref.modelLower === name.toLowerCase()
      if (!selfRef && m2m.through !== null) out.push(m2m.through)
    }
  }
  return out
}

/** Alters field `oldName` of the model in `fromState` into field `newName` in `toState`. */
export function alterFieldBetween(
  ctx: DatabaseContext,
  fromState: ProjectState,
  toState: ProjectState,
  modelName: string,
  oldName: string,
  newName: string,
  override?: (side: FieldSide) => FieldSide,
): void {
  const fromModel = modelIn(fromState, ctx.appLabel, modelName)
  const toModel = modelIn(toState, ctx.appLabel, modelName)
  if (!toModel.migratable) return
  const oldSide = fieldSide(fromModel, oldName)
  let newSide = fieldSide(toModel, newName)
  if (override !== undefined) newSide = override(newSide)
  alterField(ctx.editor, fromModel, oldSide, newSide, () =>
    referringTables(toState, ctx.appLabel, modelName, newName),
  )
}

function withOperationDefault(
  side: FieldSide,
  op: OperationOf<'AddField'> | OperationOf<'AlterField'>,
): FieldSide {
  if (op.preserveDefault || side.kind !== 'column') return side
  const dflt = kwarg(op.field, 'default')
  if (dflt === undefined) return side
  return { kind: 'column', column: { ...side.column, field: withKwarg(side.column.field, 'default', dflt) } }
}

/**
 * Related fields in the order of Django's `_meta.related_objects`: model by model, each model's
 * column fields (`local_fields`) before its many-to-many fields.
 */
function djangoRelatedObjectsOrder(related: readonly RelatedField[]): RelatedField[] {
  const models: string[] = []
  for (const rel of related)
    if (!models.includes(`${rel.appLabel}.${rel.modelName}`)) models.push(`${rel.appLabel}.${rel.modelName}`)
  const rank = (rel: RelatedField) =>
    models.indexOf(`${rel.appLabel}.${rel.modelName}`) * 2 + (isManyToMany(rel.field) ? 1 : 0)
  return [...related].sort((a, b) => rank(a) - rank(b))
}

/** RenameModel's database side, from `oldName` to `newName`. */
export function renameModel(
  ctx: DatabaseContext,
  fromState: ProjectState,
  toState: ProjectState,
  oldName: string,
  newName: string,
): void {
  const newModel = modelIn(toState, ctx.appLabel, newName)
  if (!newModel.migratable) return
  const oldModel = modelIn(fromState, ctx.appLabel, oldName)
  alterDbTable(ctx.editor, oldModel.dbTable, newModel.dbTable)
  for (const rel of djangoRelatedObjectsOrder(fromState.relatedFields(ctx.appLabel, oldName))) {
    if (!rel.viaTo) continue
    const isSelf = rel.appLabel === ctx.appLabel && rel.modelName.toLowerCase() === oldName.toLowerCase()
    const relatedName = isSelf ? newName : rel.modelName
    const model = modelIn(toState, rel.appLabel, relatedName)
    const oldSide = fieldSide(modelIn(fromState, rel.appLabel, rel.modelName), rel.fieldName)
    const newSide = fieldSide(model, rel.fieldName)
    alterField(ctx.editor, model, oldSide, newSide, () => [], 'in-place')
  }
  for (const oldM2m of oldModel.manyToMany) {
    const newM2m = newModel.manyToMany.find((m) => m.name === oldM2m.name)
    if (newM2m === undefined || newM2m.through === null || oldM2m.through === null) continue
    const ref = relationTarget(newM2m.field, ctx.appLabel, newName)
    if (ref?.appLabel === ctx.appLabel && ref.modelLower === newName.toLowerCase()) continue
    alterManyToMany(ctx.editor, oldM2m, newM2m)
  }
}

/** AlterModelTable's database side. */
export function alterModelTable(
  ctx: DatabaseContext,
  fromState: ProjectState,
  toState: ProjectState,
  name: string,
): void {
  const newModel = modelIn(toState, ctx.appLabel, name)
  if (!newModel.migratable) return
  const oldModel = modelIn(fromState, ctx.appLabel, name)
  alterDbTable(ctx.editor, oldModel.dbTable, newModel.dbTable)
  for (const oldM2m of oldModel.manyToMany) {
    const newM2m = newModel.manyToMany.find((m) => m.name === oldM2m.name)
    if (newM2m?.through && oldM2m.through)
      alterDbTable(ctx.editor, oldM2m.through.dbTable, newM2m.through.dbTable)
  }
}

const ORDER_FIELD = fieldState('django.db.models.IntegerField', { default: { kind: 'int', value: 0n } })

/** AlterOrderWithRespectTo's database side: adds or removes the `_order` column. */
export function orderWithRespectTo(
  ctx: DatabaseContext,
  fromState: ProjectState,
  toState: ProjectState,
  name: string,
): void {
  const toModel = modelIn(toState, ctx.appLabel, name)
  if (!toModel.migratable) return
  const fromModel = modelIn(fromState, ctx.appLabel, name)
  const had = isSet(getOption(fromState.getOrThrow(ctx.appLabel, name), 'order_with_respect_to'))
  const has = isSet(getOption(toState.getOrThrow(ctx.appLabel, name), 'order_with_respect_to'))
  const withOrder = (model: TableModel): TableModel => ({
    ...model,
    columns: [
      ...model.columns,
      {
        ...model.columns[0]!,
        name: '_order',
        field: ORDER_FIELD,
        column: '_order',
        type: 'integer',
        check: null,
        suffix: null,
        null: false,
        primaryKey: false,
        unique: false,
        dbIndex: false,
        collation: null,
        references: null,
        target: null,
      },
    ],
  })
  if (had && !has) {
    const model = withOrder(fromModel)
    removeField(ctx.editor, model, fieldSide(model, '_order'))
  } else if (has && !had) {
    addField(ctx.editor, fromModel, fieldSide(withOrder(fromModel), '_order'))
  }
}

function isSet(value: Deconstructed | undefined): boolean {
  return value !== undefined && value.kind !== 'none'
}

/**
 * Applies an operation to the database (Django's `database_forwards`): `fromState` is the project state
 * before the operation, `toState` after it.
 */
export async function databaseForwards(
  op: Operation,
  ctx: DatabaseContext,
  fromState: ProjectState,
  toState: ProjectState,
): Promise<void> {
  const { appLabel, editor } = ctx
  switch (op.kind) {
    case 'CreateModel': {
      const model = modelIn(toState, appLabel, op.name)
      if (model.migratable) createModel(editor, model)
      return
    }
    case 'DeleteModel': {
      const model = modelIn(fromState, appLabel, op.name)
      if (model.migratable) deleteModel(editor, model)
      return
    }
    case 'RenameModel':
      return renameModel(ctx, fromState, toState, op.oldName, op.newName)
    case 'AlterModelTable':
      return alterModelTable(ctx, fromState, toState, op.name)
    case 'AlterModelTableComment':
    case 'AlterModelOptions':
    case 'AlterModelManagers':
    case 'AlterConstraint':
      return
    case 'AlterUniqueTogether': {
      const model = modelIn(toState, appLabel, op.name)
      if (!model.migratable) return
      alterUniqueTogether(
        editor,
        model,
        togetherOf(fromState.get(appLabel, op.name)),
        togetherOf(toState.get(appLabel, op.name)),
      )
      return
    }
    case 'AlterIndexTogether':
      return
    case 'AlterOrderWithRespectTo':
      return orderWithRespectTo(ctx, fromState, toState, op.name)
    case 'AddField': {
      const toModel = modelIn(toState, appLabel, op.modelName)
      if (!toModel.migratable) return
      const fromModel = modelIn(fromState, appLabel, op.modelName)
      addField(editor, fromModel, withOperationDefault(fieldSide(toModel, op.name), op))
      return
    }
    case 'RemoveField': {
      const fromModel = modelIn(fromState, appLabel, op.modelName)
      if (fromModel.migratable) removeField(editor, fromModel, fieldSide(fromModel, op.name))
      return
    }
    case 'AlterField':
      return alterFieldBetween(ctx, fromState, toState, op.modelName, op.name, op.name, (side) =>
        withOperationDefault(side, op),
      )
    case 'RenameField':
      return alterFieldBetween(ctx, fromState, toState, op.modelName, op.oldName, op.newName)
    case 'AddIndex': {
      const model = modelIn(toState, appLabel, op.modelName)
      if (model.migratable) addIndex(editor, model, op.index)
      return
    }
    case 'RemoveIndex': {
      const model = modelIn(fromState, appLabel, op.modelName)
      if (model.migratable) removeIndex(editor, byName(model.indexes, op.name))
      return
    }
    case 'RenameIndex': {
      const model = modelIn(toState, appLabel, op.modelName)
      if (!model.migratable) return
      const fromModel = modelIn(fromState, appLabel, op.modelName)
      if (op.oldName === null) return
      renameIndex(editor, model, byName(fromModel.indexes, op.oldName), byName(model.indexes, op.newName))
      return
    }
    case 'AddConstraint': {
      const model = modelIn(toState, appLabel, op.modelName)
      if (model.migratable) addConstraint(editor, model, op.constraint)
      return
    }
    case 'RemoveConstraint': {
      const model = modelIn(toState, appLabel, op.modelName)
      if (!model.migratable) return
      const fromModel = modelIn(fromState, appLabel, op.modelName)
      removeConstraint(editor, model, byName(fromModel.constraints, op.name))
      return
    }
    case 'RunSQL':
      runSql(editor, op.sql)
      return
    case 'RunPython':
      if (op.code.handle !== undefined) await ctx.host.runPython(op.code, fromState, editor)
      return
    case 'SeparateDatabaseAndState': {
      let state = fromState
      for (const dbOp of op.databaseOperations) {
        const next = stateForwards(dbOp, appLabel, state)
        await databaseForwards(dbOp, ctx, state, next)
        state = next
      }
      return
    }
    default:
      return assertNever(op)
  }
}
