import { NONE, type Deconstructed } from '../../models/deconstructed'
import { isManyToMany, isPrimaryKey, isRelation, truthy } from '../../models/fields/field-attributes'
import { resolveModelReference, throughModel } from '../../models/fields/relation'
import { fieldStatesEqual, kwarg, withoutKwarg, type FieldState, type Kwargs } from '../field-state'
import { getOption, isManaged, isProxy, nameLower, type ModelState } from '../model-state'
import { operation } from '../operations/operation'
import type { ProjectState } from '../project-state'
import { type Detection, difference, joinKey, sortedKeys, splitKey } from './detection'
import { dependency, type OperationDependency, uniqueDependencies } from './operation-dependency'

/**
 * Sorts each model of both states into model, proxy and unmanaged keys (the start of `_detect_changes`);
 * models of unmigrated apps (`realApps`) are left out unless their app is in `convertApps`.
 */
export function classifyModels(d: Detection, convertApps: ReadonlySet<string> = new Set()): void {
  const classify = (
    state: ProjectState,
    models: Set<string>,
    proxies: Set<string>,
    unmanaged: Set<string>,
    converting: boolean,
  ) => {
    for (const model of state.models) {
      const key = joinKey(model.appLabel, nameLower(model))
      if (!isManaged(model)) unmanaged.add(key)
      else if (!d.from.realApps.has(model.appLabel) || (converting && convertApps.has(model.appLabel))) {
        if (isProxy(model)) proxies.add(key)
        else models.add(key)
      }
    }
  }
  classify(d.from, d.oldModelKeys, d.oldProxyKeys, d.oldUnmanagedKeys, false)
  classify(d.to, d.newModelKeys, d.newProxyKeys, d.newUnmanagedKeys, true)
}

function relationAgnostic(fields: ModelState['fields']): FieldState[] {
  return [...fields]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, field]) => (isRelation(field) ? withoutKwarg(field, 'to') : field))
}

function sameDefinitions(a: ModelState, b: ModelState): boolean {
  const fa = relationAgnostic(a.fields)
  const fb = relationAgnostic(b.fields)
  return fa.length === fb.length && fa.every((f, i) => fieldStatesEqual(f, fb[i]!))
}

/**
 * Finds renamed models (Django's `generate_renamed_models`): a new model of the same app whose fields
 * equal a removed model's (names and relation targets ignored), confirmed by the questioner.
 */
export async function generateRenamedModels(d: Detection): Promise<void> {
  const added = sortedKeys(difference(d.newModelKeys, d.oldModelKeys))
  for (const key of added) {
    const [app] = splitKey(key) as [string, string]
    const model = d.newModel(key)
    const removed = sortedKeys(difference(d.oldModelKeys, d.newModelKeys))
    for (const remKey of removed) {
      const [remApp, remName] = splitKey(remKey) as [string, string]
      if (remApp !== app) continue
      const remModel = d.from.getOrThrow(remApp, remName)
      if (!sameDefinitions(model, remModel)) continue
      if (!(await d.questioner.askRenameModel(remModel, model))) continue
      const deps: OperationDependency[] = []
      for (const [, field] of model.fields) {
        if (isRelation(field)) deps.push(...d.foreignKeyDependencies(app, nameLower(model), field))
      }
      for (const rel of d.to.relatedFields(app, model.name)) {
        deps.push(...d.reverseRelationDependencies(rel.appLabel, rel.modelName, rel.field))
      }
      d.add(app, operation({ kind: 'RenameModel', oldName: remModel.name, newName: model.name }), deps)
      d.renamedModels.set(key, remName)
      d.renamedModelsRel.set(
        `${remModel.appLabel}.${nameLower(remModel)}`,
        `${model.appLabel}.${nameLower(model)}`,
      )
      d.oldModelKeys.delete(remKey)
      d.oldModelKeys.add(key)
      break
    }
  }
}

/** Puts swappable models first when sorting created models (Django's `swappable_first_key`). */
function swappableFirst(d: Detection, key: string): string {
  const [app, model] = splitKey(key) as [string, string]
  const state = d.to.get(app, model)
  if (state !== undefined && truthy(getOption(state, 'swappable'))) return joinKey('___' + app, '___' + model)
  return key
}

function reverseSorted(d: Detection, keys: Set<string>): string[] {
  return [...keys]
    .map((k) => [swappableFirst(d, k), k] as const)
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([, k]) => k)
}

function optionsWithout(options: Kwargs, names: readonly string[]): Kwargs {
  return Object.fromEntries(Object.entries(options).filter(([k]) => !names.includes(k)))
}

