import { type Deconstructed, NONE, str } from '../../models/deconstructed'
import { assertNever } from '../../util/assert-never'
import { type FieldState, withKwarg, withoutKwarg } from '../field-state'
import {
  type FieldEntry,
  getOption,
  modelState,
  type ModelState,
  withModelChanges,
  withOption,
} from '../model-state'
import { type ProjectState, StateLookupError } from '../project-state'
import { indexName, itemsOf, withDeconstructibleKwarg } from './index-values'
import { ALTER_OPTION_KEYS, type Operation } from './operation'
import { relationTarget } from '../../models/fields/relation'

/** Raised when an operation names a field its model does not have (Django's `FieldDoesNotExist`). */
export class FieldDoesNotExist extends Error {
  override readonly name = 'FieldDoesNotExist'
  /** Takes Django's message, e.g. `library.book has no field named 'title'`. */
  constructor(message: string) {
    super(message)
  }
}

const strOrNone = (value: string | null): Deconstructed => (value === null ? NONE : str(value))

function mapFields(model: ModelState, fn: (entry: FieldEntry) => FieldEntry): ModelState {
  return withModelChanges(model, { fields: model.fields.map(fn) })
}

function withoutDefaultUnlessPreserved(field: FieldState, preserveDefault: boolean): FieldState {
  return preserveDefault ? field : withoutKwarg(field, 'default')
}

function withListOption(model: ModelState, name: string, items: readonly Deconstructed[]): ModelState {
  return withOption(model, name, { kind: 'list', items })
}

/**
 * Applies an operation of app `appLabel` to a project state (Django's `state_forwards`) and returns the new
 * state; the given state is left unchanged. Throws StateLookupError/FieldDoesNotExist for unknown models or fields.
 */
export function stateForwards(op: Operation, appLabel: string, state: ProjectState): ProjectState {
  switch (op.kind) {
    case 'CreateModel':
      return state.withModel(
        modelState({
          appLabel,
          name: op.name,
          fields: op.fields,
          options: op.options,
          bases: op.bases,
          managers: op.managers,
        }),
      )
    case 'DeleteModel':
      return state.withoutModel(appLabel, op.name)
    case 'RenameModel':
      return state.renameModel(appLabel, op.oldName, op.newName)
    case 'AlterModelTable':
      return state.updateModel(appLabel, op.name, (m) => withOption(m, 'db_table', strOrNone(op.table)))
    case 'AlterModelTableComment':
      return state.updateModel(appLabel, op.name, (m) =>
        withOption(m, 'db_table_comment', strOrNone(op.tableComment)),
      )
    case 'AlterUniqueTogether':
      return state.updateModel(appLabel, op.name, (m) => withOption(m, 'unique_together', op.uniqueTogether))
    case 'AlterIndexTogether':
      return state.updateModel(appLabel, op.name, (m) => withOption(m, 'index_together', op.indexTogether))
    case 'AlterOrderWithRespectTo':
      return state.updateModel(appLabel, op.name, (m) =>
        withOption(m, 'order_with_respect_to', strOrNone(op.orderWithRespectTo)),
      )
    case 'AlterModelOptions':
      return state.updateModel(appLabel, op.name, (m) => {
        const options: Record<string, Deconstructed> = { ...m.options, ...op.options }
        for (const key of ALTER_OPTION_KEYS) if (!(key in op.options)) delete options[key]
        return withModelChanges(m, { options })
      })
    case 'AlterModelManagers':
      return state.updateModel(appLabel, op.name, (m) => withModelChanges(m, { managers: op.managers }))
    case 'AddField':
      return state.updateModel(appLabel, op.modelName, (m) => {
        const field = withoutDefaultUnlessPreserved(op.field, op.preserveDefault)
        const fields = m.fields.some(([n]) => n === op.name)
          ? m.fields.map(([n, f]): FieldEntry => [n, n === op.name ? field : f])
          : [...m.fields, [op.name, field] as const]
        return withModelChanges(m, { fields })
      })
    case 'RemoveField':
      return state.updateModel(appLabel, op.modelName, (m) => {
        requireField(m, op.name)
        return withModelChanges(m, { fields: m.fields.filter(([n]) => n !== op.name) })
      })
    case 'AlterField':
      return state.updateModel(appLabel, op.modelName, (m) => {
        requireField(m, op.name)
        const field = withoutDefaultUnlessPreserved(op.field, op.preserveDefault)
        return mapFields(m, ([n, f]) => [n, n === op.name ? field : f])
      })
    case 'RenameField':
      return renameField(state, appLabel, op.modelName, op.oldName, op.newName)
    case 'AddIndex':
      return state.updateModel(appLabel, op.modelName, (m) =>
        withListOption(m, 'indexes', [...itemsOf(getOption(m, 'indexes')), op.index]),
      )
    case 'RemoveIndex':
      return state.updateModel(appLabel, op.modelName, (m) =>
        withListOption(
          m,
          'indexes',
          itemsOf(getOption(m, 'indexes')).filter((i) => indexName(i) !== op.name),
        ),
      )
    case 'RenameIndex':
      return state.updateModel(appLabel, op.modelName, (m) =>
        withListOption(
          m,
          'indexes',
          itemsOf(getOption(m, 'indexes')).map((i) =>
            indexName(i) === op.oldName ? withDeconstructibleKwarg(i, 'name', str(op.newName)) : i,
          ),
        ),
      )
    case 'AddConstraint':
      return state.updateModel(appLabel, op.modelName, (m) =>
        withListOption(m, 'constraints', [...itemsOf(getOption(m, 'constraints')), op.constraint]),
      )
    case 'RemoveConstraint':
      return state.updateModel(appLabel, op.modelName, (m) =>
        withListOption(
          m,
          'constraints',
          itemsOf(getOption(m, 'constraints')).filter((c) => indexName(c) !== op.name),
        ),
      )
    case 'AlterConstraint':
      return state.updateModel(appLabel, op.modelName, (m) =>
        withListOption(
          m,
          'constraints',
          itemsOf(getOption(m, 'constraints')).map((c) => (indexName(c) === op.name ? op.constraint : c)),
        ),
      )
    case 'RunSQL':
      return op.stateOperations.reduce((s, inner) => stateForwards(inner, appLabel, s), state)
    case 'RunPython':
      return state
    case 'SeparateDatabaseAndState':
      return op.stateOperations.reduce((s, inner) => stateForwards(inner, appLabel, s), state)
    default:
      return assertNever(op)
  }
}

