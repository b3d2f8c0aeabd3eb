import type { Deconstructed } from '../deconstructed'
import { type FieldState, kwarg } from '../../migrations/field-state'
import { isRelation } from './field-attributes'

/** A model a relation points at: `(app_label, model_name_lower)`. */
export interface ModelRef {
  readonly appLabel: string
  readonly modelLower: string
}

/**
 * Resolves a lazy model reference as Django does: `'self'` is the model itself, `'Model'` a model of
 * the same app, `'app.Model'` any model; a `setting` (swappable model) resolves through its value.
 * Takes the reference and the referring model's app and name; returns undefined for other values.
 */
export function resolveModelReference(
  reference: Deconstructed,
  appLabel: string,
  modelName: string,
): ModelRef | undefined {
  if (reference.kind === 'setting') return resolveModelReference(reference.value, appLabel, modelName)
  if (reference.kind !== 'str') return undefined
  const text = reference.value
  if (text === 'self') return { appLabel, modelLower: modelName.toLowerCase() }
  const dot = text.indexOf('.')
  if (dot < 0) return { appLabel, modelLower: text.toLowerCase() }
  return { appLabel: text.slice(0, dot), modelLower: text.slice(dot + 1).toLowerCase() }
}

/** The model a relation field points at (its `to`), resolved; undefined for non-relations. */
export function relationTarget(field: FieldState, appLabel: string, modelName: string): ModelRef | undefined {
  if (!isRelation(field)) return undefined
  const to = kwarg(field, 'to')
  return to === undefined ? undefined : resolveModelReference(to, appLabel, modelName)
}

/** The explicit `through` model of a ManyToManyField, resolved; undefined when automatic. */
export function throughModel(field: FieldState, appLabel: string, modelName: string): ModelRef | undefined {
  const through = kwarg(field, 'through')
  return through === undefined ? undefined : resolveModelReference(through, appLabel, modelName)
}

/** Whether the relation's target is a swappable setting (`settings.AUTH_USER_MODEL`). */
export function swappableSetting(field: FieldState): string | undefined {
  const to = kwarg(field, 'to')
  return to !== undefined && to.kind === 'setting' ? to.name : undefined
}

/** Takes a ModelRef, returns its `app.model` label key. */
export function refKey(ref: ModelRef): string {
  return `${ref.appLabel}.${ref.modelLower}`
}
