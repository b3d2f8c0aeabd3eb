import { PyType, type PyValue } from '../../../../python/objects/base'
import { getattr } from '../../../../python/objects/attributes'
import { newList, newTuple, PyList, PyTuple } from '../../../../python/objects/containers'
import { PyDict } from '../../../../python/objects/dict'
import { None, typeOf } from '../../../../python/objects/types'
import { NOT_PROVIDED } from '../../../host/native'
import { fieldClassChain } from './field-classes'
import type { FieldObject } from './field-object'
import { modelLabel, modelLabelLower, optionsOf } from '../options'

/** What Django's `Field.deconstruct()` returns, with Python values. */
export interface FieldDeconstruction {
  readonly name: string | null
  readonly path: string
  readonly args: readonly PyValue[]
  readonly kwargs: ReadonlyMap<string, PyValue>
}

type Kw = Map<string, PyValue>

/** Field's own options in the order Django's `deconstruct()` emits them, with the value that omits them. */
const BASE_OPTIONS: readonly (readonly [string, PyValue])[] = [
  ['verbose_name', None],
  ['primary_key', false],
  ['max_length', None],
  ['unique', false],
  ['blank', false],
  ['null', false],
  ['db_index', false],
  ['default', NOT_PROVIDED],
  ['db_default', NOT_PROVIDED],
  ['editable', true],
  ['serialize', true],
  ['unique_for_date', None],
  ['unique_for_month', None],
  ['unique_for_year', None],
  ['choices', None],
  ['help_text', ''],
  ['db_column', None],
  ['db_comment', None],
  ['db_tablespace', None],
  ['auto_created', false],
  ['validators', 'EMPTY'],
  ['error_messages', None],
]

function isOmitted(value: PyValue, omit: PyValue): boolean {
  if (omit === 'EMPTY')
    return (value instanceof PyList || value instanceof PyTuple) && value.items.length === 0
  if (omit === None || omit === NOT_PROVIDED) return value === omit
  if (typeof omit === 'boolean') return value === omit
  return value === omit
}

function setIf(kw: Kw, name: string, value: PyValue, unless: PyValue): void {
  if (value !== undefined && value !== unless) kw.set(name, value)
}

/** Whether `value` is a Choices enum class (its metaclass is `ChoicesType`). */
function isChoicesClass(value: PyValue): value is PyType {
  return (
    value instanceof PyType &&
    typeOf(value).mro.some((t) => t.name === 'ChoicesType' && t.module === 'django.db.models.enums')
  )
}

/**
 * Normalises `choices` as Django stores them: a Choices enum class becomes its `.choices`, a dict, list or
 * tuple of pairs becomes a list of (value, label) tuples, groups (one level down) likewise; anything else
 * (a string, a malformed sequence) is kept as given.
 */
function normaliseChoices(choices: PyValue, depth = 0): PyValue {
  if (isChoicesClass(choices)) return getattr(choices, 'choices')
  if (depth >= 2) return choices
  let pairs: PyValue[]
  if (choices instanceof PyDict) pairs = [...choices.entries()].map(([key, value]) => newTuple([key, value]))
  else if (choices instanceof PyList || choices instanceof PyTuple) {
    if (choices.items.some((item) => typeof item === 'string')) return choices
    pairs = choices.items
  } else return choices
  const normalised: PyValue[] = []
  for (const pair of pairs) {
    if (!(pair instanceof PyList || pair instanceof PyTuple) || pair.items.length !== 2) return choices
    normalised.push(newTuple([pair.items[0]!, normaliseChoices(pair.items[1]!, depth + 1)]))
  }
  return newList(normalised)
}