function requireField(model: ModelState, name: string): void {
  if (!model.fields.some(([n]) => n === name)) {
    throw new FieldDoesNotExist(`${model.appLabel}.${model.name.toLowerCase()} has no field named '${name}'`)
  }
}

/**
 * RenameField on a state: the field moves to the end under its new name (as Django's dict pop/insert
 * does), unique_together/index_together entries follow it (as lists of lists), and `to_field` of fields
 * pointing at it is renamed.
 */
function renameField(
  state: ProjectState,
  appLabel: string,
  modelName: string,
  oldName: string,
  newName: string,
): ProjectState {
  const model = state.get(appLabel, modelName)
  if (model === undefined) throw new StateLookupError(`('${appLabel}', '${modelName.toLowerCase()}')`)
  const found = model.fields.find(([n]) => n === oldName)
  if (found === undefined) {
    throw new FieldDoesNotExist(`${appLabel}.${modelName.toLowerCase()} has no field named '${oldName}'`)
  }
  let renamed = withModelChanges(model, {
    fields: [...model.fields.filter(([n]) => n !== oldName), [newName, found[1]] as const],
  })
  for (const option of ['index_together', 'unique_together']) {
    const value = getOption(renamed, option)
    if (value === undefined) continue
    const items = itemsOf(value).map((together): Deconstructed => ({
      kind: 'list',
      items: itemsOf(together).map((n) => (n.kind === 'str' && n.value === oldName ? str(newName) : n)),
    }))
    renamed = withOption(renamed, option, { kind: 'list', items })
  }
  let next = state.withModel(renamed)
  for (const rel of next.relatedFields(appLabel, modelName)) {
    const toField = rel.field.kwargs.to_field
    if (toField === undefined || toField.kind !== 'str' || toField.value !== oldName) continue
    next = next.updateModel(rel.appLabel, rel.modelName, (m) =>
      mapFields(m, ([n, f]) => [
        n,
        n === rel.fieldName && relationTarget(f, m.appLabel, m.name) !== undefined
          ? withKwarg(f, 'to_field', str(newName))
          : f,
      ]),
    )
  }
  return next
}
