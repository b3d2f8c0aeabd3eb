import { NONE, str, type Deconstructed } from '../../models/deconstructed'
import {
  allowsEmptyStrings,
  columnName,
  hasAutoNow,
  hasAutoNowAdd,
  hasDbDefault,
  hasDefault,
  isAutoField,
  isBlank,
  isGenerated,
  isManyToMany,
  isNull,
  isRelation,
  isUnique,
  stringKwarg,
} from '../../models/fields/field-attributes'
import { resolveModelReference } from '../../models/fields/relation'
import { fieldStatesEqual, kwarg, kwargsEqual, withKwarg, type FieldState } from '../field-state'
import { getField } from '../model-state'
import { operation } from '../operations/operation'
import { NOT_PROVIDED } from '../questioner'
import { type Detection, difference, intersection, joinKey, sortedKeys, splitKey } from './detection'
import { dependency, type OperationDependency } from './operation-dependency'

/** A field rename confirmed by the questioner, applied later by generateRenamedFields. */
export interface RenamedField {
  readonly appLabel: string
  readonly modelName: string
  readonly oldDbColumn: string | undefined
  readonly oldName: string
  readonly field: FieldState
  readonly newName: string
}

/** The class name of a field for the rename question (`IntegerField`, or a custom class's name). */
export function fieldClassName(field: FieldState): string {
  return field.path.slice(field.path.lastIndexOf('.') + 1)
}

function redirectedTo(d: Detection, oldField: FieldState): FieldState {
  const to = kwarg(oldField, 'to')
  if (to === undefined || to.kind !== 'str') return oldField
  const renamed = d.renamedModelsRel.get(to.value)
  return renamed === undefined ? oldField : withKwarg(oldField, 'to', str(renamed))
}

/**
 * Finds renamed fields of kept models (Django's `create_renamed_fields`): a new field equal to a
 * removed one of the same model (relation targets followed through model renames), or equal except
 * for a `db_column` naming the old column; confirmed by the questioner, first "yes" wins.
 */
export async function createRenamedFields(d: Detection): Promise<RenamedField[]> {
  const renamed: RenamedField[] = []
  const oldFieldKeys = new Set(d.oldFieldKeys)
  for (const key of sortedKeys(difference(d.newFieldKeys, oldFieldKeys))) {
    const [app, model, fieldName] = splitKey(key) as [string, string, string]
    const oldModel = d.oldModel(joinKey(app, model))
    const field = getField(d.newModel(joinKey(app, model)), fieldName)!
    for (const remKey of sortedKeys(difference(oldFieldKeys, d.newFieldKeys))) {
      const [remApp, remModel, remName] = splitKey(remKey) as [string, string, string]
      if (remApp !== app || remModel !== model) continue
      const oldField = getField(oldModel, remName)!
      const oldDec = isRelation(field) ? redirectedTo(d, oldField) : oldField
      const oldColumn = columnName(remName, oldField)
      const equalWithColumn =
        oldDec.path === field.path &&
        fieldStatesEqual({ ...oldDec, kwargs: {} }, { ...field, kwargs: {} }) &&
        kwargsEqual({ ...oldDec.kwargs, db_column: oldColumn === null ? NONE : str(oldColumn) }, field.kwargs)
      if (!fieldStatesEqual(oldDec, field) && !equalWithColumn) continue
      if (!(await d.questioner.askRename(model, remName, fieldName, fieldClassName(field)))) continue
      renamed.push({
        appLabel: app,
        modelName: model,
        oldDbColumn: stringKwarg(oldField, 'db_column'),
        oldName: remName,
        field,
        newName: fieldName,
      })
      oldFieldKeys.delete(remKey)
      oldFieldKeys.add(key)
      d.renamedFields.set(key, remName)
      break
    }
  }
  return renamed
}

