import { PyObject, PyType, type KwNames, type PyValue } from '../../../../python/objects/base'
import { newList, newTuple, PyTuple } from '../../../../python/objects/containers'
import { PyDict } from '../../../../python/objects/dict'
import { pyError, TypeError, ValueError } from '../../../../python/objects/exceptions'
import { PyBuiltin } from '../../../../python/objects/functions'
import { newDict, None, typeOf } from '../../../../python/objects/types'
import { repr } from '../../../../python/objects/repr'
import { bind, defineClass, signature } from '../../../host/native'
import type { Signature } from '../../../../python/objects/signature'
import type { DjangoRuntime } from '../../../runtime'
import { deconstructField } from './deconstruct'
import { FIELD_CLASS_SPECS, fieldClassChain, fieldClassSpec, type FieldClassSpec } from './field-classes'
import { FieldObject, fieldLayout } from './field-object'

/** Each built-in field class's parsed `__init__` signature (null where the class has none of its own). */
const SIGNATURE_OF: ReadonlyMap<string, Signature | null> = new Map(
  FIELD_CLASS_SPECS.map((spec) => [spec.name, spec.init === null ? null : signature(spec.init)]),
)

/** For each built-in field class, the parameter names some ancestor takes in its `__init__` (where the class forwards them). */
const ANCESTOR_PARAMS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  FIELD_CLASS_SPECS.map((spec) => {
    const names = new Set<string>()
    for (const cls of fieldClassChain(spec.name).slice(1))
      for (const p of SIGNATURE_OF.get(cls)?.names.slice(1) ?? []) names.add(p)
    return [spec.name, names]
  }),
)

function isCallable(value: PyValue): boolean {
  if (value instanceof PyBuiltin || value instanceof PyType) return true
  return typeOf(value).lookup('__call__') !== undefined
}

function checkArguments(spec: FieldClassSpec, own: Map<string, PyValue>): void {
  if (spec.name === 'ForeignKey' || spec.name === 'ManyToManyField') {
    const to = own.get('to')
    if (!(typeof to === 'string' || (to instanceof PyType && to.dict.has('_meta')))) {
      const first = spec.name === 'ForeignKey' ? 'ForeignKey' : 'ManyToManyField'
      throw pyError(
        TypeError,
        `${first}(${repr(to)}) is invalid. First parameter to ${first} must be either a model, a model name, or the string 'self'`,
      )
    }
  }
  if (spec.name === 'ForeignKey' && !isCallable(own.get('on_delete'))) {
    throw pyError(TypeError, 'on_delete must be callable.')
  }
  if (spec.name === 'ManyToManyField' && own.get('through') !== None && own.get('db_table') !== None) {
    throw pyError(ValueError, 'Cannot specify a db_table if an intermediary model is used.')
  }
  if (
    spec.name === 'GenericIPAddressField' &&
    own.get('unpack_ipv4') === true &&
    own.get('protocol') !== 'both'
  ) {
    throw pyError(ValueError, "You can only use `unpack_ipv4` if `protocol` is set to 'both'")
  }
}

/** Runs the `__init__` of built-in field class `name` on `self`, then its parents' with what it forwards. */
function runInit(name: string, self: FieldObject, positional: PyValue[], kwargs: Map<string, PyValue>): void {
  const spec = fieldClassSpec(name)
  if (spec.init === null) {
    runInit(spec.parent!, self, positional, kwargs)
    return
  }
  const sig = SIGNATURE_OF.get(name)!
  const kwNames = [...kwargs.keys()]
  const bound = bind(
    sig,
    `${name}.__init__`,
    [self, ...positional, ...kwargs.values()],
    kwNames.length > 0 ? kwNames : null,
  )
  const forwardedPos: PyValue[] = sig.varargs !== null ? [...(bound[sig.varargs] as PyTuple).items] : []
  const forwardedKw = new Map<string, PyValue>()
  const forwardable = ANCESTOR_PARAMS.get(name)!
  const own = new Map<string, PyValue>()
  for (const param of sig.names.slice(1)) {
    own.set(param, bound[param])
    if (forwardable.has(param)) forwardedKw.set(param, bound[param])
    else self.params.set(param, bound[param])
  }
  if (sig.varkw !== null) for (const [k, v] of (bound[sig.varkw] as PyDict).entries()) forwardedKw.set(k, v)
  for (const [key, value] of spec.defaults) if (!forwardedKw.has(key)) forwardedKw.set(key, value)
  checkArguments(spec, own)
  if (spec.name === 'ManyToManyField' && own.get('symmetrical') === None) {
    self.params.set('symmetrical', own.get('to') === 'self')
  }
  if (spec.name === 'DateField' || spec.name === 'TimeField') {
    if (own.get('auto_now') === true || own.get('auto_now_add') === true) {
      forwardedKw.set('editable', false)
      forwardedKw.set('blank', true)
    }
  }
  if (spec.parent !== null) runInit(spec.parent, self, forwardedPos, forwardedKw)
  else mirrorParams(self)
}

