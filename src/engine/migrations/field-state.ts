import { type Deconstructed, deconstructedEquals } from '../models/deconstructed'

/** Keyword arguments by name, in the order Django's `deconstruct()` gives them (keys are identifiers). */
export type Kwargs = Readonly<Record<string, Deconstructed>>

/**
 * A field as a migration state holds it: exactly what Django's `Field.deconstruct()` gives, minus the
 * name (ModelState keeps names). `path` is the import path the writer uses (`django.db.models.CharField`,
 * `library.fields.MoneyField`); `args` are positional arguments, `kwargs` the non-default options.
 *
 * Relations hold their target as Django's deconstruction does: `to` is a `str` `'app.model'` (model
 * name lowercased) or a `setting` for swappable models; ProjectState also accepts the lazy forms
 * `'Model'` and `'self'` from hand-written migrations and resolves them when asked.
 */
export interface FieldState {
  readonly path: string
  readonly args: readonly Deconstructed[]
  readonly kwargs: Kwargs
  /**
   * For a field class outside `django.db.models` (a custom field), the name of the nearest built-in
   * Django field class it derives from (`CharField`), as the bridge finds it in the class's MRO; the
   * engine uses it for column types and field semantics. Absent for built-in fields.
   */
  readonly baseClass?: string
}

/** Takes a field class path and its kwargs (and optionally positional args), returns a frozen FieldState. */
export function fieldState(
  path: string,
  kwargs: Kwargs = {},
  args: readonly Deconstructed[] = [],
): FieldState {
  return Object.freeze({ path, args: Object.freeze([...args]), kwargs: Object.freeze({ ...kwargs }) })
}

/** Takes a field and a kwarg name, returns the kwarg's value or undefined when the field does not set it. */
export function kwarg(field: FieldState, name: string): Deconstructed | undefined {
  return Object.prototype.hasOwnProperty.call(field.kwargs, name) ? field.kwargs[name] : undefined
}

/** Returns a copy of the field with the kwarg `name` set to `value` (appended when new, replaced in place otherwise). */
export function withKwarg(field: FieldState, name: string, value: Deconstructed): FieldState {
  return Object.freeze({ ...field, kwargs: Object.freeze({ ...field.kwargs, [name]: value }) })
}

/** Returns a copy of the field without the kwarg `name`. */
export function withoutKwarg(field: FieldState, name: string): FieldState {
  const kwargs: Record<string, Deconstructed> = { ...field.kwargs }
  delete kwargs[name]
  return Object.freeze({ ...field, kwargs: Object.freeze(kwargs) })
}

/**
 * Whether two field deconstructions are equal as the autodetector compares them
 * (`deep_deconstruct(old) != deep_deconstruct(new)`): same path, equal args, same kwarg names with
 * Python-equal values (kwarg order ignored).
 */
export function fieldStatesEqual(a: FieldState, b: FieldState): boolean {
  if (a.path !== b.path || a.args.length !== b.args.length) return false
  if (!a.args.every((arg, i) => deconstructedEquals(arg, b.args[i]!))) return false
  return kwargsEqual(a.kwargs, b.kwargs)
}

/** Whether two kwargs records hold the same names with Python-equal values, order ignored. */
export function kwargsEqual(a: Kwargs, b: Kwargs): boolean {
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  if (keysA.length !== keysB.length) return false
  return keysA.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deconstructedEquals(a[k]!, b[k]!))
}
