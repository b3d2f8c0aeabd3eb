import { deconstructedEquals } from '../models/deconstructed'
import { type FieldState, kwarg } from '../migrations/field-state'

/** The class name of a field state's path (`ForeignKey` for `django.db.models.ForeignKey`), or its built-in base for a custom field. */
export function fieldClass(field: FieldState): string {
  return field.baseClass ?? field.path.slice(field.path.lastIndexOf('.') + 1)
}

/** Whether the field sets the boolean kwarg `name` to True. */
export function isTrue(field: FieldState, name: string): boolean {
  const value = kwarg(field, name)
  return value !== undefined && value.kind === 'bool' && value.value
}

/** Whether the field allows NULL (`null=True`). */
export function isNullable(field: FieldState): boolean {
  return isTrue(field, 'null')
}

/** Whether the field has a Python-side `default` or a `db_default`. */
export function hasDefault(field: FieldState): boolean {
  return kwarg(field, 'default') !== undefined || kwarg(field, 'db_default') !== undefined
}

/** Whether the field's `default` is a callable (a function or class reference), evaluated when the column is added. */
export function hasCallableDefault(field: FieldState): boolean {
  return kwarg(field, 'default')?.kind === 'reference'
}

/** Whether the field is a ForeignKey or OneToOneField (a column holding another row's key). */
export function isForeignKey(field: FieldState): boolean {
  const cls = fieldClass(field)
  return cls === 'ForeignKey' || cls === 'OneToOneField'
}

/** Whether the field has no column of its own (a ManyToManyField keeps its rows in a join table). */
export function hasNoColumn(field: FieldState): boolean {
  return fieldClass(field) === 'ManyToManyField'
}

const TYPE_KWARGS = ['max_length', 'max_digits', 'decimal_places'] as const

/** Whether going from `before` to `after` changes the column's type: another field class, or another length or precision. */
export function changesColumnType(before: FieldState, after: FieldState): boolean {
  if (fieldClass(before) !== fieldClass(after)) return true
  return TYPE_KWARGS.some((name) => {
    const a = kwarg(before, name)
    const b = kwarg(after, name)
    if (a === undefined || b === undefined) return a !== b
    return !deconstructedEquals(a, b)
  })
}
