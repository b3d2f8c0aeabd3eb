import type { Deconstructed } from '../deconstructed'
import { type FieldState, kwarg } from '../../migrations/field-state'
import { AUTO_FIELD_CLASSES, emptyStringsAllowed, fieldClass, TIME_FIELD_CLASSES } from './field-class'

/** Whether a deconstructed value is Python-truthy (for boolean options such as `null=True`). */
export function truthy(value: Deconstructed | undefined): boolean {
  if (value === undefined) return false
  switch (value.kind) {
    case 'none':
      return false
    case 'bool':
      return value.value
    case 'int':
      return value.value !== 0n
    case 'float':
      return value.value !== 0
    case 'str':
    case 'bytes':
      return value.value.length > 0
    case 'list':
    case 'tuple':
    case 'set':
    case 'frozenset':
      return value.items.length > 0
    case 'dict':
      return value.entries.length > 0
    default:
      return true
  }
}

function flag(field: FieldState, name: string, fallback: boolean): boolean {
  const value = kwarg(field, name)
  return value === undefined ? fallback : truthy(value)
}

/** The `str` value of a kwarg, or undefined when it is absent or not a string. */
export function stringKwarg(field: FieldState, name: string): string | undefined {
  const value = kwarg(field, name)
  return value !== undefined && value.kind === 'str' ? value.value : undefined
}

/** Whether the field is a primary key (`primary_key=True`). */
export function isPrimaryKey(field: FieldState): boolean {
  return flag(field, 'primary_key', false)
}

/** Whether the column allows NULL (`null=True`). */
export function isNull(field: FieldState): boolean {
  return flag(field, 'null', false)
}

/** Whether the field may be blank in forms (`blank=True`; always for a GeneratedField). */
export function isBlank(field: FieldState): boolean {
  return fieldClass(field) === 'GeneratedField' || flag(field, 'blank', false)
}

/** Whether the column is unique: `unique=True`, a primary key, or a OneToOneField. */
export function isUnique(field: FieldState): boolean {
  return flag(field, 'unique', false) || isPrimaryKey(field) || fieldClass(field) === 'OneToOneField'
}

/** Whether the field asks for an index (`db_index`, default True for SlugField and ForeignKey). */
export function hasDbIndex(field: FieldState): boolean {
  const cls = fieldClass(field)
  return flag(field, 'db_index', cls === 'SlugField' || cls === 'ForeignKey')
}

/** Whether the field is a ForeignKey, OneToOneField or ManyToManyField. */
export function isRelation(field: FieldState): boolean {
  const cls = fieldClass(field)
  return cls === 'ForeignKey' || cls === 'OneToOneField' || cls === 'ManyToManyField'
}

/** Whether the field is a ManyToManyField (no column on its model). */
export function isManyToMany(field: FieldState): boolean {
  return fieldClass(field) === 'ManyToManyField'
}

/** Whether the field holds a column that points at another row (ForeignKey or OneToOneField). */
export function isForeignKeyLike(field: FieldState): boolean {
  const cls = fieldClass(field)
  return cls === 'ForeignKey' || cls === 'OneToOneField'
}

/** Whether the field is an auto-incrementing key (AutoField, BigAutoField, SmallAutoField). */
export function isAutoField(field: FieldState): boolean {
  return AUTO_FIELD_CLASSES.includes(fieldClass(field))
}

/** Whether the field is a DateField, DateTimeField or TimeField. */
export function isTimeField(field: FieldState): boolean {
  return TIME_FIELD_CLASSES.includes(fieldClass(field))
}

/** Whether the field is a GeneratedField (a computed column). */
export function isGenerated(field: FieldState): boolean {
  return fieldClass(field) === 'GeneratedField'
}

/** Whether a date/time field sets `auto_now=True`. */
export function hasAutoNow(field: FieldState): boolean {
  return isTimeField(field) && flag(field, 'auto_now', false)
}

/** Whether a date/time field sets `auto_now_add=True`. */
export function hasAutoNowAdd(field: FieldState): boolean {
  return isTimeField(field) && flag(field, 'auto_now_add', false)
}

/** Whether the field has a Python-side default (Django's `has_default()`). */
export function hasDefault(field: FieldState): boolean {
  return kwarg(field, 'default') !== undefined
}

/** Whether the field's default is a callable (a `reference` such as `django.utils.timezone.now`). */
export function hasCallableDefault(field: FieldState): boolean {
  const value = kwarg(field, 'default')
  return value !== undefined && value.kind === 'reference'
}

/** Whether the field has a database default (`db_default=…`). */
export function hasDbDefault(field: FieldState): boolean {
  return kwarg(field, 'db_default') !== undefined
}

/** Whether the field's class allows the empty string (Django's `empty_strings_allowed`). */
export function allowsEmptyStrings(field: FieldState): boolean {
  return emptyStringsAllowed(fieldClass(field))
}

/** The field's choices kwarg, or undefined. */
export function choices(field: FieldState): Deconstructed | undefined {
  return kwarg(field, 'choices')
}

/** The attribute name holding the field's value: `author_id` for relations with a column, else the name. */
export function attname(name: string, field: FieldState): string {
  return isForeignKeyLike(field) ? `${name}_id` : name
}

/** The column name: `db_column` when set, else the attname; null for a ManyToManyField (no column). */
export function columnName(name: string, field: FieldState): string | null {
  if (isManyToMany(field)) return null
  return stringKwarg(field, 'db_column') ?? attname(name, field)
}

/** The `on_delete` of a relation as Django deconstructs it (`django.db.models.deletion.CASCADE`), or undefined. */
export function onDelete(field: FieldState): Deconstructed | undefined {
  return kwarg(field, 'on_delete')
}

/** The `to_field` of a ForeignKey/OneToOneField, or undefined when it points at the primary key. */
export function toField(field: FieldState): string | undefined {
  return stringKwarg(field, 'to_field')
}

/** The `max_length` of the field as a number, or undefined. */
export function maxLength(field: FieldState): number | undefined {
  const value = kwarg(field, 'max_length')
  return value !== undefined && value.kind === 'int' ? Number(value.value) : undefined
}
