import { type FieldState, withKwarg } from './field-state'
import {
  type FieldEntry,
  type ModelState,
  modelKey,
  modelState,
  nameLower,
  withModelChanges,
} from './model-state'
import { isPrimaryKey } from '../models/fields/field-attributes'
import { type ModelRef, relationTarget, throughModel } from '../models/fields/relation'
import { str } from '../models/deconstructed'

/** A field of some model that points at a given model (a reverse relation). */
export interface RelatedField {
  readonly appLabel: string
  readonly modelName: string
  readonly fieldName: string
  readonly field: FieldState
  /** Whether the field points at the model by `to`, by `through`, or both. */
  readonly viaTo: boolean
  readonly viaThrough: boolean
}

/** Raised when an operation names a model or field the state does not hold (Django raises KeyError/LookupError). */
export class StateLookupError extends Error {
  override readonly name = 'StateLookupError'
  /** Takes what was looked up, e.g. `('library', 'book')`. */
  constructor(readonly what: string) {
    super(what)
  }
}

/**
 * The models of a project at one point of its migration history (Django's `ProjectState`): an immutable
 * value. Models are keyed by `(app_label, model_name_lower)` in insertion order; every transition
 * (`withModel`, `withoutModel`, `renameModel`, …) returns a new ProjectState and leaves this one as is.
 */
export class ProjectState {
  readonly #models: ReadonlyMap<string, ModelState>
  /** Apps whose models are not managed by migrations (Django's `real_apps`). */
  readonly realApps: ReadonlySet<string>

  private constructor(models: ReadonlyMap<string, ModelState>, realApps: ReadonlySet<string>) {
    this.#models = models
    this.realApps = realApps
    Object.freeze(this)
  }

  /** The state with no models. */
  static empty(realApps: Iterable<string> = []): ProjectState {
    return new ProjectState(new Map(), new Set(realApps))
  }

  /** Takes ModelStates, returns the state holding them (later ones replace earlier ones with the same key). */
  static of(models: Iterable<ModelState>, realApps: Iterable<string> = []): ProjectState {
    const map = new Map<string, ModelState>()
    for (const model of models) map.set(modelKey(model.appLabel, model.name), model)
    return new ProjectState(map, new Set(realApps))
  }

  /** Every model, in insertion order. */
  get models(): readonly ModelState[] {
    return [...this.#models.values()]
  }

  /** Every `app.model_lower` key, in insertion order. */
  get keys(): readonly string[] {
    return [...this.#models.keys()]
  }

  /** The model `(app, name)` (any case), or undefined. */
  get(appLabel: string, modelName: string): ModelState | undefined {
    return this.#models.get(modelKey(appLabel, modelName))
  }

  /** The model `(app, name)`; throws StateLookupError naming `('app', 'name')` when missing. */
  getOrThrow(appLabel: string, modelName: string): ModelState {
    const model = this.get(appLabel, modelName)
    if (model === undefined) throw new StateLookupError(`('${appLabel}', '${modelName.toLowerCase()}')`)
    return model
  }

  /** Whether the state holds the model `(app, name)`. */
  has(appLabel: string, modelName: string): boolean {
    return this.#models.has(modelKey(appLabel, modelName))
  }

  /** The models of one app, in insertion order. */
  appModels(appLabel: string): readonly ModelState[] {
    return this.models.filter((m) => m.appLabel === appLabel)
  }

  /** Returns a state with the model added, or replacing the model with the same key in place. */
  withModel(model: ModelState): ProjectState {
    const map = new Map(this.#models)
    map.set(modelKey(model.appLabel, model.name), model)
    return new ProjectState(map, this.realApps)
  }

  /** Returns a state with several models added or replaced, in order. */
  withModels(models: Iterable<ModelState>): ProjectState {
    const map = new Map(this.#models)
    for (const model of models) map.set(modelKey(model.appLabel, model.name), model)
    return new ProjectState(map, this.realApps)
  }

  /** Returns a state without the model `(app, name)`; throws StateLookupError when missing. */
  withoutModel(appLabel: string, modelName: string): ProjectState {
    this.getOrThrow(appLabel, modelName)
    const map = new Map(this.#models)
    map.delete(modelKey(appLabel, modelName))
    return new ProjectState(map, this.realApps)
  }

  /** Returns a state where `fn` replaced the model `(app, name)`; throws StateLookupError when missing. */
  updateModel(appLabel: string, modelName: string, fn: (model: ModelState) => ModelState): ProjectState {
    return this.withModel(fn(this.getOrThrow(appLabel, modelName)))
  }

  /**
   * Returns a state where model `oldName` of the app is called `newName` (moved to the end, as Django's
   * `rename_model` re-adds it) and every
   * field pointing at it by `to` or `through` points at `'app.newname'`, as RenameModel does.
   */
  renameModel(appLabel: string, oldName: string, newName: string): ProjectState {
    const old = this.getOrThrow(appLabel, oldName)
    const target = `${appLabel}.${newName.toLowerCase()}`
    const related = this.relatedFields(appLabel, oldName)
    const map = new Map<string, ModelState>()
    for (const [key, model] of this.#models) if (key !== modelKey(appLabel, oldName)) map.set(key, model)
    map.set(modelKey(appLabel, newName), withModelChanges(old, { name: newName }))
    for (const rel of related) {
      const isSelf = rel.appLabel === appLabel && rel.modelName.toLowerCase() === oldName.toLowerCase()
      const key = modelKey(rel.appLabel, isSelf ? newName : rel.modelName)
      const model = map.get(key)!
      const fields = model.fields.map(([name, field]): FieldEntry => {
        if (name !== rel.fieldName) return [name, field]
        let changed = field
        if (rel.viaTo) changed = withKwarg(changed, 'to', str(target))
        if (rel.viaThrough) changed = withKwarg(changed, 'through', str(target))
        return [name, changed]
      })
      map.set(key, withModelChanges(model, { fields }))
    }
    return new ProjectState(map, this.realApps)
  }

  /**
   * Every field in the state that points at model `(app, name)` through `to` or `through`, in model
   * then field order (including the model's own self-references).
   */
  relatedFields(appLabel: string, modelName: string): readonly RelatedField[] {
    const lower = modelName.toLowerCase()
    const matches = (ref: ModelRef | undefined) =>
      ref !== undefined && ref.appLabel === appLabel && ref.modelLower === lower
    const result: RelatedField[] = []
    for (const model of this.#models.values()) {
      for (const [fieldName, field] of model.fields) {
        const viaTo = matches(relationTarget(field, model.appLabel, model.name))
        const viaThrough = matches(throughModel(field, model.appLabel, model.name))
        if (viaTo || viaThrough) {
          result.push({
            appLabel: model.appLabel,
            modelName: model.name,
            fieldName,
            field,
            viaTo,
            viaThrough,
          })
        }
      }
    }
    return result
  }

  /**
   * The primary key of model `(app, name)`: its field with `primary_key=True`, else the implicit `id`
   * when the model declares no primary key (which Django's state always spells out). Undefined when the
   * model has neither (a proxy: ask its concrete model).
   */
  primaryKey(appLabel: string, modelName: string): FieldEntry | undefined {
    const model = this.getOrThrow(appLabel, modelName)
    return model.fields.find(([, field]) => isPrimaryKey(field))
  }

  /** A short description for debugging and test failures: every model as `app.Model(field, …)`. */
  toString(): string {
    return this.models
      .map((m) => `${m.appLabel}.${m.name}(${m.fields.map(([n]) => n).join(', ')})`)
      .join('\n')
  }
}

/** Re-exported for callers building states: see model-state.ts. */
export { modelState, nameLower }
