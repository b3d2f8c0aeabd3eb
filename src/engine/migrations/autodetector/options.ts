import { deconstructedEquals, NONE, str, type Deconstructed } from '../../models/deconstructed'
import { isRelation, truthy } from '../../models/fields/field-attributes'
import { getField, getOption, type ModelState } from '../model-state'
import { indexName, itemsOf } from '../operations/index-values'
import { ALTER_OPTION_KEYS, operation } from '../operations/operation'
import { type Detection, joinKey, sortedKeys, splitKey } from './detection'
import { dependency, type OperationDependency } from './operation-dependency'

function modelsToCheck(d: Detection, extra: Iterable<string> = []): string[] {
  return sortedKeys(new Set([...d.keptModelKeys, ...d.keptProxyKeys, ...d.keptUnmanagedKeys, ...extra]))
}

function alterOptions(model: ModelState): Record<string, Deconstructed> {
  return Object.fromEntries(Object.entries(model.options).filter(([k]) => ALTER_OPTION_KEYS.includes(k)))
}

function sameOptions(a: Record<string, Deconstructed>, b: Record<string, Deconstructed>): boolean {
  const ka = Object.keys(a)
  return ka.length === Object.keys(b).length && ka.every((k) => k in b && deconstructedEquals(a[k]!, b[k]!))
}

function optionEquals(a: Deconstructed | undefined, b: Deconstructed | undefined): boolean {
  return deconstructedEquals(a ?? NONE, b ?? NONE)
}

function optionText(value: Deconstructed | undefined): string | null {
  return value !== undefined && value.kind === 'str' ? value.value : null
}

/** Emits AlterModelOptions when a non-schema Meta option changed (Django's `generate_altered_options`). */
export function generateAlteredOptions(d: Detection): void {
  const crossed = [
    ...[...d.oldUnmanagedKeys].filter((k) => d.newModelKeys.has(k)),
    ...[...d.oldModelKeys].filter((k) => d.newUnmanagedKeys.has(k)),
  ]
  for (const key of modelsToCheck(d, crossed)) {
    const [app, model] = splitKey(key) as [string, string]
    const oldOptions = alterOptions(d.oldModel(key))
    const newOptions = alterOptions(d.newModel(key))
    if (!sameOptions(oldOptions, newOptions)) {
      d.add(app, operation({ kind: 'AlterModelOptions', name: model, options: newOptions }))
    }
  }
}

/** Emits AlterModelManagers when the managers changed (Django's `generate_altered_managers`). */
export function generateAlteredManagers(d: Detection): void {
  for (const key of sortedKeys(d.keptModelKeys)) {
    const [app, model] = splitKey(key) as [string, string]
    const oldManagers = d.oldModel(key).managers
    const newManagers = d.newModel(key).managers
    const same =
      oldManagers.length === newManagers.length &&
      oldManagers.every(([n, m], i) => n === newManagers[i]![0] && deconstructedEquals(m, newManagers[i]![1]))
    if (!same) d.add(app, operation({ kind: 'AlterModelManagers', name: model, managers: newManagers }))
  }
}

/** Emits AlterModelTableComment when `db_table_comment` changed. */
export function generateAlteredDbTableComment(d: Detection): void {
  for (const key of modelsToCheck(d)) {
    const [app, model] = splitKey(key) as [string, string]
    const oldValue = getOption(d.oldModel(key), 'db_table_comment')
    const newValue = getOption(d.newModel(key), 'db_table_comment')
    if (!optionEquals(oldValue, newValue)) {
      d.add(
        app,
        operation({ kind: 'AlterModelTableComment', name: model, tableComment: optionText(newValue) }),
      )
    }
  }
}

/** Emits AlterModelTable when `db_table` changed (Django's `generate_altered_db_table`). */
export function generateAlteredDbTable(d: Detection): void {
  for (const key of modelsToCheck(d)) {
    const [app, model] = splitKey(key) as [string, string]
    const oldValue = getOption(d.oldModel(key), 'db_table')
    const newValue = getOption(d.newModel(key), 'db_table')
    if (!optionEquals(oldValue, newValue)) {
      d.add(app, operation({ kind: 'AlterModelTable', name: model, table: optionText(newValue) }))
    }
  }
}

/** Emits AlterOrderWithRespectTo when `order_with_respect_to` changed. */
export function generateAlteredOrderWithRespectTo(d: Detection): void {
  for (const key of sortedKeys(d.keptModelKeys)) {
    const [app, model] = splitKey(key) as [string, string]
    const oldValue = getOption(d.oldModel(key), 'order_with_respect_to')
    const newValue = getOption(d.newModel(key), 'order_with_respect_to')
    if (optionEquals(oldValue, newValue)) continue
    const deps: OperationDependency[] = []
    const newName = optionText(newValue)
    if (newName !== null && newName !== '') deps.push(dependency(app, model, newName, 'CREATE'))
    d.add(app, operation({ kind: 'AlterOrderWithRespectTo', name: model, orderWithRespectTo: newName }), deps)
  }
}

