import { PyObject, PyType, type KwNames, type PyValue } from '../../../python/objects/base'
import { setattr } from '../../../python/objects/attributes'
import { call, newClass } from '../../../python/objects/calls'
import { PyTuple } from '../../../python/objects/containers'
import { PyDict } from '../../../python/objects/dict'
import { pyError, RuntimeError, TypeError } from '../../../python/objects/exceptions'
import { PyBoundMethod, PyBuiltin, PyFunction, PyGetSet } from '../../../python/objects/functions'
import { newExceptionClass } from '../../../python/objects/native'
import { str } from '../../../python/objects/repr'
import { newDict, None, objectType, typeOf, typeType } from '../../../python/objects/types'
import { defineClass, staticMethod } from '../../host/native'
import type { DjangoRuntime } from '../../runtime'
import { FieldObject } from './fields/field-object'
import { ManagerObject } from './manager'
import { META_OPTION_NAMES, ModelOptions, optionsOf } from './options'

function metaAttr(meta: PyType | null, name: string): PyValue {
  if (meta === null) return undefined
  for (const t of meta.mro) {
    if (t === objectType) continue
    const v = t.dict.get(name)
    if (v !== undefined) return v
  }
  return undefined
}

function checkMetaAttributes(meta: PyType | null): void {
  if (meta === null) return
  const invalid = [...meta.dict.keys()].filter(
    (k) => typeof k === 'string' && !k.startsWith('_') && !META_OPTION_NAMES.includes(k),
  )
  if (invalid.length > 0)
    throw pyError(TypeError, `'class Meta' got invalid attribute(s): ${invalid.join(',')}`)
}

function isModelClass(v: PyValue, rt: DjangoRuntime): v is PyType {
  return v instanceof PyType && v !== rt.cls('Model') && v.isSubtype(rt.cls('Model'))
}

function copyField(rt: DjangoRuntime, field: FieldObject): FieldObject {
  const copy = new FieldObject(field.cls)
  copy.builtin = field.builtin
  for (const [k, v] of field.params) copy.params.set(k, v)
  copy.counter = field.counter
  copy.dict = field.dict === null ? newDict() : field.dict.copy()
  void rt
  return copy
}

/** Creates an automatically added field of built-in class `className` with the given options. */
function autoField(
  rt: DjangoRuntime,
  className: string,
  args: PyValue[],
  kwargs: Record<string, PyValue>,
): FieldObject {
  const names = Object.keys(kwargs)
  const field = call(
    rt.cls(className),
    [...args, ...Object.values(kwargs)],
    names.length > 0 ? names : null,
  ) as FieldObject
  field.counter = rt.nextAutoCounter()
  return field
}

function attach(field: FieldObject, name: string, model: PyType): void {
  field.name = name
  field.model = model
  field.dict ??= newDict()
  field.dict.set('name', name)
  field.dict.set('model', model)
}

