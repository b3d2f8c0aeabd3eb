import type { Deconstructed } from '../models/deconstructed'
import type { FieldState, Kwargs } from './field-state'

/** A named field of a model, in definition order. */
export type FieldEntry = readonly [name: string, field: FieldState]

/** A named manager of a model: `['objects', <deconstructible BookManager()>]`. */
export type ManagerEntry = readonly [name: string, manager: Deconstructed]

/**
 * A model as a migration state holds it (Django's `ModelState`): immutable.
 * - `name` keeps the model's case (`Book`); lookups use `name.toLowerCase()`.
 * - `fields` in definition order, each a FieldState as `deconstruct()` gives it.
 * - `options`: the Meta options the model sets explicitly (Django's `original_attrs`), in the order the
 *   writer should emit them; `unique_together` normalised to a `set` of `tuple`s of field names;
 *   `indexes` and `constraints` are always present (`list`s of `deconstructible` values, possibly empty).
 * - `bases`: `str` labels (`'library.author'`) for model bases, `reference`s for classes
 *   (`django.db.models.Model`, mixins); `[models.Model]` when the model has no other base.
 * - `managers`: the managers a migration must know (`use_in_migrations` or a renamed default), in order.
 */
export interface ModelState {
  readonly appLabel: string
  readonly name: string
  readonly fields: readonly FieldEntry[]
  readonly options: Kwargs
  readonly bases: readonly Deconstructed[]
  readonly managers: readonly ManagerEntry[]
}

/** `models.Model` as a base. */
export const MODEL_BASE: Deconstructed = Object.freeze({
  kind: 'reference',
  module: 'django.db.models',
  qualname: 'Model',
})

/** The parts of a ModelState a caller may give to `modelState`; the rest defaults as Django's ModelState does. */
export interface ModelStateSpec {
  readonly appLabel: string
  readonly name: string
  readonly fields: readonly FieldEntry[]
  readonly options?: Kwargs
  readonly bases?: readonly Deconstructed[]
  readonly managers?: readonly ManagerEntry[]
}

const EMPTY_LIST: Deconstructed = Object.freeze({ kind: 'list', items: Object.freeze([]) })

/**
 * Takes a model's parts, returns a frozen ModelState with Django's defaults: `indexes` and
 * `constraints` options added as empty lists when missing, bases `[models.Model]`, no managers.
 */
export function modelState(spec: ModelStateSpec): ModelState {
  const options: Record<string, Deconstructed> = { ...(spec.options ?? {}) }
  if (!('indexes' in options)) options.indexes = EMPTY_LIST
  if (!('constraints' in options)) options.constraints = EMPTY_LIST
  return Object.freeze({
    appLabel: spec.appLabel,
    name: spec.name,
    fields: Object.freeze(spec.fields.map((entry) => Object.freeze([entry[0], entry[1]] as const))),
    options: Object.freeze(options),
    bases: Object.freeze([...(spec.bases ?? [MODEL_BASE])]),
    managers: Object.freeze([...(spec.managers ?? [])]),
  })
}

/** Returns the model's name lowercased, as Django's `name_lower`. */
export function nameLower(model: ModelState): string {
  return model.name.toLowerCase()
}

/** Returns the key ProjectState files the model under: `app_label.model_lower`. */
export function modelKey(appLabel: string, modelName: string): string {
  return `${appLabel}.${modelName.toLowerCase()}`
}

/** Returns the named field of the model, or undefined. */
export function getField(model: ModelState, name: string): FieldState | undefined {
  for (const [fieldName, field] of model.fields) if (fieldName === name) return field
  return undefined
}

/** Returns the named option of the model, or undefined when the model does not set it. */
export function getOption(model: ModelState, name: string): Deconstructed | undefined {
  return Object.prototype.hasOwnProperty.call(model.options, name) ? model.options[name] : undefined
}

/** Whether the option is set to a true Python value (`proxy`, `abstract`, `managed` default true is not applied). */
export function optionIsTrue(model: ModelState, name: string): boolean {
  const value = getOption(model, name)
  return value !== undefined && value.kind === 'bool' && value.value
}

/** Whether the model is a proxy (`Meta.proxy = True`). */
export function isProxy(model: ModelState): boolean {
  return optionIsTrue(model, 'proxy')
}

/** Whether the model is managed (`Meta.managed`, default True). */
export function isManaged(model: ModelState): boolean {
  const value = getOption(model, 'managed')
  return value === undefined || !(value.kind === 'bool' && !value.value)
}

/** Returns a copy of the model with some parts replaced. */
export function withModelChanges(model: ModelState, changes: Partial<ModelStateSpec>): ModelState {
  return modelState({ ...model, ...changes })
}

/** Returns a copy of the model with option `name` set (appended when new) or removed when `value` is undefined. */
export function withOption(model: ModelState, name: string, value: Deconstructed | undefined): ModelState {
  const options: Record<string, Deconstructed> = { ...model.options }
  if (value === undefined) delete options[name]
  else options[name] = value
  return modelState({ ...model, options })
}

/** Returns the items of a `list`/`tuple`/`set` option value, or [] when the option is missing. */
export function optionItems(model: ModelState, name: string): readonly Deconstructed[] {
  const value = getOption(model, name)
  if (value === undefined) return []
  if (value.kind === 'list' || value.kind === 'tuple' || value.kind === 'set' || value.kind === 'frozenset') {
    return value.items
  }
  return []
}