/** A unique_together value as a set of field-name tuples, keyed for comparison. */
type Together = Map<string, readonly string[]>

function togetherOf(value: Deconstructed | undefined, rename: (n: string) => string = (n) => n): Together {
  const result: Together = new Map()
  if (value === undefined || !truthy(value)) return result
  for (const item of itemsOf(value)) {
    const names = itemsOf(item).map((n) => rename(n.kind === 'str' ? n.value : ''))
    result.set(JSON.stringify(names), names)
  }
  return result
}

function togetherValue(together: Together): Deconstructed {
  return {
    kind: 'set',
    items: [...together.values()].map((names) => ({ kind: 'tuple', items: names.map(str) })),
  }
}

function sameTogether(a: Together, b: Together): boolean {
  return a.size === b.size && [...a.keys()].every((k) => b.has(k))
}

function intersectTogether(a: Together, b: Together): Together {
  return new Map([...a].filter(([k]) => b.has(k)))
}

interface AlteredTogether {
  readonly app: string
  readonly model: string
  readonly oldValue: Together
  readonly newValue: Together
  readonly deps: readonly OperationDependency[]
}

function alteredUniqueTogether(d: Detection): AlteredTogether[] {
  const result: AlteredTogether[] = []
  for (const key of sortedKeys(d.keptModelKeys)) {
    const [app, model] = splitKey(key) as [string, string]
    const oldValue = togetherOf(
      getOption(d.oldModel(key), 'unique_together'),
      (n) => d.renamedFields.get(joinKey(app, model, n)) ?? n,
    )
    const newModel = d.newModel(key)
    const newValue = togetherOf(getOption(newModel, 'unique_together'))
    if (sameTogether(oldValue, newValue)) continue
    const deps: OperationDependency[] = []
    for (const names of newValue.values()) {
      for (const name of names) {
        const field = getField(newModel, name)
        if (field !== undefined && isRelation(field))
          deps.push(...d.foreignKeyDependencies(app, model, field))
      }
    }
    result.push({ app, model, oldValue, newValue, deps })
  }
  return result
}

/** Emits the first AlterUniqueTogether, keeping only the entries that stay (Django's `generate_removed_altered_unique_together`). */
export function generateRemovedAlteredUniqueTogether(d: Detection): void {
  for (const t of alteredUniqueTogether(d)) {
    const removal = intersectTogether(t.newValue, t.oldValue)
    if (removal.size > 0 || t.oldValue.size > 0) {
      d.add(
        t.app,
        operation({ kind: 'AlterUniqueTogether', name: t.model, uniqueTogether: togetherValue(removal) }),
        t.deps,
      )
    }
  }
}

/** Emits the second AlterUniqueTogether with the new value when entries were added (Django's `generate_altered_unique_together`). */
export function generateAlteredUniqueTogether(d: Detection): void {
  for (const t of alteredUniqueTogether(d)) {
    const removal = intersectTogether(t.newValue, t.oldValue)
    if (!sameTogether(t.newValue, removal)) {
      d.add(
        t.app,
        operation({ kind: 'AlterUniqueTogether', name: t.model, uniqueTogether: togetherValue(t.newValue) }),
        t.deps,
      )
    }
  }
}

/** Index and constraint changes of one kept model. */
export interface AlteredIndexes {
  readonly app: string
  readonly model: string
  readonly added: readonly Deconstructed[]
  readonly removed: readonly Deconstructed[]
  readonly renamed: readonly (readonly [oldName: string, newName: string])[]
}

/** Index or constraint without its `name` kwarg. */
function withoutName(value: Deconstructed): Deconstructed {
  if (value.kind !== 'deconstructible') return value
  return { ...value, kwargs: value.kwargs.filter(([k]) => k !== 'name') }
}

const contains = (list: readonly Deconstructed[], value: Deconstructed) =>
  list.some((item) => deconstructedEquals(item, value))

/** Works out added, removed and renamed indexes of kept models (Django's `create_altered_indexes`). */
export function createAlteredIndexes(d: Detection): AlteredIndexes[] {
  const result: AlteredIndexes[] = []
  for (const key of sortedKeys(d.keptModelKeys)) {
    const [app, model] = splitKey(key) as [string, string]
    const oldIndexes = itemsOf(getOption(d.oldModel(key), 'indexes'))
    const newIndexes = itemsOf(getOption(d.newModel(key), 'indexes'))
    let added = newIndexes.filter((i) => !contains(oldIndexes, i))
    let removed = oldIndexes.filter((i) => !contains(newIndexes, i))
    const renamed: [string, string][] = []
    const fromAdded: Deconstructed[] = []
    const fromRemoved: Deconstructed[] = []
    for (const newIndex of added) {
      for (const oldIndex of removed) {
        if (
          deconstructedEquals(withoutName(newIndex), withoutName(oldIndex)) &&
          indexName(newIndex) !== indexName(oldIndex)
        ) {
          renamed.push([indexName(oldIndex), indexName(newIndex)])
          fromAdded.push(newIndex)
          fromRemoved.push(oldIndex)
        }
      }
    }
    added = added.filter((i) => !fromAdded.includes(i))
    removed = removed.filter((i) => !fromRemoved.includes(i))
    result.push({ app, model, added, removed, renamed })
  }
  return result
}

