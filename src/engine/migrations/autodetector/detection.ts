import { kwarg, type FieldState } from '../field-state'
import { type ModelState } from '../model-state'
import type { Operation } from '../operations/operation'
import type { ProjectState } from '../project-state'
import type { Questioner } from '../questioner'
import { isRelation } from '../../models/fields/field-attributes'
import { resolveModelReference, swappableSetting } from '../../models/fields/relation'
import { dependency, type OperationDependency } from './operation-dependency'

/** A generated operation with the dependencies it waits for (Django's `operation._auto_deps`). */
export interface PendingOperation {
  readonly op: Operation
  readonly deps: readonly OperationDependency[]
}

/** Joins key parts with a separator that sorts before any character, so string order is tuple order. */
export const joinKey = (...parts: string[]): string => parts.join('\u0000')

/** Splits a key made by joinKey. */
export const splitKey = (key: string): string[] => key.split('\u0000')

/** Sorts keys as Python sorts tuples of strings. */
export const sortedKeys = (keys: Iterable<string>): string[] =>
  [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))

/** Set difference. */
export function difference<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): Set<T> {
  return new Set([...a].filter((x) => !b.has(x)))
}

/** Set intersection. */
export function intersection<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): Set<T> {
  return new Set([...a].filter((x) => b.has(x)))
}

/**
 * The working state of one autodetector run (Django's MigrationAutodetector attributes between
 * `_detect_changes` steps). Created per run and discarded after it.
 * @internal
 */
export class Detection {
  readonly generated = new Map<string, PendingOperation[]>()
  readonly oldModelKeys = new Set<string>()
  readonly oldProxyKeys = new Set<string>()
  readonly oldUnmanagedKeys = new Set<string>()
  readonly newModelKeys = new Set<string>()
  readonly newProxyKeys = new Set<string>()
  readonly newUnmanagedKeys = new Set<string>()
  /** New model key → old model name (lowercase). */
  readonly renamedModels = new Map<string, string>()
  /** `app.oldname` → `app.newname` (lowercase). */
  readonly renamedModelsRel = new Map<string, string>()
  /** New field key → old field name. */
  readonly renamedFields = new Map<string, string>()
  keptModelKeys = new Set<string>()
  keptProxyKeys = new Set<string>()
  keptUnmanagedKeys = new Set<string>()
  oldFieldKeys = new Set<string>()
  newFieldKeys = new Set<string>()
  /** Through model key → the field using it in the old state: [app, old model name, field name]. */
  readonly throughUsers = new Map<string, readonly [string, string, string]>()

  /** Takes the two states and the questioner. */
  constructor(
    readonly from: ProjectState,
    readonly to: ProjectState,
    readonly questioner: Questioner,
  ) {}

  /** Records an operation for an app, at the end or (for created models) at the beginning. */
  add(appLabel: string, op: Operation, deps: readonly OperationDependency[] = [], beginning = false): void {
    const list = this.generated.get(appLabel) ?? []
    if (!this.generated.has(appLabel)) this.generated.set(appLabel, list)
    const pending = { op, deps }
    if (beginning) list.unshift(pending)
    else list.push(pending)
  }

  /** The model of the old state for a (new) model key, following renames. */
  oldModel(key: string): ModelState {
    const [app, model] = splitKey(key) as [string, string]
    return this.from.getOrThrow(app, this.renamedModels.get(key) ?? model)
  }

  /** The model of the new state for a model key. */
  newModel(key: string): ModelState {
    const [app, model] = splitKey(key) as [string, string]
    return this.to.getOrThrow(app, model)
  }

  /**
   * The dependencies of a relation field (Django's `_get_dependencies_for_foreign_key`): the creation of
   * its target (or the swappable setting) and of its explicit through model.
   */
  foreignKeyDependencies(appLabel: string, modelName: string, field: FieldState): OperationDependency[] {
    const deps: OperationDependency[] = []
    const setting = swappableSetting(field)
    const to = kwarg(field, 'to')
    if (setting !== undefined) {
      deps.push(dependency('__setting__', setting, null, 'CREATE'))
    } else if (to !== undefined) {
      const target = resolveModelReference(to, appLabel, modelName)
      if (target !== undefined) deps.push(dependency(target.appLabel, target.modelLower, null, 'CREATE'))
    }
    const through = kwarg(field, 'through')
    if (through !== undefined) {
      const target = resolveModelReference(through, appLabel, modelName)
      if (target !== undefined) deps.push(dependency(target.appLabel, target.modelLower, null, 'CREATE'))
    }
    return deps
  }

  /**
   * The dependencies a reverse relation brings (a field of model `holder` pointing here): the creation of
   * the holder, and of the field's through model.
   */
  reverseRelationDependencies(
    holderApp: string,
    holderModel: string,
    field: FieldState,
  ): OperationDependency[] {
    const deps = [dependency(holderApp, holderModel.toLowerCase(), null, 'CREATE')]
    const through = kwarg(field, 'through')
    if (through !== undefined) {
      const target = resolveModelReference(through, holderApp, holderModel)
      if (target !== undefined) deps.push(dependency(target.appLabel, target.modelLower, null, 'CREATE'))
    }
    return deps
  }

  /** The foreign key dependencies of every relation of a new model (Django's `_get_dependencies_for_model`). */
  modelDependencies(appLabel: string, modelName: string): OperationDependency[] {
    const model = this.to.getOrThrow(appLabel, modelName)
    return model.fields.flatMap(([, field]) =>
      isRelation(field) ? this.foreignKeyDependencies(appLabel, modelName, field) : [],
    )
  }
}
