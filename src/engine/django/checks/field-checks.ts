import { PyType, type PyValue } from '../../python/objects/base'
import { PyList, PyTuple } from '../../python/objects/containers'
import { PyDict } from '../../python/objects/dict'
import { iterate } from '../../python/objects/iteration'
import { None } from '../../python/objects/types'
import { PyBaseException } from '../../python/objects/exceptions'
import type { FieldObject } from '../db/models/fields/field-object'
import { optionsOf, type ModelOptions } from '../db/models/options'
import { isRelation } from '../relations'
import type { DjangoRuntime } from '../runtime'
import type { CheckMessage } from './check-message'

function isPositiveInt(v: PyValue): boolean {
  return typeof v === 'number' && v > 0
}

function isNonNegativeInt(v: PyValue): boolean {
  return typeof v === 'number' && v >= 0
}

function validChoices(choices: PyValue): boolean {
  if (choices === None || choices === undefined) return true
  if (choices instanceof PyDict) return true
  if (typeof choices === 'string' || !(choices instanceof PyList || choices instanceof PyTuple)) {
    return !(typeof choices === 'string')
  }
  return choices.items.every((entry) => {
    if (!(entry instanceof PyList || entry instanceof PyTuple) || entry.items.length !== 2) return false
    const [, label] = entry.items
    if (label instanceof PyList || label instanceof PyTuple) return validChoices(label)
    return true
  })
}

/** The label a relation was declared with, as Django's E300 prints it (`'Author'`, `'library.Writer'`). */
function declaredTarget(field: FieldObject): string {
  const to = field.param('to')
  return to instanceof PyType ? to.name : String(to)
}

/** The lowercased lazy reference of an unresolved relation (`library.author`). */
function lazyReference(field: FieldObject, opts: ModelOptions): [string, string] {
  const to = String(field.param('to'))
  const [app, name] = to.includes('.')
    ? (to.split('.', 2) as [string, string])
    : [opts.appLabel, to === 'self' ? opts.objectName : to]
  return [app, name.toLowerCase()]
}

/** Runs the field checks Django runs on one field of model `opts`. */
export function checkField(field: FieldObject, opts: ModelOptions, rt: DjangoRuntime): CheckMessage[] {
  const obj = `${opts.label}.${field.name}`
  const out: CheckMessage[] = []
  const error = (id: string, msg: string, hint?: string) =>
    out.push({ level: 'error', obj, id, msg, ...(hint !== undefined ? { hint } : {}) })
  if (field.name!.endsWith('_')) error('fields.E001', 'Field names must not end with an underscore.')
  if (field.name!.includes('__')) error('fields.E002', `Field names must not contain "__".`)
  if (field.name === 'pk')
    error('fields.E003', "'pk' is a reserved word that cannot be used as a field name.")
  if (!validChoices(field.param('choices'))) {
    error(
      'fields.E005',
      "'choices' must be a mapping of actual values to human readable names or an iterable containing (actual value, human readable name) tuples.",
    )
  }
  const maxLength = field.param('max_length')
  if (
    ['CharField', 'SlugField', 'EmailField', 'URLField'].includes(field.builtin) &&
    maxLength !== None &&
    !isPositiveInt(maxLength)
  ) {
    error('fields.E121', "'max_length' must be a positive integer.")
  }
  if (field.builtin === 'DecimalField') {
    const places = field.param('decimal_places')
    const digits = field.param('max_digits')
    if (places === None) error('fields.E130', "DecimalFields must define a 'decimal_places' attribute.")
    else if (!isNonNegativeInt(places))
      error('fields.E131', "'decimal_places' must be a non-negative integer.")
    if (digits === None) error('fields.E132', "DecimalFields must define a 'max_digits' attribute.")
    else if (!isPositiveInt(digits)) error('fields.E133', "'max_digits' must be a positive integer.")
    else if (isNonNegativeInt(places) && (digits as number) < (places as number)) {
      error('fields.E134', "'max_digits' must be greater or equal to 'decimal_places'.")
    }
  }
  if (isRelation(field) && field.target === null) {
    const [app, model] = lazyReference(field, opts)
    error(
      'fields.E300',
      `Field defines a relation with model '${declaredTarget(field)}', which is either not installed, or is abstract.`,
    )
    const reason = rt.installedApps.includes(app)
      ? `app '${app}' doesn't provide model '${model}'`
      : `app '${app}' isn't installed`
    error(
      'fields.E307',
      `The field ${obj} was declared with a lazy reference to '${app}.${model}', but ${reason}.`,
    )
  }
  if (field.builtin === 'ManyToManyField') {
    if (field.param('null') === true) {
      out.push({ level: 'warning', obj, id: 'fields.W340', msg: 'null has no effect on ManyToManyField.' })
    }
    if ((field.param('validators') as PyList | PyTuple | undefined)?.items?.length) {
      out.push({
        level: 'warning',
        obj,
        id: 'fields.W341',
        msg: 'ManyToManyField does not support validators.',
      })
    }
    const table = field.param('db_table')
    if (typeof table === 'string') {
      for (const other of rt.models) {
        const o = optionsOf(other)!
        if (!o.abstract && !o.proxy && o.managed && o.dbTable === table) {
          error(
            'fields.E340',
            `The field's intermediary table '${table}' clashes with the table name of '${o.label}'.`,
          )
        }
      }
    }
  }
  if (field.builtin === 'ForeignKey' && field.param('unique') === true) {
    out.push({
      level: 'warning',
      obj,
      id: 'fields.W342',
      msg: 'Setting unique=True on a ForeignKey has the same effect as using a OneToOneField.',
      hint: 'ForeignKey(unique=True) is usually better served by a OneToOneField.',
    })
  }
  if (field.builtin === 'ImageField' && !pillowInstalled(rt)) {
    error(
      'fields.E210',
      'Cannot use ImageField because Pillow is not installed.',
      'Get Pillow at https://pypi.org/project/Pillow/ or run command "python -m pip install Pillow".',
    )
  }
  return out
}

