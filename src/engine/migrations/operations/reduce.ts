import { NONE, str, type Deconstructed } from '../../models/deconstructed'
import { assertNever } from '../../util/assert-never'
import { kwarg } from '../field-state'
import type { FieldEntry } from '../model-state'
import { indexName, itemsOf, withDeconstructibleKwarg } from './index-values'
import { ALTER_OPTION_KEYS, operation, type Operation, type OperationOf } from './operation'
import { referencesField, referencesModel } from './references'

/**
 * The result of reducing an operation with a later one (Django's `Operation.reduce`): the operations
 * replacing both, `true` when the later operation may be optimized across this one, `false` otherwise.
 */
export type Reduction = readonly Operation[] | boolean

function isElidable(op: Operation): boolean {
  return (op.kind === 'RunSQL' || op.kind === 'RunPython') && op.elidable
}

function baseReduce(op: Operation, other: Operation): Reduction {
  if (isElidable(op)) return [other]
  if (isElidable(other)) return [op]
  return false
}

/** Python's `a or b` where a list counts as truthy only when non-empty. */
function or(a: Reduction, b: () => Reduction): Reduction {
  if (a === true || (Array.isArray(a) && a.length > 0)) return a
  return b()
}

const OPTION_OPERATIONS = new Set([
  'AlterModelTable',
  'AlterModelTableComment',
  'AlterUniqueTogether',
  'AlterIndexTogether',
  'AlterOrderWithRespectTo',
  'AlterModelOptions',
  'AlterModelManagers',
])

function modelOperationReduce(
  op: Operation & { name: string },
  other: Operation,
  appLabel: string,
): Reduction {
  return or(baseReduce(op, other), () => {
    if (!referencesModel(other, op.name, appLabel)) return true
    const together = (k: string) => k === 'AlterUniqueTogether' || k === 'AlterIndexTogether'
    return together(op.kind) && together(other.kind) && op.kind !== other.kind
  })
}

function fieldOperationReduce(
  op: OperationOf<'AddField' | 'AlterField' | 'RemoveField'>,
  other: Operation,
  appLabel: string,
): Reduction {
  return or(baseReduce(op, other), () => !referencesField(other, op.modelName, op.name, appLabel))
}

const sameField = (a: { modelName: string; name: string }, b: Operation): boolean =>
  (b.kind === 'AddField' || b.kind === 'AlterField' || b.kind === 'RemoveField') &&
  b.modelName.toLowerCase() === a.modelName.toLowerCase() &&
  b.name.toLowerCase() === a.name.toLowerCase()

function renamedFieldModel(op: OperationOf<'RenameField'>, b: Operation): boolean {
  return b.kind === 'RenameField' && b.modelName.toLowerCase() === op.modelName.toLowerCase()
}

function together(value: Deconstructed): string[][] {
  return itemsOf(value).map((fields) => itemsOf(fields).map((f) => (f.kind === 'str' ? f.value : '')))
}

function togetherSet(entries: string[][]): Deconstructed {
  const seen = new Set<string>()
  const items: Deconstructed[] = []
  for (const fields of entries) {
    const key = JSON.stringify(fields)
    if (seen.has(key)) continue
    seen.add(key)
    items.push({ kind: 'tuple', items: fields.map(str) })
  }
  return { kind: 'set', items }
}

function createModelWith(
  op: OperationOf<'CreateModel'>,
  changes: Partial<OperationOf<'CreateModel'>>,
): Operation[] {
  return [operation({ ...op, ...changes })]
}