/** Runs the model part of a class statement: the fields, Meta, parents, primary key and managers. */
function prepareModel(rt: DjangoRuntime, mcs: PyType, name: string, bases: PyType[], ns: PyDict): PyType {
  const body = ns.copy()
  const meta = body.delete('Meta') as PyType | undefined
  const fields: [string, FieldObject][] = []
  const managers: [string, ManagerObject][] = []
  for (const [key, value] of [...body.entries()]) {
    if (value instanceof FieldObject) {
      fields.push([key as string, value])
      body.delete(key)
    } else if (value instanceof ManagerObject) {
      managers.push([key as string, value])
    }
  }
  const cls = newClass(mcs, name, bases, body)
  const opts = new ModelOptions(rt.cls('Options'))
  opts.model = cls
  opts.objectName = name
  const explicitMeta = meta instanceof PyType ? meta : null
  const effectiveMeta =
    explicitMeta ?? (cls.lookup('Meta') instanceof PyType ? (cls.lookup('Meta') as PyType) : null)
  checkMetaAttributes(explicitMeta)
  const module = String(body.get('__module__') ?? '')
  const appLabel = metaAttr(effectiveMeta, 'app_label')
  opts.abstract = explicitMeta !== null && metaAttr(explicitMeta, 'abstract') === true
  if (typeof appLabel === 'string') opts.appLabel = appLabel
  else {
    const first = module.split('.')[0]!
    if (!rt.installedApps.includes(first) && !opts.abstract) {
      throw pyError(
        RuntimeError,
        `Model class ${module}.${name} doesn't declare an explicit app_label and isn't in an application in INSTALLED_APPS.`,
      )
    }
    opts.appLabel = first
  }
  for (const option of META_OPTION_NAMES) {
    if (option === 'abstract' && explicitMeta === null && !opts.abstract) {
      const inherited = metaAttr(effectiveMeta, option)
      if (inherited !== undefined) opts.originalAttrs.push([option, inherited])
      continue
    }
    const value = metaAttr(effectiveMeta, option)
    if (value !== undefined) opts.originalAttrs.push([option, value])
  }
  opts.proxy = opts.attr('proxy') === true
  opts.managed = opts.attr('managed') !== false
  cls.dict.set('_meta', opts)

  const modelBases = bases.filter((b) => isModelClass(b, rt))
  const own: FieldObject[] = []
  for (const [fieldName, field] of fields) {
    attach(field, fieldName, cls)
    own.push(field)
  }
  const ownNames = new Set(fields.map(([n]) => n))
  for (const base of modelBases) {
    const baseOpts = optionsOf(base)
    if (baseOpts === undefined) continue
    if (baseOpts.abstract) {
      for (const inherited of baseOpts.localFields) {
        if (ownNames.has(inherited.name!)) continue
        const copy = copyField(rt, inherited)
        attach(copy, inherited.name!, cls)
        own.push(copy)
        ownNames.add(inherited.name!)
      }
      for (const entry of baseOpts.managers)
        if (!managers.some(([n]) => n === entry.name))
          managers.push([entry.name, entry.manager as ManagerObject])
    }
  }
  if (opts.proxy) {
    const concrete = modelBases.filter((b) => !optionsOf(b)?.abstract)
    if (concrete.length === 0)
      throw pyError(TypeError, `Proxy model '${name}' has no non-abstract model base class.`)
    if (fields.length > 0) throw pyError(rt.cls('FieldError'), `Proxy model '${name}' contains model fields.`)
    opts.proxyFor = concrete[0]!
  } else if (!opts.abstract) {
    for (const base of modelBases) {
      const baseOpts = optionsOf(base)
      if (baseOpts === undefined || baseOpts.abstract) continue
      if (baseOpts.proxy) continue
      opts.parents.push(base)
      const link = own.find((f) => f.builtin === 'OneToOneField' && f.param('parent_link') === true)
      if (link === undefined) {
        const ptr = autoField(rt, 'OneToOneField', [base], {
          on_delete: rt.cls('CASCADE'),
          name: `${baseOpts.modelName}_ptr`,
          auto_created: true,
          parent_link: true,
        })
        ptr.target = base
        attach(ptr, `${baseOpts.modelName}_ptr`, cls)
        own.push(ptr)
      }
    }
  }
  if (!opts.abstract && !opts.proxy) {
    let pk = own.find((f) => f.param('primary_key') === true)
    if (pk === undefined && opts.parents.length > 0) {
      pk = own.find((f) => f.builtin === 'OneToOneField' && f.param('parent_link') === true)
      if (pk !== undefined) pk.params.set('primary_key', true)
    }
    if (pk === undefined) {
      pk = autoField(rt, 'BigAutoField', [], { verbose_name: 'ID', primary_key: true, auto_created: true })
      attach(pk, 'id', cls)
      own.push(pk)
    }
    pk.params.set('serialize', false)
  }
  own.sort((a, b) => a.counter - b.counter)
  opts.localFields = own
  opts.managers = managers.map(([managerName, manager]) => ({
    name: managerName,
    manager,
    counter: manager.counter,
  }))
  if (!opts.abstract && opts.managers.length === 0) {
    const inherited = modelBases.flatMap((b) => optionsOf(b)?.managers ?? [])
    if (inherited.length > 0) opts.managers = [...inherited]
    else {
      const objects = call(rt.cls('Manager'), []) as ManagerObject
      objects.autoCreated = true
      cls.dict.set('objects', objects)
      opts.managers = [{ name: 'objects', manager: objects, counter: objects.counter }]
    }
  }
  opts.managers.sort((a, b) => a.counter - b.counter)
  if (opts.abstract) {
    if (explicitMeta !== null) {
      explicitMeta.dict.set('abstract', false)
      explicitMeta.invalidate()
      cls.dict.set('Meta', explicitMeta)
    }
  } else {
    addExceptions(rt, cls, name, modelBases)
  }
  cls.invalidate()
  rt.models.push(cls)
  return cls
}

function addExceptions(rt: DjangoRuntime, cls: PyType, name: string, parents: PyType[]): void {
  for (const exc of ['DoesNotExist', 'MultipleObjectsReturned']) {
    const root = rt.cls(exc === 'DoesNotExist' ? 'ObjectDoesNotExist' : 'MultipleObjectsReturned')
    const inherited = parents
      .filter((p) => !optionsOf(p)?.abstract)
      .map((p) => p.lookup(exc))
      .filter((e): e is PyType => e instanceof PyType)
    const excCls = newExceptionClass(exc, inherited.length > 0 ? inherited : [root], cls.module)
    excCls.qualname = `${cls.qualname}.${exc}`
    cls.dict.set(exc, excCls)
  }
}

