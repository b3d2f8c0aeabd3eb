import type { PyType, PyValue } from '../../../python/objects/base'
import { newList, newTuple } from '../../../python/objects/containers'
import { pyError, TypeError } from '../../../python/objects/exceptions'
import { PyBuiltin, PyProperty, propertyType } from '../../../python/objects/functions'
import { None } from '../../../python/objects/types'
import { defineClass, nativeMethod } from '../../host/native'
import type { DjangoRuntime } from '../../runtime'
import type { FieldObject } from './fields/field-object'
import { ModelOptions } from './options'

/** Django's default verbose name of a model: `BookCopy` → `book copy`. */
export function camelCaseToSpaces(name: string): string {
  return name
    .replace(/((?<=[a-z])[A-Z])|([A-Z](?![A-Z]|$))/g, ' $&')
    .trim()
    .toLowerCase()
}

function optionsSelf(value: PyValue): ModelOptions {
  if (value instanceof ModelOptions) return value
  throw pyError(TypeError, "descriptor requires a 'Options' object")
}

function getter(name: string, read: (opts: ModelOptions) => PyValue): PyProperty {
  const fget = new PyBuiltin(name, ([self]) => read(optionsSelf(self!)))
  const prop = new PyProperty(propertyType, fget, None, None, None)
  prop.name = name
  return prop
}

function isManyToMany(field: FieldObject): boolean {
  return field.builtin === 'ManyToManyField'
}

function verboseName(opts: ModelOptions): string {
  const explicit = opts.attr('verbose_name')
  return typeof explicit === 'string' ? explicit : camelCaseToSpaces(opts.objectName)
}

/**
 * Creates the `Options` class (a model's `_meta`) with the documented read-only API: `get_field`,
 * `get_fields` (forward fields), `fields`, `concrete_fields`, `local_fields`, `many_to_many`, `pk`,
 * `db_table`, `model`, `model_name`, `object_name`, `app_label`, `label`, `label_lower`, `verbose_name`,
 * `verbose_name_plural`, `abstract`, `proxy`, `managed`, `concrete_model`. Takes the runtime (for
 * FieldDoesNotExist); returns the class.
 */
export function createOptionsClass(rt: DjangoRuntime): PyType {
  const forward = (opts: ModelOptions): FieldObject[] => opts.allFields()
  const concrete = (opts: ModelOptions): FieldObject[] => forward(opts).filter((f) => !isManyToMany(f))
  return defineClass({
    name: 'Options',
    module: 'django.db.models.options',
    layout: (c) => new ModelOptions(c),
    attrs: {
      get_field: nativeMethod('Options', 'get_field', '(self, field_name)', (a) => {
        const opts = optionsSelf(a['self']!)
        const name = String(a['field_name'])
        const field =
          opts.getField(name) ??
          forward(opts).find((f) => !isManyToMany(f) && f.builtin !== 'Field' && `${f.name}_id` === name)
        if (field !== undefined) return field
        throw pyError(rt.cls('FieldDoesNotExist'), `${opts.objectName} has no field named '${name}'`)
      }),
      get_fields: nativeMethod(
        'Options',
        'get_fields',
        '(self, include_parents=True, include_hidden=False)',
        (a) => newTuple(forward(optionsSelf(a['self']!))),
      ),
      fields: getter('fields', (opts) => newTuple(concrete(opts))),
      concrete_fields: getter('concrete_fields', (opts) => newTuple(concrete(opts))),
      local_fields: getter('local_fields', (opts) =>
        newList(opts.localFields.filter((f) => !isManyToMany(f))),
      ),
      local_concrete_fields: getter('local_concrete_fields', (opts) =>
        newTuple(opts.localFields.filter((f) => !isManyToMany(f))),
      ),
      many_to_many: getter('many_to_many', (opts) => newTuple(forward(opts).filter(isManyToMany))),
      pk: getter('pk', (opts) => opts.pk() ?? None),
      db_table: getter('db_table', (opts) => opts.dbTable),
      model: getter('model', (opts) => opts.model),
      concrete_model: getter('concrete_model', (opts) => opts.concreteModel()),
      model_name: getter('model_name', (opts) => opts.modelName),
      object_name: getter('object_name', (opts) => opts.objectName),
      app_label: getter('app_label', (opts) => opts.appLabel),
      label: getter('label', (opts) => opts.label),
      label_lower: getter('label_lower', (opts) => opts.labelLower),
      verbose_name: getter('verbose_name', verboseName),
      verbose_name_plural: getter('verbose_name_plural', (opts) => {
        const explicit = opts.attr('verbose_name_plural')
        return typeof explicit === 'string' ? explicit : `${verboseName(opts)}s`
      }),
      abstract: getter('abstract', (opts) => opts.abstract),
      proxy: getter('proxy', (opts) => opts.proxy),
      managed: getter('managed', (opts) => opts.managed),
      __str__: new PyBuiltin('__str__', ([self]) => optionsSelf(self!).labelLower),
      __repr__: new PyBuiltin('__repr__', ([self]) => `<Options for ${optionsSelf(self!).objectName}>`),
    },
  })
}