function reduceCreateModel(op: OperationOf<'CreateModel'>, other: Operation, appLabel: string): Reduction {
  const self = op.name.toLowerCase()
  const options = op.options
  switch (other.kind) {
    case 'DeleteModel': {
      const proxy = options.proxy
      if (other.name.toLowerCase() === self && !(proxy !== undefined && proxy.kind === 'bool' && proxy.value))
        return []
      break
    }
    case 'RenameModel':
      if (other.oldName.toLowerCase() === self) return createModelWith(op, { name: other.newName })
      break
    case 'AlterModelOptions':
      if (other.name.toLowerCase() === self) {
        const merged: Record<string, Deconstructed> = { ...options, ...other.options }
        for (const key of ALTER_OPTION_KEYS) if (!(key in other.options)) delete merged[key]
        return createModelWith(op, { options: merged })
      }
      break
    case 'AlterModelManagers':
      if (other.name.toLowerCase() === self) return createModelWith(op, { managers: other.managers })
      break
    case 'AlterModelTable':
      if (other.name.toLowerCase() === self) {
        return createModelWith(op, {
          options: { ...options, db_table: other.table === null ? NONE : str(other.table) },
        })
      }
      break
    case 'AlterModelTableComment':
      if (other.name.toLowerCase() === self) {
        const comment = other.tableComment === null ? NONE : str(other.tableComment)
        return createModelWith(op, { options: { ...options, db_table_comment: comment } })
      }
      break
    case 'AlterUniqueTogether':
      if (other.name.toLowerCase() === self) {
        return createModelWith(op, { options: { ...options, unique_together: other.uniqueTogether } })
      }
      break
    case 'AlterIndexTogether':
      if (other.name.toLowerCase() === self) {
        return createModelWith(op, { options: { ...options, index_together: other.indexTogether } })
      }
      break
    case 'AlterOrderWithRespectTo':
      if (other.name.toLowerCase() === self) {
        const value = other.orderWithRespectTo === null ? NONE : str(other.orderWithRespectTo)
        return createModelWith(op, { options: { ...options, order_with_respect_to: value } })
      }
      break
    case 'AddField':
      if (other.modelName.toLowerCase() === self) {
        return createModelWith(op, { fields: [...op.fields, [other.name, other.field]] })
      }
      break
    case 'AlterField':
      if (other.modelName.toLowerCase() === self) {
        return createModelWith(op, {
          fields: op.fields.map(([n, f]): FieldEntry => [n, n === other.name ? other.field : f]),
        })
      }
      break
    case 'RemoveField':
      if (other.modelName.toLowerCase() === self) {
        const removed = other.name.toLowerCase()
        const next: Record<string, Deconstructed> = { ...options }
        for (const optionName of ['unique_together', 'index_together']) {
          const value = next[optionName]
          delete next[optionName]
          if (value === undefined || value.kind === 'none' || itemsOf(value).length === 0) continue
          const kept = together(value)
            .map((fields) => fields.filter((f) => f !== removed))
            .filter((fields) => fields.length > 0)
          if (kept.length > 0) next[optionName] = togetherSet(kept)
        }
        const owrt = next.order_with_respect_to
        if (owrt !== undefined && owrt.kind === 'str' && owrt.value === removed)
          delete next.order_with_respect_to
        return createModelWith(op, {
          fields: op.fields.filter(([n]) => n.toLowerCase() !== removed),
          options: next,
        })
      }
      break
    case 'RenameField':
      if (other.modelName.toLowerCase() === self) {
        const next: Record<string, Deconstructed> = { ...options }
        for (const optionName of ['unique_together', 'index_together']) {
          const value = next[optionName]
          if (value === undefined || value.kind === 'none' || itemsOf(value).length === 0) continue
          next[optionName] = togetherSet(
            together(value).map((fields) => fields.map((f) => (f === other.oldName ? other.newName : f))),
          )
        }
        const owrt = next.order_with_respect_to
        if (owrt !== undefined && owrt.kind === 'str' && owrt.value === other.oldName) {
          next.order_with_respect_to = str(other.newName)
        }
        return createModelWith(op, {
          fields: op.fields.map(([n, f]): FieldEntry => [n === other.oldName ? other.newName : n, f]),
          options: next,
        })
      }
      break
    case 'AddIndex':
      if (other.modelName.toLowerCase() === self) {
        const indexes: Deconstructed = { kind: 'list', items: [...itemsOf(options.indexes), other.index] }
        return createModelWith(op, { options: { ...options, indexes } })
      }
      break
    case 'RemoveIndex':
      if (other.modelName.toLowerCase() === self) {
        const indexes: Deconstructed = {
          kind: 'list',
          items: itemsOf(options.indexes).filter((i) => indexName(i) !== other.name),
        }
        return createModelWith(op, { options: { ...options, indexes } })
      }
      break
    case 'AddConstraint':
      if (other.modelName.toLowerCase() === self) {
        const constraints: Deconstructed = {
          kind: 'list',
          items: [...itemsOf(options.constraints), other.constraint],
        }
        return createModelWith(op, { options: { ...options, constraints } })
      }
      break
    case 'RemoveConstraint':
      if (other.modelName.toLowerCase() === self) {
        const constraints: Deconstructed = {
          kind: 'list',
          items: itemsOf(options.constraints).filter((c) => indexName(c) !== other.name),
        }
        return createModelWith(op, { options: { ...options, constraints } })
      }
      break
    default:
      break
  }
  return modelOperationReduce(op, other, appLabel)
}

/**
 * Reduces `op` with a later operation `other` of the same migration (Django's `reduce` methods):
 * CreateModel absorbs later changes to its model, AddField absorbs AlterField/RemoveField/RenameField,
 * later option changes replace earlier ones, renames chain, add+remove cancel out.
 */
