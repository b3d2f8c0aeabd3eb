import { PyList, PyTuple } from '../../python/objects/containers'
import type { PyValue } from '../../python/objects/base'
import type { ModelOptions } from '../db/models/options'
import type { CheckMessage } from './check-message'

function names(v: PyValue): PyValue[] {
  return v instanceof PyList || v instanceof PyTuple ? [...v.items] : []
}

/** Runs the model checks Django runs on one model (models.E004, E012, E015). */
export function checkModel(opts: ModelOptions): CheckMessage[] {
  const out: CheckMessage[] = []
  const error = (id: string, msg: string) => out.push({ level: 'error', obj: opts.label, id, msg })
  const idField = opts.localFields.find((f) => f.name === 'id')
  if (idField !== undefined && idField.param('primary_key') !== true) {
    error('models.E004', "'id' can only be used as a field name if the field also sets 'primary_key=True'.")
  }
  const fieldNames = new Set(opts.allFields().map((f) => f.name))
  const together = names(opts.attr('unique_together'))
  const groups = together.every((g) => g instanceof PyList || g instanceof PyTuple)
    ? together
    : [opts.attr('unique_together')]
  for (const group of groups) {
    for (const name of names(group)) {
      if (typeof name === 'string' && !fieldNames.has(name)) {
        error('models.E012', `'unique_together' refers to the nonexistent field '${name}'.`)
      }
    }
  }
  for (const entry of names(opts.attr('ordering'))) {
    if (typeof entry !== 'string' || entry === '?') continue
    const bare = entry.replace(/^-/, '')
    if (bare === 'pk') continue
    const [first, ...rest] = bare.split('__')
    const field = opts.allFields().find((f) => f.name === first || `${f.name}_id` === first)
    const related =
      field !== undefined &&
      (field.builtin === 'ForeignKey' ||
        field.builtin === 'OneToOneField' ||
        field.builtin === 'ManyToManyField')
    if (field === undefined || (rest.length > 0 && !related)) {
      error('models.E015', `'ordering' refers to the nonexistent field, related field, or lookup '${bare}'.`)
    }
  }
  return out
}
