/**
 * Django 5.2's built-in field classes as the interpreter shows them: each class's module, parent and
 * own `__init__` parameter list (what it takes before passing `*args, **kwargs` to its parent), and
 * the keyword arguments it sets before its parent runs (`kwargs.setdefault('max_length', 254)`).
 */

/** One built-in field class. */
export interface FieldClassSpec {
  readonly name: string
  /** The class's `__module__` (`django.db.models.fields`). */
  readonly module: string
  readonly parent: string | null
  /** The `__init__` parameter list, `self` first; null when the class inherits its parent's. */
  readonly init: string | null
  /** Keyword arguments the class sets for its parent when the caller did not pass them. */
  readonly defaults: readonly (readonly [string, number | boolean | string])[]
}

const FIELDS = 'django.db.models.fields'
const RELATED = 'django.db.models.fields.related'
const FILES = 'django.db.models.fields.files'

/** `Field.__init__`'s parameters, in order. */
export const FIELD_INIT =
  "(self, verbose_name=None, name=None, primary_key=False, max_length=None, unique=False, blank=False, null=False, db_index=False, rel=None, default=NOT_PROVIDED, editable=True, serialize=True, unique_for_date=None, unique_for_month=None, unique_for_year=None, choices=None, help_text='', db_column=None, db_tablespace=None, auto_created=False, validators=(), error_messages=None, db_comment=None, db_default=NOT_PROVIDED)"

const spec = (
  name: string,
  module: string,
  parent: string | null,
  init: string | null,
  defaults: readonly (readonly [string, number | boolean | string])[] = [],
): FieldClassSpec => ({ name, module, parent, init, defaults })

/** Every built-in field class, parents before children. */
export const FIELD_CLASS_SPECS: readonly FieldClassSpec[] = [
  spec('Field', FIELDS, null, FIELD_INIT),
  spec('CharField', FIELDS, 'Field', '(self, *args, db_collation=None, **kwargs)'),
  spec('TextField', FIELDS, 'Field', '(self, *args, db_collation=None, **kwargs)'),
  spec(
    'SlugField',
    FIELDS,
    'CharField',
    '(self, *args, max_length=50, db_index=True, allow_unicode=False, **kwargs)',
  ),
  spec('EmailField', FIELDS, 'CharField', '(self, *args, **kwargs)', [['max_length', 254]]),
  spec('URLField', FIELDS, 'CharField', '(self, verbose_name=None, name=None, **kwargs)', [
    ['max_length', 200],
  ]),
  spec('CommaSeparatedIntegerField', FIELDS, 'CharField', null),
  spec('IntegerField', FIELDS, 'Field', null),
  spec('BigIntegerField', FIELDS, 'IntegerField', null),
  spec('SmallIntegerField', FIELDS, 'IntegerField', null),
  spec('PositiveIntegerField', FIELDS, 'IntegerField', null),
  spec('PositiveBigIntegerField', FIELDS, 'IntegerField', null),
  spec('PositiveSmallIntegerField', FIELDS, 'IntegerField', null),
  spec('AutoField', FIELDS, 'IntegerField', '(self, *args, **kwargs)', [['blank', true]]),
  spec('BigAutoField', FIELDS, 'AutoField', null),
  spec('SmallAutoField', FIELDS, 'AutoField', null),
  spec('FloatField', FIELDS, 'Field', null),
  spec(
    'DecimalField',
    FIELDS,
    'Field',
    '(self, verbose_name=None, name=None, max_digits=None, decimal_places=None, **kwargs)',
  ),
  spec('BooleanField', FIELDS, 'Field', null),
  spec(
    'DateField',
    FIELDS,
    'Field',
    '(self, verbose_name=None, name=None, auto_now=False, auto_now_add=False, **kwargs)',
  ),
  spec('DateTimeField', FIELDS, 'DateField', null),
  spec(
    'TimeField',
    FIELDS,
    'Field',
    '(self, verbose_name=None, name=None, auto_now=False, auto_now_add=False, **kwargs)',
  ),
  spec('DurationField', FIELDS, 'Field', null),
  spec('UUIDField', FIELDS, 'Field', '(self, verbose_name=None, **kwargs)', [['max_length', 32]]),
  spec(
    'JSONField',
    'django.db.models.fields.json',
    'Field',
    '(self, verbose_name=None, name=None, encoder=None, decoder=None, **kwargs)',
  ),
  spec('BinaryField', FIELDS, 'Field', '(self, *args, **kwargs)', [['editable', false]]),
  spec(
    'GenericIPAddressField',
    FIELDS,
    'Field',
    "(self, verbose_name=None, name=None, protocol='both', unpack_ipv4=False, *args, **kwargs)",
    [['max_length', 39]],
  ),
  spec(
    'FilePathField',
    FIELDS,
    'Field',
    "(self, verbose_name=None, name=None, path='', match=None, recursive=False, allow_files=True, allow_folders=False, **kwargs)",
    [['max_length', 100]],
  ),
  spec(
    'FileField',
    FILES,
    'Field',
    "(self, verbose_name=None, name=None, upload_to='', storage=None, **kwargs)",
    [['max_length', 100]],
  ),
  spec(
    'ImageField',
    FILES,
    'FileField',
    '(self, verbose_name=None, name=None, width_field=None, height_field=None, **kwargs)',
  ),
  spec(
    'ForeignKey',
    RELATED,
    'Field',
    '(self, to, on_delete, related_name=None, related_query_name=None, limit_choices_to=None, parent_link=False, to_field=None, db_constraint=True, **kwargs)',
    [['db_index', true]],
  ),
  spec('OneToOneField', RELATED, 'ForeignKey', '(self, to, on_delete, to_field=None, **kwargs)', [
    ['unique', true],
  ]),
  spec(
    'ManyToManyField',
    RELATED,
    'Field',
    '(self, to, related_name=None, related_query_name=None, limit_choices_to=None, symmetrical=None, through=None, through_fields=None, db_constraint=True, db_table=None, swappable=True, **kwargs)',
  ),
  spec(
    'GeneratedField',
    'django.db.models.fields.generated',
    'Field',
    '(self, *, expression, output_field, db_persist=None, **kwargs)',
    [
      ['editable', false],
      ['blank', true],
    ],
  ),
]

/** The spec of a built-in field class by name; throws RangeError for an unknown one. */
export function fieldClassSpec(name: string): FieldClassSpec {
  const found = FIELD_CLASS_SPECS.find((s) => s.name === name)
  if (found === undefined) throw new RangeError(`unknown field class ${name}`)
  return found
}

/** The class names from `name` up to `Field`, most derived first. */
export function fieldClassChain(name: string): readonly string[] {
  const chain: string[] = []
  for (let current: string | null = name; current !== null; current = fieldClassSpec(current).parent) {
    chain.push(current)
  }
  return chain
}

/** Whether a built-in field class is, or derives from, `ancestor`. */
export function fieldIsA(name: string, ancestor: string): boolean {
  return fieldClassChain(name).includes(ancestor)
}