export function reduce(op: Operation, other: Operation, appLabel: string): Reduction {
  switch (op.kind) {
    case 'CreateModel':
      return reduceCreateModel(op, other, appLabel)
    case 'DeleteModel':
      return modelOperationReduce(op, other, appLabel)
    case 'RenameModel':
      if (other.kind === 'RenameModel' && op.newName.toLowerCase() === other.oldName.toLowerCase()) {
        return [operation({ kind: 'RenameModel', oldName: op.oldName, newName: other.newName })]
      }
      return or(baseReduce(op, other), () => !referencesModel(other, op.newName, appLabel))
    case 'AlterModelTable':
    case 'AlterModelTableComment':
    case 'AlterUniqueTogether':
    case 'AlterIndexTogether':
    case 'AlterOrderWithRespectTo':
    case 'AlterModelOptions':
    case 'AlterModelManagers':
      if (
        (other.kind === op.kind || other.kind === 'DeleteModel') &&
        op.name.toLowerCase() === (other as { name: string }).name.toLowerCase()
      ) {
        return [other]
      }
      return modelOperationReduce(op, other, appLabel)
    case 'AddField':
      if (sameField(op, other)) {
        if (other.kind === 'AlterField') {
          return [
            operation({
              kind: 'AddField',
              modelName: op.modelName,
              name: other.name,
              field: other.field,
              preserveDefault: true,
            }),
          ]
        }
        if (other.kind === 'RemoveField') return []
      }
      if (
        other.kind === 'RenameField' &&
        other.modelName.toLowerCase() === op.modelName.toLowerCase() &&
        other.oldName.toLowerCase() === op.name.toLowerCase()
      ) {
        return [
          operation({
            kind: 'AddField',
            modelName: op.modelName,
            name: other.newName,
            field: op.field,
            preserveDefault: true,
          }),
        ]
      }
      return fieldOperationReduce(op, other, appLabel)
    case 'RemoveField':
      if (other.kind === 'DeleteModel' && other.name.toLowerCase() === op.modelName.toLowerCase())
        return [other]
      return fieldOperationReduce(op, other, appLabel)
    case 'AlterField':
      if ((other.kind === 'AlterField' || other.kind === 'RemoveField') && sameField(op, other))
        return [other]
      if (
        other.kind === 'RenameField' &&
        other.modelName.toLowerCase() === op.modelName.toLowerCase() &&
        other.oldName.toLowerCase() === op.name.toLowerCase() &&
        kwarg(op.field, 'db_column') === undefined
      ) {
        return [
          other,
          operation({
            kind: 'AlterField',
            modelName: op.modelName,
            name: other.newName,
            field: op.field,
            preserveDefault: true,
          }),
        ]
      }
      return fieldOperationReduce(op, other, appLabel)
    case 'RenameField':
      if (
        renamedFieldModel(op, other) &&
        op.newName.toLowerCase() === (other as OperationOf<'RenameField'>).oldName.toLowerCase()
      ) {
        const next = other as OperationOf<'RenameField'>
        return [
          operation({
            kind: 'RenameField',
            modelName: op.modelName,
            oldName: op.oldName,
            newName: next.newName,
          }),
        ]
      }
      return or(
        baseReduce(op, other),
        () =>
          !(
            referencesField(other, op.modelName, op.oldName, appLabel) ||
            referencesField(other, op.modelName, op.newName, appLabel)
          ),
      )
    case 'AddIndex':
      if (other.kind === 'RemoveIndex' && indexName(op.index) === other.name) return []
      if (other.kind === 'RenameIndex' && indexName(op.index) === other.oldName) {
        const index = withDeconstructibleKwarg(op.index, 'name', str(other.newName))
        return [operation({ kind: 'AddIndex', modelName: op.modelName, index })]
      }
      return baseReduce(op, other)
    case 'RenameIndex':
      if (
        other.kind === 'RenameIndex' &&
        op.modelName.toLowerCase() === other.modelName.toLowerCase() &&
        other.oldName !== null &&
        op.newName.toLowerCase() === other.oldName.toLowerCase()
      ) {
        return [
          operation({
            kind: 'RenameIndex',
            modelName: op.modelName,
            newName: other.newName,
            oldName: op.oldName,
            oldFields: op.oldFields,
          }),
        ]
      }
      return baseReduce(op, other)
    case 'AddConstraint':
      if (
        other.kind === 'RemoveConstraint' &&
        op.modelName.toLowerCase() === other.modelName.toLowerCase() &&
        indexName(op.constraint) === other.name
      ) {
        return []
      }
      if (
        other.kind === 'AlterConstraint' &&
        op.modelName.toLowerCase() === other.modelName.toLowerCase() &&
        indexName(op.constraint) === other.name
      ) {
        return [operation({ kind: 'AddConstraint', modelName: op.modelName, constraint: other.constraint })]
      }
      return baseReduce(op, other)
    case 'AlterConstraint':
      if (
        (other.kind === 'AlterConstraint' || other.kind === 'RemoveConstraint') &&
        op.modelName.toLowerCase() === other.modelName.toLowerCase() &&
        op.name === other.name
      ) {
        return [other]
      }
      return baseReduce(op, other)
    case 'RemoveIndex':
    case 'RemoveConstraint':
    case 'RunSQL':
    case 'RunPython':
    case 'SeparateDatabaseAndState':
      return baseReduce(op, other)
    default:
      return assertNever(op)
  }
}

/** Exported for callers that need to know which operations are model-option operations. */
export const isModelOptionOperation = (op: Operation): boolean => OPTION_OPERATIONS.has(op.kind)
