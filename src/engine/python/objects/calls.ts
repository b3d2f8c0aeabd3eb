import { PyObject, PyType, type KwNames, type PyValue } from './base'
import { getattr, getattributeHookOf } from './attributes'
import { userMethod } from './compare'
import { newTuple, PyTuple } from './containers'
import { PyDict } from './dict'
import { PyBaseException, pyError, TypeError } from './exceptions'
import {
  PyBoundMethod,
  PyBuiltin,
  PyFunction,
  PyMethodWrapper,
  classmethodType,
  staticmethodType,
  functionType,
} from './functions'
import { c3 } from './types'
import { newDict, None, objectType, typeOf, typeType } from './types'

/** Calls any Python callable with positional arguments then keyword values named by `kwn`. */
export function call(f: PyValue, args: PyValue[], kwn: KwNames = null): PyValue {
  if (f instanceof PyFunction) {
    if (kwn === null && f.simple && args.length === f.sig.npos) return f.impl(args)
    return f.call(args, kwn)
  }
  if (f instanceof PyBuiltin) return f.fn(args, kwn)
  if (f instanceof PyBoundMethod) {
    const a = new Array(args.length + 1)
    a[0] = f.self
    for (let i = 0; i < args.length; i++) a[i + 1] = args[i]
    return call(f.func, a, kwn)
  }
  if (f instanceof PyType) return callType(f, args, kwn)
  const c = typeOf(f).lookup('__call__')
  if (c !== undefined && !(c instanceof PyBuiltin && c.mirror)) return call(c, [f, ...args], kwn)
  throw pyError(TypeError, `'${typeOf(f).name}' object is not callable`)
}

/** Calls with a JS record of keyword arguments (for TypeScript callers). */
export function callKw(
  f: PyValue,
  args: PyValue[],
  kwargs: Record<string, PyValue> | Map<string, PyValue> = {},
): PyValue {
  const entries = kwargs instanceof Map ? [...kwargs] : Object.entries(kwargs)
  if (entries.length === 0) return call(f, [...args], null)
  return call(
    f,
    [...args, ...entries.map((e) => e[1])],
    entries.map((e) => e[0]),
  )
}

/**
 * `o.name(args)` without allocating a bound method when possible. `args[0]` is a placeholder
 * slot for the receiver; the arguments start at index 1.
 */
export function callMethod(o: PyValue, name: string, args: PyValue[], kwn: KwNames): PyValue {
  const t = typeOf(o)
  if (t.getattro === null && (t.builtin || getattributeHookOf(t) === null)) {
    const f = t.lookup(name)
    if (f instanceof PyFunction || (f instanceof PyBuiltin && f.isMethod)) {
      if (!(o instanceof PyObject) || o.dict === null || o.dict.size === 0 || !o.dict.m.has(name)) {
        args[0] = o
        return f instanceof PyFunction ? f.call(args, kwn) : f.fn(args, kwn)
      }
    }
  }
  let m: PyValue
  try {
    m = getattr(o, name)
  } catch (e) {
    if (e instanceof PyBaseException) e.posShift = 1
    throw e
  }
  args.shift()
  return call(m, args, kwn)
}

/** Spreads `*args` / `**kwargs` call-site values into the flat argument form. */
export function flattenCall(fname: () => string, args: PyValue[], kw: PyDict | null): [PyValue[], KwNames] {
  if (kw === null || kw.size === 0) return [args, null]
  const names: string[] = []
  const out = [...args]
  for (const [k, v] of kw.entries()) {
    if (typeof k !== 'string') throw pyError(TypeError, `keywords must be strings`)
    names.push(k)
    out.push(v)
  }
  void fname
  return [out, names]
}

/** Calling a class: metaclass `__call__`, then `__new__` and `__init__`. */
export function callType(cls: PyType, args: PyValue[], kwn: KwNames): PyValue {
  const meta = cls.cls
  if (meta !== typeType) {
    const c = userMethod(meta, '__call__')
    if (c !== undefined) return call(c, [cls, ...args], kwn)
  }
  if (cls === typeType) {
    if (args.length === 1 && kwn === null) return typeOf(args[0])
    if (args.length !== 3) throw pyError(TypeError, 'type() takes 1 or 3 arguments')
  }
  return construct(cls, args, kwn)
}

