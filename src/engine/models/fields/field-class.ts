import type { FieldState } from '../../migrations/field-state'

/** Every built-in Django 5.2 field class the engine knows, by class name. */
export const BUILTIN_FIELD_CLASSES = [
  'AutoField',
  'BigAutoField',
  'SmallAutoField',
  'CharField',
  'TextField',
  'SlugField',
  'EmailField',
  'URLField',
  'IntegerField',
  'BigIntegerField',
  'SmallIntegerField',
  'PositiveIntegerField',
  'PositiveBigIntegerField',
  'PositiveSmallIntegerField',
  'FloatField',
  'DecimalField',
  'BooleanField',
  'NullBooleanField',
  'DateField',
  'DateTimeField',
  'TimeField',
  'DurationField',
  'UUIDField',
  'JSONField',
  'BinaryField',
  'GenericIPAddressField',
  'IPAddressField',
  'FilePathField',
  'FileField',
  'ImageField',
  'CommaSeparatedIntegerField',
  'ForeignKey',
  'OneToOneField',
  'ManyToManyField',
  'GeneratedField',
  'Field',
] as const

/** The name of a built-in Django field class. */
export type FieldClassName = (typeof BUILTIN_FIELD_CLASSES)[number]

const KNOWN = new Set<string>(BUILTIN_FIELD_CLASSES)

/** Takes a class name, returns whether it is a built-in Django field class. */
export function isBuiltinFieldClass(name: string): name is FieldClassName {
  return KNOWN.has(name)
}

const DJANGO_FIELD_MODULES = [
  'django.db.models.',
  'django.db.models.fields.',
  'django.db.models.fields.related.',
  'django.db.models.fields.files.',
  'django.db.models.fields.json.',
  'django.db.models.fields.generated.',
]

/**
 * The built-in class a field behaves as: the class named by `path` when it is one of Django's
 * (`django.db.models.CharField` → `CharField`), else the field's `baseClass` (custom fields), else `Field`.
 */
export function fieldClass(field: FieldState): FieldClassName {
  for (const prefix of DJANGO_FIELD_MODULES) {
    if (field.path.startsWith(prefix)) {
      const rest = field.path.slice(prefix.length)
      if (isBuiltinFieldClass(rest)) return rest
    }
  }
  if (field.baseClass !== undefined && isBuiltinFieldClass(field.baseClass)) return field.baseClass
  return 'Field'
}

/** The auto-incrementing primary key classes. */
export const AUTO_FIELD_CLASSES: readonly FieldClassName[] = ['AutoField', 'BigAutoField', 'SmallAutoField']

/** The classes Django treats as dates and times for `auto_now`/`auto_now_add`. */
export const TIME_FIELD_CLASSES: readonly FieldClassName[] = ['DateField', 'DateTimeField', 'TimeField']

/** The relational classes (a `remote_field`). */
export const RELATION_FIELD_CLASSES: readonly FieldClassName[] = [
  'ForeignKey',
  'OneToOneField',
  'ManyToManyField',
]

/**
 * Field classes whose empty value is not the empty string (Django's `empty_strings_allowed = False`):
 * a blank field of these classes still needs a default when added.
 */
const NO_EMPTY_STRINGS: ReadonlySet<FieldClassName> = new Set<FieldClassName>([
  'AutoField',
  'BigAutoField',
  'SmallAutoField',
  'IntegerField',
  'BigIntegerField',
  'SmallIntegerField',
  'PositiveIntegerField',
  'PositiveBigIntegerField',
  'PositiveSmallIntegerField',
  'FloatField',
  'DecimalField',
  'BooleanField',
  'NullBooleanField',
  'DateField',
  'DateTimeField',
  'TimeField',
  'DurationField',
  'UUIDField',
  'JSONField',
  'GenericIPAddressField',
  'IPAddressField',
  'ForeignKey',
  'OneToOneField',
])

/** Whether the field class accepts the empty string as a value (Django's `empty_strings_allowed`). */
export function emptyStringsAllowed(cls: FieldClassName): boolean {
  return !NO_EMPTY_STRINGS.has(cls)
}

/** The class whose database type a field uses (Django's `get_internal_type()`). */
export function internalType(field: FieldState): FieldClassName {
  const cls = fieldClass(field)
  switch (cls) {
    case 'EmailField':
    case 'URLField':
    case 'CommaSeparatedIntegerField':
      return 'CharField'
    case 'ImageField':
      return 'FileField'
    default:
      return cls
  }
}