/** Python's `callable()`: a default Django calls to get the value. */
function isCallable(v: PyValue): boolean {
  return (
    v instanceof PyFunction ||
    v instanceof PyBuiltin ||
    v instanceof PyBoundMethod ||
    v instanceof PyType ||
    typeOf(v).lookup('__call__') !== undefined
  )
}

/** The fields whose value without a default is '' (unless `null=True`), as Django's `empty_strings_allowed`. */
const EMPTY_STRING_DEFAULT = new Set([
  'CharField',
  'TextField',
  'SlugField',
  'EmailField',
  'URLField',
  'FilePathField',
  'FileField',
  'ImageField',
])

function modelInit(rt: DjangoRuntime): PyBuiltin {
  return new PyBuiltin(
    '__init__',
    (args: PyValue[], kwn: KwNames) => {
      const self = args[0] as PyObject
      const opts = optionsOf(typeOf(self).mro.find((t) => optionsOf(t) !== undefined)!)
      if (opts === undefined) return None
      const nkw = kwn?.length ?? 0
      const positional = args.slice(1, args.length - nkw)
      const kwargs = new Map<string, PyValue>()
      kwn?.forEach((key, i) => kwargs.set(key, args[args.length - nkw + i]))
      const fields = opts.allFields().filter((f) => f.builtin !== 'ManyToManyField')
      if (positional.length > fields.length)
        throw pyError(rt.cls('IndexError') ?? TypeError, 'Number of args exceeds number of fields')
      fields.forEach((field, i) => {
        const attname =
          field.builtin === 'ForeignKey' || field.builtin === 'OneToOneField'
            ? `${field.name}_id`
            : field.name!
        let value: PyValue
        if (i < positional.length) value = positional[i]
        else if (kwargs.has(field.name!)) value = kwargs.get(field.name!)
        else if (kwargs.has(attname)) value = kwargs.get(attname)
        else {
          const dflt = field.param('default')
          value =
            typeof dflt === 'symbol' || dflt === undefined
              ? EMPTY_STRING_DEFAULT.has(field.builtin ?? '') && field.param('null') !== true
                ? ''
                : None
              : isCallable(dflt)
                ? call(dflt, [])
                : dflt
        }
        kwargs.delete(field.name!)
        kwargs.delete(attname)
        setattr(self, attname, value)
      })
      const unexpected = [...kwargs.keys()]
      for (const key of [...unexpected]) {
        if (typeOf(self).lookup(key) !== undefined) {
          setattr(self, key, kwargs.get(key))
          unexpected.splice(unexpected.indexOf(key), 1)
        }
      }
      if (unexpected.length > 0) {
        throw pyError(
          TypeError,
          `${typeOf(self).name}() got unexpected keyword arguments: ${unexpected.map((k) => `'${k}'`).join(', ')}`,
        )
      }
      return None
    },
    true,
    'Model.__init__',
  )
}

function pkValue(self: PyValue): PyValue {
  const cls = typeOf(self)
  const model = cls.mro.find((t) => optionsOf(t) !== undefined)
  const pk = model === undefined ? undefined : optionsOf(model)!.pk()
  if (pk === undefined) return None
  const attname = pk.builtin === 'OneToOneField' ? `${pk.name}_id` : pk.name!
  const d = (self as PyObject).dict
  return d?.get(attname) ?? None
}

/** Creates `ModelBase` (the metaclass) and `Model`, and registers them in the runtime. */
export function createModelClasses(rt: DjangoRuntime): { ModelBase: PyType; Model: PyType } {
  const modelBase = defineClass({
    name: 'ModelBase',
    module: 'django.db.models.base',
    bases: [typeType],
    attrs: {
      __new__: staticMethod(
        new PyBuiltin('__new__', (args: PyValue[], kwn: KwNames) => {
          const [mcs, name, bases, ns] = args as [PyType, string, PyTuple, PyDict]
          void kwn
          const baseList = bases.items as PyType[]
          const model = rt.classes.get('Model')
          if (model === undefined || !baseList.some((b) => b instanceof PyType && b.isSubtype(model))) {
            return newClass(mcs, name, baseList, ns)
          }
          return prepareModel(rt, mcs, name, baseList, ns)
        }),
      ),
    },
  })
  rt.classes.set('ModelBase', modelBase)
  const model = defineClass({
    name: 'Model',
    module: 'django.db.models.base',
    metaclass: modelBase,
    attrs: {
      __init__: modelInit(rt),
      __str__: new PyBuiltin(
        '__str__',
        ([self]) => `${typeOf(self).name} object (${str(pkValue(self))})`,
        true,
      ),
      __repr__: new PyBuiltin('__repr__', ([self]) => `<${typeOf(self).name}: ${str(self)}>`, true),
      pk: new PyGetSet('pk', (self) => pkValue(self)),
    },
  })
  rt.classes.set('Model', model)
  rt.export(model, 'django.db.models', 'Model')
  return { ModelBase: modelBase, Model: model }
}