/** Emits RenameField operations, preceded by an AlterField when the db_column changes (Django's `generate_renamed_fields`). */
export function generateRenamedFields(d: Detection, renamed: readonly RenamedField[]): void {
  for (const r of renamed) {
    if (r.oldDbColumn !== stringKwarg(r.field, 'db_column')) {
      d.add(
        r.appLabel,
        operation({
          kind: 'AlterField',
          modelName: r.modelName,
          name: r.oldName,
          field: r.field,
          preserveDefault: true,
        }),
      )
    }
    d.add(
      r.appLabel,
      operation({ kind: 'RenameField', modelName: r.modelName, oldName: r.oldName, newName: r.newName }),
    )
    d.oldFieldKeys.delete(joinKey(r.appLabel, r.modelName, r.oldName))
    d.oldFieldKeys.add(joinKey(r.appLabel, r.modelName, r.newName))
  }
}

/** Emits AddField for every new field of kept models, sorted (Django's `generate_added_fields`). */
export async function generateAddedFields(d: Detection): Promise<void> {
  for (const key of sortedKeys(difference(d.newFieldKeys, d.oldFieldKeys))) {
    const [app, model, name] = splitKey(key) as [string, string, string]
    await generateAddedField(d, app, model, name)
  }
}

function referencedNames(value: Deconstructed, into: Set<string>): void {
  switch (value.kind) {
    case 'str':
      into.add(value.value.split('__')[0]!)
      return
    case 'list':
    case 'tuple':
    case 'set':
    case 'frozenset':
      value.items.forEach((item) => referencedNames(item, into))
      return
    case 'deconstructible':
      value.args.forEach((item) => referencedNames(item, into))
      value.kwargs.forEach(([, item]) => referencedNames(item, into))
      return
    default:
      return
  }
}

function generatedFieldDependencies(d: Detection, field: FieldState): OperationDependency[] {
  const expression = kwarg(field, 'expression')
  const names = new Set<string>()
  if (expression !== undefined) referencedNames(expression, names)
  const deps: OperationDependency[] = []
  for (const key of sortedKeys(difference(d.newFieldKeys, d.oldFieldKeys))) {
    const [app, model, name] = splitKey(key) as [string, string, string]
    const added = getField(d.newModel(joinKey(app, model)), name)!
    if ((isRelation(added) && kwarg(added, 'to') !== undefined) || names.has(name)) {
      deps.push(dependency(app, model, name, 'CREATE'))
    }
  }
  return deps
}

/**
 * Emits one AddField (Django's `_generate_added_field`), asking for a one-off default when the field
 * cannot be added to existing rows as it is (then `preserve_default=False`).
 */
export async function generateAddedField(
  d: Detection,
  app: string,
  model: string,
  name: string,
): Promise<void> {
  let field = getField(d.newModel(joinKey(app, model)), name)!
  const deps: OperationDependency[] = [dependency(app, model, name, 'REMOVE')]
  if (isRelation(field) && kwarg(field, 'to') !== undefined)
    deps.push(...d.foreignKeyDependencies(app, model, field))
  if (isGenerated(field)) deps.push(...generatedFieldDependencies(d, field))
  const preserveDefault =
    isNull(field) ||
    hasDefault(field) ||
    hasDbDefault(field) ||
    isManyToMany(field) ||
    (isBlank(field) && allowsEmptyStrings(field)) ||
    hasAutoNow(field) ||
    isAutoField(field)
  if (!preserveDefault) {
    const value = hasAutoNowAdd(field)
      ? await d.questioner.askAutoNowAddAddition(name, model)
      : await d.questioner.askNotNullAddition(name, model)
    field = withKwarg(field, 'default', value ?? NONE)
  }
  if (isUnique(field) && kwarg(field, 'default')?.kind === 'reference') {
    await d.questioner.askUniqueCallableDefaultAddition(name, model)
  }
  d.add(app, operation({ kind: 'AddField', modelName: model, name, field, preserveDefault }), deps)
}