function baseDependencies(
  d: Detection,
  model: ModelState,
  withRemovedFields: boolean,
): OperationDependency[] {
  const deps: OperationDependency[] = []
  for (const base of model.bases) {
    if (base.kind !== 'str' || !base.value.includes('.')) continue
    const dot = base.value.indexOf('.')
    const baseApp = base.value.slice(0, dot)
    const baseName = base.value.slice(dot + 1)
    deps.push(dependency(baseApp, baseName, null, 'CREATE'))
    if (!withRemovedFields) continue
    const oldBase = d.from.get(baseApp, baseName)
    const newBase = d.to.get(baseApp, baseName)
    if (oldBase === undefined || newBase === undefined) continue
    const newNames = new Set(newBase.fields.map(([n]) => n))
    const ownNames = new Set(model.fields.map(([n]) => n))
    const removed = oldBase.fields.map(([n]) => n).filter((n) => !newNames.has(n) && ownNames.has(n))
    for (const name of removed.sort()) deps.push(dependency(baseApp, baseName, name, 'REMOVE'))
  }
  return deps
}

/**
 * Creates new models (Django's `generate_created_models`): CreateModel without relation fields (inserted
 * at the front, processed in reverse order so they end up sorted), then AddField per relation,
 * AlterOrderWithRespectTo, AddIndex, AddConstraint and AlterUniqueTogether, each with its dependencies.
 */
export function generateCreatedModels(d: Detection): void {
  const oldKeys = new Set([...d.oldModelKeys, ...d.oldUnmanagedKeys])
  const added = difference(d.newModelKeys, oldKeys)
  const addedUnmanaged = difference(d.newUnmanagedKeys, oldKeys)
  for (const key of [...reverseSorted(d, added), ...reverseSorted(d, addedUnmanaged)]) {
    const [app, modelLower] = splitKey(key) as [string, string]
    const model = d.newModel(key)
    const related = new Map<string, FieldState>()
    let primaryKeyRel: Deconstructed | undefined
    for (const [name, field] of model.fields) {
      if (!isRelation(field)) continue
      const to = kwarg(field, 'to')
      if (to !== undefined) {
        if (isPrimaryKey(field)) primaryKeyRel = to
        else if (!truthy(kwarg(field, 'parent_link'))) related.set(name, field)
      }
      if (kwarg(field, 'through') !== undefined) related.set(name, field)
    }
    const indexes = getOption(model, 'indexes')
    const constraints = getOption(model, 'constraints')
    const uniqueTogether = getOption(model, 'unique_together')
    const orderWrt = getOption(model, 'order_with_respect_to')
    const deps: OperationDependency[] = [dependency(app, modelLower, null, 'REMOVE')]
    deps.push(...baseDependencies(d, model, true))
    if (primaryKeyRel !== undefined) {
      const target = resolveModelReference(primaryKeyRel, app, modelLower)
      if (target !== undefined) deps.push(dependency(target.appLabel, target.modelLower, null, 'CREATE'))
    }
    d.add(
      app,
      operation({
        kind: 'CreateModel',
        name: model.name,
        fields: model.fields.filter(([name]) => !related.has(name)),
        options: optionsWithout(model.options, [
          'indexes',
          'constraints',
          'unique_together',
          'order_with_respect_to',
        ]),
        bases: model.bases,
        managers: model.managers,
      }),
      deps,
      true,
    )
    if (!isManaged(model)) continue
    const relatedNames = [...related.keys()].sort()
    for (const name of relatedNames) {
      const field = related.get(name)!
      const fieldDeps = [
        ...d.foreignKeyDependencies(app, modelLower, field),
        dependency(app, modelLower, null, 'CREATE'),
      ]
      d.add(
        app,
        operation({ kind: 'AddField', modelName: modelLower, name, field, preserveDefault: true }),
        uniqueDependencies(fieldDeps),
      )
    }
    if (orderWrt !== undefined && truthy(orderWrt) && orderWrt.kind === 'str') {
      d.add(
        app,
        operation({ kind: 'AlterOrderWithRespectTo', name: modelLower, orderWithRespectTo: orderWrt.value }),
        [dependency(app, modelLower, orderWrt.value, 'CREATE'), dependency(app, modelLower, null, 'CREATE')],
      )
    }
    const relatedDeps = [
      ...relatedNames.map((name) => dependency(app, modelLower, name, 'CREATE')),
      dependency(app, modelLower, null, 'CREATE'),
    ]
    for (const index of itemsOfValue(indexes)) {
      d.add(app, operation({ kind: 'AddIndex', modelName: modelLower, index }), relatedDeps)
    }
    for (const constraint of itemsOfValue(constraints)) {
      d.add(app, operation({ kind: 'AddConstraint', modelName: modelLower, constraint }), relatedDeps)
    }
    if (uniqueTogether !== undefined && truthy(uniqueTogether)) {
      d.add(app, operation({ kind: 'AlterUniqueTogether', name: modelLower, uniqueTogether }), relatedDeps)
    }
    if (d.oldProxyKeys.has(key)) {
      for (const rel of d.to.relatedFields(app, modelLower)) {
        const holder = d.to.getOrThrow(rel.appLabel, rel.modelName)
        d.add(
          holder.appLabel,
          operation({
            kind: 'AlterField',
            modelName: holder.name,
            name: rel.fieldName,
            field: rel.field,
            preserveDefault: true,
          }),
          [dependency(app, modelLower, null, 'CREATE')],
        )
      }
    }
  }
}