/** Emits AddIndex for added indexes, after the model's relations exist. */
export function generateAddedIndexes(d: Detection, altered: readonly AlteredIndexes[]): void {
  for (const a of altered) {
    const deps = d.modelDependencies(a.app, a.model)
    for (const index of a.added)
      d.add(a.app, operation({ kind: 'AddIndex', modelName: a.model, index }), deps)
  }
}

/** Emits RemoveIndex for removed indexes. */
export function generateRemovedIndexes(d: Detection, altered: readonly AlteredIndexes[]): void {
  for (const a of altered) {
    for (const index of a.removed) {
      d.add(a.app, operation({ kind: 'RemoveIndex', modelName: a.model, name: indexName(index) }))
    }
  }
}

/** Emits RenameIndex for indexes equal apart from their name. */
export function generateRenamedIndexes(d: Detection, altered: readonly AlteredIndexes[]): void {
  for (const a of altered) {
    for (const [oldName, newName] of a.renamed) {
      d.add(a.app, operation({ kind: 'RenameIndex', modelName: a.model, newName, oldName, oldFields: null }))
    }
  }
}

/** Constraint changes of one kept model. */
export interface AlteredConstraints {
  readonly app: string
  readonly model: string
  readonly added: readonly Deconstructed[]
  readonly removed: readonly Deconstructed[]
  readonly altered: readonly Deconstructed[]
}

const NON_DB_ATTRS = ['violation_error_code', 'violation_error_message']

function withoutNonDbAttrs(value: Deconstructed): Deconstructed {
  if (value.kind !== 'deconstructible') return value
  return { ...value, kwargs: value.kwargs.filter(([k]) => !NON_DB_ATTRS.includes(k)) }
}

/** Works out added, removed and altered constraints of kept models (Django's `create_altered_constraints`). */
export function createAlteredConstraints(d: Detection): AlteredConstraints[] {
  const result: AlteredConstraints[] = []
  for (const key of sortedKeys(d.keptModelKeys)) {
    const [app, model] = splitKey(key) as [string, string]
    const oldConstraints = itemsOf(getOption(d.oldModel(key), 'constraints'))
    const newConstraints = itemsOf(getOption(d.newModel(key), 'constraints'))
    const altered: Deconstructed[] = []
    const alteredNames: string[] = []
    for (const oldC of oldConstraints) {
      for (const newC of newConstraints) {
        if (
          !deconstructedEquals(oldC, newC) &&
          indexName(oldC) === indexName(newC) &&
          deconstructedEquals(withoutNonDbAttrs(oldC), withoutNonDbAttrs(newC))
        ) {
          altered.push(newC)
          alteredNames.push(indexName(newC))
        }
      }
    }
    const added = newConstraints.filter(
      (c) => !contains(oldConstraints, c) && !alteredNames.includes(indexName(c)),
    )
    const removed = oldConstraints.filter(
      (c) => !contains(newConstraints, c) && !alteredNames.includes(indexName(c)),
    )
    result.push({ app, model, added, removed, altered })
  }
  return result
}

/** Emits AddConstraint for added constraints, after the model's relations exist. */
export function generateAddedConstraints(d: Detection, altered: readonly AlteredConstraints[]): void {
  for (const a of altered) {
    const deps = d.modelDependencies(a.app, a.model)
    for (const constraint of a.added) {
      d.add(a.app, operation({ kind: 'AddConstraint', modelName: a.model, constraint }), deps)
    }
  }
}

/** Emits RemoveConstraint for removed constraints. */
export function generateRemovedConstraints(d: Detection, altered: readonly AlteredConstraints[]): void {
  for (const a of altered) {
    for (const constraint of a.removed) {
      d.add(a.app, operation({ kind: 'RemoveConstraint', modelName: a.model, name: indexName(constraint) }))
    }
  }
}

/** Emits AlterConstraint for constraints whose only change is a non-database attribute. */
export function generateAlteredConstraints(d: Detection, altered: readonly AlteredConstraints[]): void {
  for (const a of altered) {
    const deps = d.modelDependencies(a.app, a.model)
    for (const constraint of a.altered) {
      d.add(
        a.app,
        operation({ kind: 'AlterConstraint', modelName: a.model, name: indexName(constraint), constraint }),
        deps,
      )
    }
  }
}