/** Emits RemoveField for every removed field of kept models, sorted (Django's `generate_removed_fields`). */
export function generateRemovedFields(d: Detection): void {
  for (const key of sortedKeys(difference(d.oldFieldKeys, d.newFieldKeys))) {
    const [app, model, name] = splitKey(key) as [string, string, string]
    generateRemovedField(d, app, model, name)
  }
}

/** Emits one RemoveField, after order_with_respect_to and unique_together stop using the field. */
export function generateRemovedField(d: Detection, app: string, model: string, name: string): void {
  d.add(app, operation({ kind: 'RemoveField', modelName: model, name }), [
    dependency(app, model, name, 'REMOVE_ORDER_WRT'),
    dependency(app, model, name, 'ALTER_FOO_TOGETHER'),
  ])
}

/**
 * Emits AlterField for kept fields whose deconstruction changed (Django's `generate_altered_fields`),
 * asking for a default when a nullable field becomes non-nullable; a change between M2M and non-M2M
 * becomes RemoveField + AddField. Relation targets renamed in this run compare as their old names.
 */
export async function generateAlteredFields(d: Detection): Promise<void> {
  for (const key of sortedKeys(intersection(d.oldFieldKeys, d.newFieldKeys))) {
    const [app, model, name] = splitKey(key) as [string, string, string]
    const modelKey = joinKey(app, model)
    const oldName = d.renamedFields.get(key) ?? name
    const oldField = getField(d.oldModel(modelKey), oldName)!
    let newField = getField(d.newModel(modelKey), name)!
    const deps: OperationDependency[] = []
    const to = kwarg(newField, 'to')
    if (isRelation(newField) && to !== undefined) {
      const target = resolveModelReference(to, app, model)
      const targetKey = target === undefined ? '' : joinKey(target.appLabel, target.modelLower)
      const oldTo = kwarg(oldField, 'to')
      if (d.renamedModels.has(targetKey) && oldTo !== undefined) newField = withKwarg(newField, 'to', oldTo)
      const toField = stringKwarg(newField, 'to_field')
      if (toField !== undefined && d.renamedFields.has(joinKey(targetKey, toField))) {
        if (oldTo !== undefined) newField = withKwarg(newField, 'to', oldTo)
        const oldToField = kwarg(oldField, 'to_field')
        if (oldToField !== undefined) newField = withKwarg(newField, 'to_field', oldToField)
      }
      deps.push(...d.foreignKeyDependencies(app, model, newField))
    }
    const through = kwarg(newField, 'through')
    if (through !== undefined) {
      const target = resolveModelReference(through, app, model)
      const oldThrough = kwarg(oldField, 'through')
      if (
        target !== undefined &&
        d.renamedModels.has(joinKey(target.appLabel, target.modelLower)) &&
        oldThrough
      ) {
        newField = withKwarg(newField, 'through', oldThrough)
      }
    }
    if (fieldStatesEqual(oldField, newField) || oldName !== name) continue
    const bothM2M = isManyToMany(oldField) && isManyToMany(newField)
    const neitherM2M = !isManyToMany(oldField) && !isManyToMany(newField)
    if (!bothM2M && !neitherM2M) {
      generateRemovedField(d, app, model, name)
      await generateAddedField(d, app, model, name)
      continue
    }
    let preserveDefault = true
    let field = newField
    if (
      isNull(oldField) &&
      !isNull(newField) &&
      !hasDefault(newField) &&
      !hasDbDefault(newField) &&
      !isManyToMany(newField)
    ) {
      const answer = await d.questioner.askNotNullAlteration(name, model)
      if (answer !== NOT_PROVIDED) {
        field = withKwarg(newField, 'default', answer ?? NONE)
        preserveDefault = false
      }
    }
    d.add(app, operation({ kind: 'AlterField', modelName: model, name, field, preserveDefault }), deps)
  }
}