function itemsOfValue(value: Deconstructed | undefined): readonly Deconstructed[] {
  if (value === undefined) return []
  return value.kind === 'list' || value.kind === 'tuple' || value.kind === 'set' ? value.items : []
}

/** Creates new proxy models (Django's `generate_created_proxies`): a CreateModel with no fields. */
export function generateCreatedProxies(d: Detection): void {
  for (const key of sortedKeys(difference(d.newProxyKeys, d.oldProxyKeys))) {
    const [app, modelLower] = splitKey(key) as [string, string]
    const model = d.newModel(key)
    const deps = [dependency(app, modelLower, null, 'REMOVE'), ...baseDependencies(d, model, false)]
    d.add(
      app,
      operation({
        kind: 'CreateModel',
        name: model.name,
        fields: [],
        options: model.options,
        bases: model.bases,
        managers: model.managers,
      }),
      deps,
    )
  }
}

/**
 * Deletes removed models (Django's `generate_deleted_models`): unique_together cleared, relation
 * fields removed, then DeleteModel after every field pointing at the model is removed or altered.
 */
export function generateDeletedModels(d: Detection): void {
  const newKeys = new Set([...d.newModelKeys, ...d.newUnmanagedKeys])
  const deleted = sortedKeys(difference(d.oldModelKeys, newKeys))
  const deletedUnmanaged = sortedKeys(difference(d.oldUnmanagedKeys, newKeys))
  for (const key of [...deleted, ...deletedUnmanaged]) {
    const [app, modelLower] = splitKey(key) as [string, string]
    const model = d.from.getOrThrow(app, modelLower)
    const related: string[] = []
    for (const [name, field] of model.fields) {
      if (isRelation(field) && (kwarg(field, 'to') !== undefined || kwarg(field, 'through') !== undefined)) {
        related.push(name)
      }
    }
    related.sort()
    const uniqueTogether = getOption(model, 'unique_together')
    if (uniqueTogether !== undefined && truthy(uniqueTogether)) {
      d.add(app, operation({ kind: 'AlterUniqueTogether', name: modelLower, uniqueTogether: NONE }))
    }
    for (const name of related) d.add(app, operation({ kind: 'RemoveField', modelName: modelLower, name }))
    const deps: OperationDependency[] = []
    for (const rel of d.from.relatedFields(app, modelLower)) {
      const holder = rel.modelName.toLowerCase()
      deps.push(dependency(rel.appLabel, holder, rel.fieldName, 'REMOVE'))
      if (!isManyToMany(rel.field)) deps.push(dependency(rel.appLabel, holder, rel.fieldName, 'ALTER'))
    }
    for (const name of related) deps.push(dependency(app, modelLower, name, 'REMOVE'))
    const throughUser = d.throughUsers.get(joinKey(app, modelLower))
    if (throughUser !== undefined) {
      deps.push(dependency(throughUser[0], throughUser[1], throughUser[2], 'REMOVE'))
    }
    d.add(app, operation({ kind: 'DeleteModel', name: model.name }), uniqueDependencies(deps))
  }
}

/** Deletes removed proxy models (Django's `generate_deleted_proxies`). */
export function generateDeletedProxies(d: Detection): void {
  for (const key of sortedKeys(difference(d.oldProxyKeys, d.newProxyKeys))) {
    const [app, modelLower] = splitKey(key) as [string, string]
    d.add(app, operation({ kind: 'DeleteModel', name: d.from.getOrThrow(app, modelLower).name }))
  }
}

/**
 * Prepares the kept model keys, the old and new field keys, and the through-model users
 * (Django's `_prepare_field_lists` and `_generate_through_model_map`).
 */
export function prepareFieldLists(d: Detection): void {
  d.keptModelKeys = new Set([...d.oldModelKeys].filter((k) => d.newModelKeys.has(k)))
  d.keptProxyKeys = new Set([...d.oldProxyKeys].filter((k) => d.newProxyKeys.has(k)))
  d.keptUnmanagedKeys = new Set([...d.oldUnmanagedKeys].filter((k) => d.newUnmanagedKeys.has(k)))
  for (const key of d.keptModelKeys) {
    const [app, model] = splitKey(key) as [string, string]
    for (const [name] of d.oldModel(key).fields) d.oldFieldKeys.add(joinKey(app, model, name))
    for (const [name] of d.newModel(key).fields) d.newFieldKeys.add(joinKey(app, model, name))
  }
  for (const key of sortedKeys(d.oldModelKeys)) {
    const [app, model] = splitKey(key) as [string, string]
    const oldModel = d.oldModel(key)
    for (const [name, field] of oldModel.fields) {
      const through = throughModel(field, app, model)
      if (through !== undefined) {
        d.throughUsers.set(joinKey(through.appLabel, through.modelLower), [app, nameLower(oldModel), name])
      }
    }
  }
}