/** `type.__call__`: builds an instance through `__new__` and `__init__`. */
export function construct(cls: PyType, args: PyValue[], kwn: KwNames): PyValue {
  let newf = cls.lookup('__new__')
  if (newf instanceof PyMethodWrapper) newf = newf.func
  const init = cls.lookup('__init__')
  let obj: PyValue
  if (newf === objectType.dict.m.get('__new__')) {
    if (args.length > 0 && init === objectType.dict.m.get('__init__')) {
      throw pyError(TypeError, `${cls.name}() takes no arguments`)
    }
    obj = newInstance(cls)
  } else {
    const a = new Array(args.length + 1)
    a[0] = cls
    for (let i = 0; i < args.length; i++) a[i + 1] = args[i]
    obj = call(newf, a, kwn)
  }
  if (!typeOf(obj).isSubtype(cls)) return obj
  if (init !== undefined && init !== objectType.dict.m.get('__init__')) {
    const a = new Array(args.length + 1)
    a[0] = obj
    for (let i = 0; i < args.length; i++) a[i + 1] = args[i]
    const r = init instanceof PyFunction ? init.call(a, kwn) : call(init, a, kwn)
    if (r !== None) throw pyError(TypeError, `__init__() should return None, not '${typeOf(r).name}'`)
  }
  return obj
}

/** `object.__new__(cls)`: an empty instance with the layout of the class's builtin base. */
export function newInstance(cls: PyType): PyObject {
  if (cls.layout === null) throw pyError(TypeError, `cannot create '${cls.name}' instances`)
  const o = cls.layout(cls)
  if (cls.instanceDict && o.dict === null) o.dict = newDict()
  return o
}

/** The most derived metaclass among `meta` and the bases' metaclasses. */
export function calculateMeta(meta: PyType, bases: PyType[]): PyType {
  let winner = meta
  for (const b of bases) {
    const bm = typeOf(b)
    if (winner.isSubtype(bm)) continue
    if (bm.isSubtype(winner)) {
      winner = bm
      continue
    }
    throw pyError(
      TypeError,
      'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases',
    )
  }
  return winner
}

/** Executes a class statement's final step: picks the metaclass and calls it. */
export function buildClass(
  explicitMeta: PyValue,
  name: string,
  bases: PyValue[],
  ns: PyDict,
  kwNames: string[],
  kwValues: PyValue[],
): PyValue {
  for (const b of bases) {
    if (!(b instanceof PyType)) {
      const mro = getattrOrUndefined(b, '__mro_entries__')
      if (mro === undefined) throw pyError(TypeError, `bases must be types`)
    }
  }
  let meta: PyValue = explicitMeta
  if (meta === undefined) meta = bases.length > 0 ? typeOf(bases[0]) : typeType
  if (meta instanceof PyType) meta = calculateMeta(meta, bases as PyType[])
  const args = [name, newTuple(bases), ns, ...kwValues]
  if (meta === typeType) return newClass(typeType, name, bases as PyType[], ns, kwNames, kwValues)
  return call(meta, args, kwNames.length > 0 ? kwNames : null)
}

function getattrOrUndefined(o: PyValue, name: string): PyValue {
  return typeOf(o).lookup(name)
}

/** `__prepare__` of the metaclass, or a new dict. */
export function prepareNamespace(explicitMeta: PyValue, name: string, bases: PyValue[]): PyDict {
  let meta: PyValue = explicitMeta
  if (meta === undefined) meta = bases.length > 0 ? typeOf(bases[0]) : typeType
  if (meta instanceof PyType) meta = calculateMeta(meta, bases as PyType[])
  const prep = meta instanceof PyType ? meta.lookup('__prepare__') : undefined
  if (prep !== undefined && !(prep instanceof PyBuiltin && prep.mirror)) {
    const f = prep instanceof PyMethodWrapper ? prep.func : prep
    const ns = call(
      f,
      prep instanceof PyMethodWrapper && prep.cls === classmethodType
        ? [meta, name, newTuple(bases)]
        : [name, newTuple(bases)],
      null,
    )
    if (ns instanceof PyDict) return ns
  }
  return newDict()
}

