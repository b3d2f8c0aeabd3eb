import type { Deconstructed } from '../../../src/engine/models/deconstructed'
import { type FieldState, fieldState } from '../../../src/engine/migrations/field-state'
import { type FieldEntry, modelState, type ModelState } from '../../../src/engine/migrations/model-state'
import { ProjectState } from '../../../src/engine/migrations/project-state'

/** A JS value standing for a Python value in fixtures: numbers are ints (use `float()`), arrays lists. */
export type Py = Deconstructed | string | number | boolean | null | readonly Py[]

/** Converts a fixture value to Deconstructed: string→str, integer→int, boolean→bool, null→None, array→list. */
export function py(value: Py): Deconstructed {
  if (value === null) return { kind: 'none' }
  if (typeof value === 'string') return { kind: 'str', value }
  if (typeof value === 'boolean') return { kind: 'bool', value }
  if (typeof value === 'number') {
    return Number.isInteger(value) ? { kind: 'int', value: BigInt(value) } : { kind: 'float', value }
  }
  if (Array.isArray(value)) return { kind: 'list', items: value.map(py) }
  return value as Deconstructed
}

/** A Python tuple. */
export const tuple = (...items: Py[]): Deconstructed => ({ kind: 'tuple', items: items.map(py) })
/** A Python set. */
export const set = (...items: Py[]): Deconstructed => ({ kind: 'set', items: items.map(py) })
/** A Python float. */
export const float = (value: number): Deconstructed => ({ kind: 'float', value })
/** A reference to a module-level callable or class. */
export const ref = (path: string): Deconstructed => {
  const dot = path.lastIndexOf('.')
  return { kind: 'reference', module: path.slice(0, dot), qualname: path.slice(dot + 1) }
}
/** `models.CASCADE` as Django deconstructs it. */
export const CASCADE = ref('django.db.models.deletion.CASCADE')
/** A deconstructible call such as `models.Index(fields=['x'], name='i')`. */
export const call = (path: string, kwargs: Record<string, Py> = {}, args: Py[] = []): Deconstructed => ({
  kind: 'deconstructible',
  path,
  args: args.map(py),
  kwargs: Object.entries(kwargs).map(([k, v]) => [k, py(v)] as const),
})

/** A field `django.db.models.<cls>(**kwargs)`. */
export function field(cls: string, kwargs: Record<string, Py> = {}): FieldState {
  return fieldState(
    `django.db.models.${cls}`,
    Object.fromEntries(Object.entries(kwargs).map(([k, v]) => [k, py(v)])),
  )
}

/** The automatic `id = BigAutoField(...)` every model gets. */
export const autoId: FieldEntry = [
  'id',
  field('BigAutoField', { auto_created: true, primary_key: true, serialize: false, verbose_name: 'ID' }),
]

/** A model of app `app` with an automatic id followed by `fields`. */
export function model(
  app: string,
  name: string,
  fields: Record<string, FieldState> = {},
  options: Record<string, Py> = {},
  extra: { bases?: Deconstructed[]; noAutoId?: boolean } = {},
): ModelState {
  const entries: FieldEntry[] = extra.noAutoId ? [] : [autoId]
  for (const [n, f] of Object.entries(fields)) entries.push([n, f])
  return modelState({
    appLabel: app,
    name,
    fields: entries,
    options: Object.fromEntries(Object.entries(options).map(([k, v]) => [k, py(v)])),
    ...(extra.bases ? { bases: extra.bases } : {}),
  })
}

/** A ProjectState of the given models. */
export const state = (...models: ModelState[]): ProjectState => ProjectState.of(models)
