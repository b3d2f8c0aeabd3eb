import type { FieldState } from '../../migrations/field-state'
import { kwarg } from '../../migrations/field-state'
import { type FieldClassName, fieldClass, internalType } from '../../models/fields/field-class'
import { isForeignKeyLike, isManyToMany, maxLength } from '../../models/fields/field-attributes'

/** The column type Django's SQLite backend uses for each internal type (`data_types`); `%(max_length)s` filled in later. */
const DATA_TYPES: Partial<Record<FieldClassName, string>> = {
  AutoField: 'integer',
  BigAutoField: 'integer',
  BinaryField: 'BLOB',
  BooleanField: 'bool',
  NullBooleanField: 'bool',
  CharField: 'varchar(%(max_length)s)',
  DateField: 'date',
  DateTimeField: 'datetime',
  DecimalField: 'decimal',
  DurationField: 'bigint',
  FileField: 'varchar(%(max_length)s)',
  FilePathField: 'varchar(%(max_length)s)',
  FloatField: 'real',
  IntegerField: 'integer',
  BigIntegerField: 'bigint',
  IPAddressField: 'char(15)',
  GenericIPAddressField: 'char(39)',
  JSONField: 'text',
  PositiveBigIntegerField: 'bigint unsigned',
  PositiveIntegerField: 'integer unsigned',
  PositiveSmallIntegerField: 'smallint unsigned',
  SlugField: 'varchar(%(max_length)s)',
  SmallAutoField: 'integer',
  SmallIntegerField: 'smallint',
  TextField: 'text',
  TimeField: 'time',
  UUIDField: 'char(32)',
}

/** The type a column referring to a key of each type gets (`rel_db_type`), where it differs from the type. */
const REL_DATA_TYPES: Partial<Record<FieldClassName, string>> = {
  AutoField: 'integer',
  BigAutoField: 'bigint',
  SmallAutoField: 'smallint',
  PositiveBigIntegerField: 'bigint',
  PositiveIntegerField: 'integer',
  PositiveSmallIntegerField: 'smallint',
}

/** The default `max_length` of classes that have one. */
const DEFAULT_MAX_LENGTH: Partial<Record<FieldClassName, number>> = {
  SlugField: 50,
  EmailField: 254,
  URLField: 200,
  FileField: 100,
  ImageField: 100,
  FilePathField: 100,
}

function fillMaxLength(template: string, field: FieldState, cls: FieldClassName): string {
  if (!template.includes('%(max_length)s')) return template
  const fromClass = DEFAULT_MAX_LENGTH[cls]
  const length = maxLength(field) ?? fromClass
  return template.replace('%(max_length)s', length === undefined ? 'None' : String(length))
}

/**
 * The SQLite column type of a non-relational field (`db_type`), or null when it has no column
 * (ManyToManyField, or a relation: ask `relatedColumnType` with its target).
 */
export function columnType(field: FieldState): string | null {
  if (isManyToMany(field) || isForeignKeyLike(field)) return null
  const cls = internalType(field)
  const template = DATA_TYPES[cls]
  if (template === undefined) return null
  return fillMaxLength(template, field, fieldClass(field))
}

/** The type of a column that refers to `target` (a ForeignKey's column): Django's `rel_db_type`. */
export function relatedColumnType(target: FieldState): string | null {
  const rel = REL_DATA_TYPES[internalType(target)]
  return rel ?? columnType(target)
}

/** The CHECK expression Django puts on a column (positive integers, JSON), or null. */
export function columnCheck(field: FieldState, column: string): string | null {
  switch (internalType(field)) {
    case 'PositiveBigIntegerField':
    case 'PositiveIntegerField':
    case 'PositiveSmallIntegerField':
      return `"${column}" >= 0`
    case 'JSONField':
      return `(JSON_VALID("${column}") OR "${column}" IS NULL)`
    default:
      return null
  }
}

/** The text after the column definition (`AUTOINCREMENT` for auto fields), or null. */
export function columnSuffix(field: FieldState): string | null {
  const cls = internalType(field)
  return cls === 'AutoField' || cls === 'BigAutoField' || cls === 'SmallAutoField' ? 'AUTOINCREMENT' : null
}

/** The `db_collation` of the field, or null. */
export function columnCollation(field: FieldState): string | null {
  const value = kwarg(field, 'db_collation')
  return value !== undefined && value.kind === 'str' ? value.value : null
}