/**
 * `type.__new__(meta, name, bases, ns, **kw)`: creates a class from a namespace (in definition
 * order), runs `__set_name__` and the parent's `__init_subclass__`.
 */
export function newClass(
  meta: PyType,
  name: string,
  bases: PyType[],
  ns: PyDict,
  kwNames: string[] = [],
  kwValues: PyValue[] = [],
): PyType {
  const dict = ns.copy()
  const t = new PyType(meta, name, dict)
  const realBases = bases.length > 0 ? bases : [objectType]
  for (const b of realBases) {
    if (!(b instanceof PyType)) throw pyError(TypeError, `bases must be types`)
    if (b.dict.m.get('__final__') === true)
      throw pyError(TypeError, `type '${b.name}' is not an acceptable base type`)
  }
  t.bases = realBases
  const mro = c3(t, realBases)
  if (mro === null) {
    throw pyError(
      TypeError,
      `Cannot create a consistent method resolution order (MRO) for bases ${realBases.map((b) => b.name).join(', ')}`,
    )
  }
  t.mro = mro
  t.layout = realBases.find((b) => b.layout !== null)?.layout ?? null
  for (const m of mro) {
    if (m.layout !== null && m !== objectType) {
      t.layout = m.layout
      break
    }
  }
  if (t.layout === null) t.layout = objectType.layout
  t.instanceDict = true
  const slots = dict.m.get('__slots__')
  if (slots !== undefined) {
    const names =
      typeof slots === 'string'
        ? [slots]
        : slots instanceof PyObject && 'items' in slots
          ? ((slots as unknown as { items: PyValue[] }).items.filter(
              (x) => typeof x === 'string',
            ) as string[])
          : []
    const inherited = realBases.every((b) => b === objectType || b.slotNames !== null)
    if (inherited && !names.includes('__dict__'))
      t.slotNames = new Set([...names, ...realBases.flatMap((b) => [...(b.slotNames ?? [])])])
  }
  t.getattro = realBases.find((b) => b.getattro !== null)?.getattro ?? null
  const mod = dict.m.get('__module__')
  t.module = typeof mod === 'string' ? mod : 'builtins'
  const qn = dict.m.get('__qualname__')
  t.qualname = typeof qn === 'string' ? qn : name
  if (qn !== undefined) dict.delete('__qualname__')
  for (const special of ['__init_subclass__', '__class_getitem__']) {
    const f = dict.m.get(special)
    if (f instanceof PyFunction) dict.set(special, new PyMethodWrapper(classmethodType, f))
  }
  const nf = dict.m.get('__new__')
  if (nf instanceof PyFunction) dict.set('__new__', new PyMethodWrapper(staticmethodType, nf))
  if (dict.m.has('__eq__') && !dict.m.has('__hash__')) dict.set('__hash__', None)
  for (const b of realBases) b.addSubclass(t)
  for (const [k, v] of [...dict.entries()]) {
    if (v instanceof PyObject && !(v instanceof PyType) && !v.cls.builtin) {
      const sn = v.cls.lookup('__set_name__')
      if (sn !== undefined) call(sn, [v, t, k], null)
    } else if (v instanceof PyObject && v.cls.name === 'property') {
      ;(v as unknown as { name: string | null }).name = typeof k === 'string' ? k : null
    }
  }
  const parent = new PySuperLookup(t)
  const isub = parent.find('__init_subclass__')
  if (isub !== undefined) {
    const f = isub instanceof PyMethodWrapper ? isub.func : isub
    call(f, [t, ...kwValues], kwNames.length > 0 ? kwNames : null)
  } else if (kwNames.length > 0) {
    throw pyError(TypeError, `${name}.__init_subclass__() takes no keyword arguments`)
  }
  return t
}

/** Finds an attribute along the MRO after a class (what `super(cls, cls)` would see). */
class PySuperLookup {
  constructor(readonly t: PyType) {}
  find(name: string): PyValue {
    for (const m of this.t.mro.slice(1)) {
      const v = m.dict.m.get(name)
      if (v !== undefined) return v
    }
    return undefined
  }
}

/** Whether `v` is a tuple (for isinstance's tuple of classes). */
export function isTuple(v: PyValue): v is PyTuple {
  return v instanceof PyTuple
}

export { functionType }
