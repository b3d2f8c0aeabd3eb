import { PyType } from '../python/objects/base'
import { None } from '../python/objects/types'
import type { FieldObject } from './db/models/fields/field-object'
import { optionsOf, type ModelOptions } from './db/models/options'
import type { DjangoRuntime } from './runtime'

/** Finds the model a lazy reference names, seen from a model of app `appLabel`: `'self'`, `'Model'`, `'app.Model'`. */
export function lookupModel(rt: DjangoRuntime, ref: string, from: ModelOptions): PyType | null {
  if (ref === 'self') return from.model
  const [app, name] = ref.includes('.') ? (ref.split('.', 2) as [string, string]) : [from.appLabel, ref]
  const found = rt.models.find((m) => {
    const opts = optionsOf(m)!
    return opts.appLabel === app && opts.modelName === name.toLowerCase()
  })
  return found ?? null
}

function resolve(rt: DjangoRuntime, value: unknown, from: ModelOptions): PyType | null {
  if (value instanceof PyType) return optionsOf(value) !== undefined ? value : null
  if (typeof value === 'string') return lookupModel(rt, value, from)
  return null
}

/**
 * Resolves every relation's target (and every many-to-many's `through`) once all models are
 * imported, as Django's app registry does when it is ready. Unresolved references stay null (the
 * system checks report them); abstract targets count as unresolved.
 */
export function resolveRelations(rt: DjangoRuntime): void {
  for (const model of rt.models) {
    const opts = optionsOf(model)!
    for (const field of opts.localFields) {
      if (!isRelation(field)) continue
      const target = resolve(rt, field.param('to'), opts)
      field.target = target !== null && !optionsOf(target)!.abstract ? target : null
      const through = field.param('through')
      if (field.builtin === 'ManyToManyField' && through !== None && through !== undefined) {
        field.through = resolve(rt, through, opts)
      }
    }
  }
}

/** Whether a field is a ForeignKey, OneToOneField or ManyToManyField (or derives from one). */
export function isRelation(field: FieldObject): boolean {
  return (
    field.builtin === 'ForeignKey' || field.builtin === 'OneToOneField' || field.builtin === 'ManyToManyField'
  )
}
