import type { Deconstructed } from '../../models/deconstructed'
import { assertNever } from '../../util/assert-never'
import { kwarg, type FieldState } from '../field-state'
import { isRelation } from '../../models/fields/field-attributes'
import { resolveModelReference } from '../../models/fields/relation'
import { itemsOf } from './index-values'
import type { Operation } from './operation'

function refersTo(
  reference: Deconstructed | undefined,
  appLabel: string,
  modelLower: string,
  targetLower: string,
): boolean {
  if (reference === undefined) return false
  const ref = resolveModelReference(reference, appLabel, modelLower)
  return ref !== undefined && ref.appLabel === appLabel && ref.modelLower === targetLower
}

/**
 * Whether a field of model `(appLabel, modelLower)` points at `(appLabel, targetLower)` (and, when
 * `fieldName` is given, at that field: its `to_field`, or any field when it points at the primary key;
 * through fields likewise) — Django's `field_references`.
 */
export function fieldReferences(
  appLabel: string,
  modelLower: string,
  field: FieldState,
  targetLower: string,
  fieldName?: string,
): boolean {
  if (!isRelation(field)) return false
  if (refersTo(kwarg(field, 'to'), appLabel, modelLower, targetLower)) {
    const toField = kwarg(field, 'to_field')
    if (
      fieldName === undefined ||
      toField === undefined ||
      (toField.kind === 'str' && toField.value === fieldName)
    ) {
      return true
    }
  }
  if (refersTo(kwarg(field, 'through'), appLabel, modelLower, targetLower)) {
    const throughFields = kwarg(field, 'through_fields')
    if (
      fieldName === undefined ||
      throughFields === undefined ||
      itemsOf(throughFields).some((f) => f.kind === 'str' && f.value === fieldName)
    ) {
      return true
    }
  }
  return false
}

/**
 * Whether the operation may reference model `name` of `appLabel` (Django's `references_model`); true
 * when in doubt (RunSQL, RunPython, DeleteModel, index and constraint operations).
 */
export function referencesModel(op: Operation, name: string, appLabel: string): boolean {
  const lower = name.toLowerCase()
  switch (op.kind) {
    case 'CreateModel': {
      const self = op.name.toLowerCase()
      if (lower === self) return true
      for (const base of op.bases) {
        if (base.kind === 'str' && refersTo(base, appLabel, self, lower)) return true
      }
      return op.fields.some(([, field]) => fieldReferences(appLabel, self, field, lower))
    }
    case 'RenameModel':
      return lower === op.oldName.toLowerCase() || lower === op.newName.toLowerCase()
    case 'AlterModelTable':
    case 'AlterModelTableComment':
    case 'AlterUniqueTogether':
    case 'AlterIndexTogether':
    case 'AlterOrderWithRespectTo':
    case 'AlterModelOptions':
    case 'AlterModelManagers':
      return lower === op.name.toLowerCase()
    case 'AddField':
    case 'AlterField':
      return (
        lower === op.modelName.toLowerCase() ||
        fieldReferences(appLabel, op.modelName.toLowerCase(), op.field, lower)
      )
    case 'RemoveField':
    case 'RenameField':
      return lower === op.modelName.toLowerCase()
    case 'DeleteModel':
    case 'AddIndex':
    case 'RemoveIndex':
    case 'RenameIndex':
    case 'AddConstraint':
    case 'RemoveConstraint':
    case 'AlterConstraint':
    case 'RunSQL':
    case 'RunPython':
    case 'SeparateDatabaseAndState':
      return true
    default:
      return assertNever(op)
  }
}

/** Whether the operation may reference field `name` of model `modelName` (Django's `references_field`). */
export function referencesField(op: Operation, modelName: string, name: string, appLabel: string): boolean {
  const model = modelName.toLowerCase()
  switch (op.kind) {
    case 'AddField':
    case 'AlterField':
      if (model === op.modelName.toLowerCase() && name === op.name) return true
      return fieldReferences(appLabel, op.modelName.toLowerCase(), op.field, model, name)
    case 'RemoveField':
      return model === op.modelName.toLowerCase() && name === op.name
    case 'RenameField':
      return (
        referencesModel(op, modelName, appLabel) &&
        (name.toLowerCase() === op.oldName.toLowerCase() || name.toLowerCase() === op.newName.toLowerCase())
      )
    case 'AlterUniqueTogether':
    case 'AlterIndexTogether': {
      const value = op.kind === 'AlterUniqueTogether' ? op.uniqueTogether : op.indexTogether
      const items = value.kind === 'none' ? [] : itemsOf(value)
      return (
        referencesModel(op, modelName, appLabel) &&
        (items.length === 0 ||
          items.some((fields) => itemsOf(fields).some((f) => f.kind === 'str' && f.value === name)))
      )
    }
    case 'AlterOrderWithRespectTo':
      return (
        referencesModel(op, modelName, appLabel) &&
        (op.orderWithRespectTo === null || name === op.orderWithRespectTo)
      )
    default:
      return referencesModel(op, modelName, appLabel)
  }
}