/** Per-class changes to the kwargs, applied from `Field` down to the field's own class. */
const CLASS_RULES: Readonly<Record<string, (f: FieldObject, kw: Kw) => void>> = {
  CharField: (f, kw) => setIf(kw, 'db_collation', f.param('db_collation'), None),
  TextField: (f, kw) => setIf(kw, 'db_collation', f.param('db_collation'), None),
  SlugField: (f, kw) => {
    if (kw.get('max_length') === 50) kw.delete('max_length')
    kw.delete('db_index')
    if (f.param('db_index') === false) kw.set('db_index', false)
    if (f.param('allow_unicode') !== false) kw.set('allow_unicode', f.param('allow_unicode'))
  },
  URLField: (_f, kw) => {
    if (kw.get('max_length') === 200) kw.delete('max_length')
  },
  AutoField: (_f, kw) => {
    kw.delete('blank')
    kw.set('primary_key', true)
  },
  DecimalField: (f, kw) => {
    setIf(kw, 'max_digits', f.param('max_digits'), None)
    setIf(kw, 'decimal_places', f.param('decimal_places'), None)
  },
  DateField: dateRule,
  TimeField: dateRule,
  UUIDField: (_f, kw) => void kw.delete('max_length'),
  JSONField: (f, kw) => {
    setIf(kw, 'encoder', f.param('encoder'), None)
    setIf(kw, 'decoder', f.param('decoder'), None)
  },
  BinaryField: (f, kw) => {
    kw.delete('editable')
    if (f.param('editable') === true) kw.set('editable', true)
  },
  GenericIPAddressField: (f, kw) => {
    if (f.param('unpack_ipv4') !== false) kw.set('unpack_ipv4', f.param('unpack_ipv4'))
    if (f.param('protocol') !== 'both') kw.set('protocol', f.param('protocol'))
    if (kw.get('max_length') === 39) kw.delete('max_length')
  },
  FilePathField: (f, kw) => {
    if (f.param('path') !== '') kw.set('path', f.param('path'))
    setIf(kw, 'match', f.param('match'), None)
    setIf(kw, 'recursive', f.param('recursive'), false)
    setIf(kw, 'allow_files', f.param('allow_files'), true)
    setIf(kw, 'allow_folders', f.param('allow_folders'), false)
    if (kw.get('max_length') === 100) kw.delete('max_length')
  },
  FileField: (f, kw) => {
    if (kw.get('max_length') === 100) kw.delete('max_length')
    kw.set('upload_to', f.param('upload_to'))
    setIf(kw, 'storage', f.param('storage'), None)
  },
  ImageField: (f, kw) => {
    setIf(kw, 'width_field', f.param('width_field'), None)
    setIf(kw, 'height_field', f.param('height_field'), None)
  },
  ForeignKey: (f, kw) => {
    relatedOptions(f, kw)
    kw.set('on_delete', f.param('on_delete'))
    if (f.param('parent_link') !== false) kw.set('parent_link', f.param('parent_link'))
    kw.set('to', relationTo(f))
    kw.delete('db_index')
    if (f.param('db_index') === false) kw.set('db_index', false)
    setIf(kw, 'db_constraint', f.param('db_constraint'), true)
    const toField = f.param('to_field')
    if (toField !== None && toField !== undefined && toField !== targetPkName(f)) kw.set('to_field', toField)
  },
  OneToOneField: (_f, kw) => void kw.delete('unique'),
  ManyToManyField: (f, kw) => {
    relatedOptions(f, kw)
    setIf(kw, 'db_table', f.param('db_table'), None)
    setIf(kw, 'db_constraint', f.param('db_constraint'), true)
    const through = f.param('through')
    if (through !== None && through !== undefined) {
      kw.set('through', f.through !== null ? modelLabel(f.through) : through)
    }
    kw.set('to', relationTo(f))
  },
  GeneratedField: (f, kw) => {
    kw.delete('blank')
    kw.delete('editable')
    kw.set('db_persist', f.param('db_persist'))
    kw.set('expression', f.param('expression'))
    kw.set('output_field', f.param('output_field'))
  },
}

function dateRule(f: FieldObject, kw: Kw): void {
  const autoNow = f.param('auto_now')
  const autoNowAdd = f.param('auto_now_add')
  if (autoNow !== false) kw.set('auto_now', autoNow)
  if (autoNowAdd !== false) kw.set('auto_now_add', autoNowAdd)
  if (autoNow !== false || autoNowAdd !== false) {
    kw.delete('editable')
    kw.delete('blank')
  }
}

function relatedOptions(f: FieldObject, kw: Kw): void {
  const limit = f.param('limit_choices_to')
  if (limit !== None && limit !== undefined && !(limit instanceof PyDict && limit.size === 0)) {
    kw.set('limit_choices_to', limit)
  }
  setIf(kw, 'related_name', f.param('related_name'), None)
  setIf(kw, 'related_query_name', f.param('related_query_name'), None)
}

/** The `to` of a relation as Django deconstructs it: `'app.model'` once resolved, the lazy string lowercased before. */
export function relationTo(f: FieldObject): PyValue {
  if (f.target !== null) return modelLabelLower(f.target)
  const to = f.param('to')
  if (typeof to !== 'string') return to
  const dot = to.indexOf('.')
  return dot < 0 ? to.toLowerCase() : `${to.slice(0, dot)}.${to.slice(dot + 1).toLowerCase()}`
}

function targetPkName(f: FieldObject): string | null {
  if (f.target === null) return null
  return optionsOf(f.target)?.pk()?.name ?? null
}

/**
 * Takes a field instance (of a built-in class or a subclass), returns Django's `deconstruct()`: the
 * attribute name, the import path (`django.db.models.CharField`, `library.fields.MoneyField`), no
 * positional arguments, and the options that differ from their defaults, in Django's order.
 */
export function deconstructField(field: FieldObject): FieldDeconstruction {
  const kw: Kw = new Map()
  for (const [name, omit] of BASE_OPTIONS) {
    const value = field.param(name)
    if (value === undefined || isOmitted(value, omit)) continue
    kw.set(name, name === 'choices' ? normaliseChoices(value) : value)
  }
  for (const cls of [...fieldClassChain(field.builtin)].reverse()) CLASS_RULES[cls]?.(field, kw)
  return { name: field.name, path: fieldPath(field), args: [], kwargs: kw }
}

/** The import path of the field's class as Django writes it (`django.db.models.fields` shortened to `django.db.models`). */
export function fieldPath(field: FieldObject): string {
  const module = field.cls.module
  if (module.startsWith('django.db.models.fields')) return `django.db.models.${field.cls.qualname}`
  return `${module}.${field.cls.qualname}`
}