function mirrorParams(self: FieldObject): void {
  self.dict ??= newDict()
  for (const [key, value] of self.params) {
    if (key === 'rel' || key === 'name') continue
    self.dict.set(key, value === undefined ? None : value)
  }
  const name = self.params.get('name')
  self.dict.set('name', typeof name === 'string' ? name : None)
  if (typeof name === 'string') self.name = name
}

function fieldInit(name: string, rt: DjangoRuntime): PyBuiltin {
  return new PyBuiltin(
    '__init__',
    (args: PyValue[], kwn: KwNames) => {
      const self = args[0]
      if (!(self instanceof FieldObject))
        throw pyError(TypeError, `descriptor '__init__' requires a '${name}' object`)
      const nkw = kwn?.length ?? 0
      const positional = args.slice(1, args.length - nkw)
      const kwargs = new Map<string, PyValue>()
      kwn?.forEach((key, i) => kwargs.set(key, args[args.length - nkw + i]))
      if (Number.isNaN(self.counter)) self.counter = rt.nextCounter()
      runInit(name, self, positional, kwargs)
      return None
    },
    true,
    `${name}.__init__`,
  )
}

function fieldRepr(self: PyValue): string {
  const cls = typeOf(self)
  const path = `${cls.module}.${cls.qualname}`
  return self instanceof FieldObject && self.name !== null ? `<${path}: ${self.name}>` : `<${path}>`
}

/** `field.deconstruct()` as Python sees it: `(name, path, args, kwargs)`. */
export function deconstructAsPython(field: FieldObject): PyValue {
  const result = deconstructField(field)
  const kwargs = newDict()
  for (const [key, value] of result.kwargs) kwargs.set(key, value)
  return newTuple([result.name ?? None, result.path, newList([...result.args]), kwargs])
}

/**
 * Creates every built-in field class (`Field`, `CharField`, …, `GeneratedField`) with Django's
 * modules and `__init__` signatures, registers them in the runtime by name and returns them.
 */
export function createFieldClasses(rt: DjangoRuntime): Map<string, PyType> {
  const classes = new Map<string, PyType>()
  for (const spec of FIELD_CLASS_SPECS) {
    const attrs: Record<string, PyValue> = {}
    if (spec.init !== null) attrs.__init__ = fieldInit(spec.name, rt)
    if (spec.parent === null) {
      attrs.deconstruct = new PyBuiltin(
        'deconstruct',
        (args) => deconstructAsPython(args[0] as FieldObject),
        true,
        'Field.deconstruct',
      )
      attrs.__repr__ = new PyBuiltin('__repr__', (args) => fieldRepr(args[0]), true, 'Field.__repr__')
      attrs.__str__ = new PyBuiltin('__str__', (args) => fieldStr(args[0]), true, 'Field.__str__')
    }
    const cls = defineClass({
      name: spec.name,
      module: spec.module,
      bases: spec.parent === null ? undefined : [classes.get(spec.parent)!],
      attrs,
      layout: fieldLayout(spec.name),
    })
    classes.set(spec.name, cls)
    rt.classes.set(spec.name, cls)
  }
  return classes
}

function fieldStr(self: PyValue): string {
  if (!(self instanceof FieldObject) || self.model === null) return fieldRepr(self)
  const meta = self.model.dict.get('_meta') as PyObject & { label?: string }
  return `${meta.label ?? self.model.name}.${self.name}`
}