/** Whether `PIL.Image` imports in the runtime's interpreter (it never does unless the project ships one). */
function pillowInstalled(rt: DjangoRuntime): boolean {
  if (rt.interpreter === undefined) return false
  try {
    rt.interpreter.importModule('PIL.Image')
    return true
  } catch (error) {
    if (error instanceof PyBaseException) return false
    throw error
  }
}

/** The reverse accessor name of a resolved relation (`book_set`, `profile`, the related_name), or null for `+`. */
export function reverseAccessor(field: FieldObject, opts: ModelOptions): string | null {
  const related = field.param('related_name')
  const fallback = opts.attr('default_related_name')
  const name =
    typeof related === 'string'
      ? related
      : typeof fallback === 'string'
        ? fallback.replace('%(class)s', opts.modelName).replace('%(app_label)s', opts.appLabel)
        : null
  if (name !== null) return name.endsWith('+') ? null : name
  return field.builtin === 'OneToOneField' ? opts.modelName : `${opts.modelName}_set`
}

/** The clashes between reverse accessors and fields (fields.E302, E304). */
export function checkReverseClashes(rt: DjangoRuntime): CheckMessage[] {
  const out: CheckMessage[] = []
  const relations: { field: FieldObject; opts: ModelOptions; accessor: string }[] = []
  for (const model of rt.models) {
    const opts = optionsOf(model)!
    if (opts.abstract) continue
    for (const field of opts.localFields) {
      if (!isRelation(field) || field.target === null) continue
      const accessor = reverseAccessor(field, opts)
      if (accessor !== null) relations.push({ field, opts, accessor })
    }
  }
  for (const rel of relations) {
    const target = optionsOf(rel.field.target!)!
    const obj = `${rel.opts.label}.${rel.field.name}`
    const clashField = target.allFields().find((f) => f.name === rel.accessor)
    if (clashField !== undefined) {
      out.push({
        level: 'error',
        obj,
        id: 'fields.E302',
        msg: `Reverse accessor '${target.objectName}.${rel.accessor}' for '${obj}' clashes with field name '${target.label}.${clashField.name}'.`,
        hint: `Rename field '${target.label}.${clashField.name}', or add/change a related_name argument to the definition for field '${obj}'.`,
      })
    }
    for (const other of relations) {
      if (other === rel || other.field.target !== rel.field.target || other.accessor !== rel.accessor)
        continue
      const otherObj = `${other.opts.label}.${other.field.name}`
      out.push({
        level: 'error',
        obj,
        id: 'fields.E304',
        msg: `Reverse accessor '${target.objectName}.${rel.accessor}' for '${obj}' clashes with reverse accessor for '${otherObj}'.`,
        hint: `Add or change a related_name argument to the definition for '${obj}' or '${otherObj}'.`,
      })
    }
  }
  void iterate
  return out
}
