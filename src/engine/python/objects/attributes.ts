import { PyObject, PyType, type PyValue } from './base'
import { call } from './calls'
import { AttributeError, PyBaseException, pyError, TypeError } from './exceptions'
import {
  PyBoundMethod,
  PyBuiltin,
  PyFunction,
  PyGetSet,
  PyMethodWrapper,
  PyModule,
  PyProperty,
  classmethodType,
} from './functions'
import { newDict, None, typeOf } from './types'

/** A lazily computed "Did you mean" hint for an AttributeError on `o`. */
function attrSuggestion(o: PyValue, name: string): () => string | null {
  return () => {
    const best = suggestName(name, dirNames(o))
    return best === null ? null : `'${best}'`
  }
}

/** The AttributeError CPython raises for a missing attribute. */
export function attributeError(o: PyValue, name: string): PyBaseException {
  let msg: string
  if (o instanceof PyModule) msg = `module '${o.name}' has no attribute '${name}'`
  else if (o instanceof PyType) msg = `type object '${o.name}' has no attribute '${name}'`
  else msg = `'${typeOf(o).name}' object has no attribute '${name}'`
  const e = pyError(AttributeError, msg)
  e.suggestion = attrSuggestion(o, name)
  e.attrs = { name, obj: o }
  return e
}

/** Whether `d` (found on a class) is a data descriptor. */
function isDataDescriptor(d: PyValue): boolean {
  if (d instanceof PyProperty || d instanceof PyGetSet) return true
  if (d instanceof PyObject && !d.cls.builtin && !(d instanceof PyType)) {
    return d.cls.lookup('__set__') !== undefined || d.cls.lookup('__delete__') !== undefined
  }
  return false
}

function getData(d: PyValue, o: PyValue, t: PyValue): PyValue {
  if (d instanceof PyProperty) {
    if (d.fget === None)
      throw pyError(
        AttributeError,
        `property${d.name ? ` '${d.name}'` : ''} of '${typeOf(o).name}' object has no getter`,
      )
    return call(d.fget, [o], null)
  }
  if (d instanceof PyGetSet) return d.get(o)
  return call(d.cls.lookup('__get__'), [d, o, t], null)
}

/** Binds a class attribute found for instance `o` of type `t` (functions become bound methods). */
export function bindDescriptor(d: PyValue, o: PyValue, t: PyType): PyValue {
  if (d instanceof PyFunction) return new PyBoundMethod(d, o)
  if (d instanceof PyBuiltin) return d.isMethod ? new PyBoundMethod(d, o) : d
  if (d instanceof PyMethodWrapper)
    return d.cls === classmethodType || d.cls.isSubtype(classmethodType)
      ? new PyBoundMethod(d.func, t)
      : d.func
  if (d instanceof PyObject && !d.cls.builtin && !(d instanceof PyType)) {
    const g = d.cls.lookup('__get__')
    if (g !== undefined) return call(g, [d, o, t], null)
  }
  return d
}

/** The generic attribute lookup (descriptors, instance dict, class, `__getattr__`). */
/** The names bound to data descriptors along a class's MRO. */
export function dataDescriptorNames(t: PyType): Set<string> {
  if (t.dataDescriptors !== null) return t.dataDescriptors
  const seen = new Set<string>()
  const out = new Set<string>()
  for (const c of t.mro) {
    for (const [k, v] of c.dict.m) {
      if (typeof k !== 'string' || seen.has(k)) continue
      seen.add(k)
      if (typeof v === 'object' && isDataDescriptor(v)) out.add(k)
    }
  }
  t.dataDescriptors = out
  return out
}

export function genericGetattr(o: PyValue, t: PyType, name: string, noGetattrHook = false): PyValue {
  if (o instanceof PyObject && o.dict !== null && !(t.dataDescriptors ?? dataDescriptorNames(t)).has(name)) {
    const v = o.dict.m.get(name)
    if (v !== undefined) return v
  }
  const d = t.lookup(name)
  if (d !== undefined && typeof d === 'object' && isDataDescriptor(d)) return getData(d, o, t)
  if (o instanceof PyObject && o.dict !== null) {
    const v = o.dict.m.get(name)
    if (v !== undefined) return v
  }
  if (d !== undefined) return bindDescriptor(d, o, t)
  if (name === '__dict__' && o instanceof PyObject && t.instanceDict) return (o.dict ??= newDict())
  if (!noGetattrHook) {
    const ga = t.lookup('__getattr__')
    if (ga !== undefined) return call(ga, [o, name], null)
  }
  throw attributeError(o, name)
}

/** Attribute lookup on a class object (`Cls.name`). */
export function typeGetattr(cls: PyType, name: string): PyValue {
  const meta = cls.cls
  const md = meta.lookup(name)
  if (md !== undefined && typeof md === 'object' && isDataDescriptor(md)) return getData(md, cls, meta)
  const d = cls.lookup(name)
  if (d !== undefined) {
    if (d instanceof PyFunction || d instanceof PyBuiltin || d instanceof PyProperty || d instanceof PyGetSet)
      return d
    if (d instanceof PyMethodWrapper)
      return d.cls === classmethodType || d.cls.isSubtype(classmethodType)
        ? new PyBoundMethod(d.func, cls)
        : d.func
    if (d instanceof PyObject && !d.cls.builtin && !(d instanceof PyType)) {
      const g = d.cls.lookup('__get__')
      if (g !== undefined) return call(g, [d, None, cls], null)
    }
    return d
  }
  if (md !== undefined) return bindDescriptor(md, cls, meta)
  const ga = meta.lookup('__getattr__')
  if (ga !== undefined) return call(ga, [cls, name], null)
  throw attributeError(cls, name)
}

/** A class's Python-level `__getattribute__` override, or null. */
export function getattributeHookOf(t: PyType): PyValue {
  let hook = t.getattributeHook
  if (hook === undefined) {
    const f = t.lookup('__getattribute__')
    hook = t.getattributeHook = f instanceof PyFunction ? f : null
  }
  return hook
}

/** `o.name`. */
export function getattr(o: PyValue, name: string): PyValue {
  const t = typeOf(o)
  if (t.getattro !== null) return t.getattro(o, name)
  if (!t.builtin) {
    const hook = getattributeHookOf(t)
    if (hook !== null) {
      try {
        return call(hook, [o, name], null)
      } catch (e) {
        const ga =
          e instanceof PyBaseException && e.cls.isSubtype(AttributeError)
            ? t.lookup('__getattr__')
            : undefined
        if (ga !== undefined) return call(ga, [o, name], null)
        throw e
      }
    }
  }
  return genericGetattr(o, t, name)
}

/** `o.name`, or undefined when it raises AttributeError. */
export function getattrOpt(o: PyValue, name: string): PyValue {
  try {
    return getattr(o, name)
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtype(AttributeError)) return undefined
    throw e
  }
}

/** The default `object.__setattr__`. */
export function genericSetattr(o: PyValue, name: string, v: PyValue): void {
  const t = typeOf(o)
  const d = t.lookup(name)
  if (d !== undefined && typeof d === 'object') {
    if (d instanceof PyProperty) {
      if (d.fset === None)
        throw pyError(
          AttributeError,
          `property${d.name ? ` '${d.name}'` : ''} of '${t.name}' object has no setter`,
        )
      call(d.fset, [o, v], null)
      return
    }
    if (d instanceof PyGetSet) {
      if (d.set === null)
        throw pyError(AttributeError, `attribute '${name}' of '${t.name}' objects is not writable`)
      d.set(o, v)
      return
    }
    if (d instanceof PyObject && !d.cls.builtin && !(d instanceof PyType)) {
      const s = d.cls.lookup('__set__')
      if (s !== undefined) {
        call(s, [d, o, v], null)
        return
      }
    }
  }
  if (o instanceof PyObject) {
    if (t.slotNames !== null && !t.slotNames.has(name) && !(o instanceof PyType)) {
      throw pyError(AttributeError, `'${t.name}' object has no attribute '${name}'`)
    }
    if (o.dict === null) {
      if (!t.instanceDict) {
        if (t.lookup(name) !== undefined)
          throw pyError(AttributeError, `'${t.name}' object attribute '${name}' is read-only`)
        throw pyError(AttributeError, `'${t.name}' object has no attribute '${name}'`)
      }
      o.dict = newDict()
    }
    o.dict.set(name, v)
    return
  }
  throw pyError(AttributeError, `'${t.name}' object has no attribute '${name}'`)
}

/** `o.name = v`. */
export function setattr(o: PyValue, name: string, v: PyValue): void {
  if (o instanceof PyType) {
    const meta = o.cls
    const custom = meta.builtin ? undefined : meta.lookup('__setattr__')
    if (custom instanceof PyFunction) {
      call(custom, [o, name, v], null)
      return
    }
    if (o.builtin) throw pyError(TypeError, `cannot set '${name}' attribute of immutable type '${o.name}'`)
    const md = meta.lookup(name)
    if (md !== undefined && isDataDescriptor(md) && !(md instanceof PyGetSet && md.set === null)) {
      if (md instanceof PyGetSet) md.set!(o, v)
      else genericSetattr(o, name, v)
      return
    }
    o.dict.set(name, v)
    o.invalidate()
    return
  }
  const t = typeOf(o)
  if (!t.builtin) {
    let hook = t.setattrHook
    if (hook === undefined) {
      const f = t.lookup('__setattr__')
      hook = t.setattrHook = f instanceof PyFunction || (f instanceof PyBuiltin && !f.mirror) ? f : null
    }
    if (hook !== null) {
      call(hook, [o, name, v], null)
      return
    }
    if (
      o instanceof PyObject &&
      o.dict !== null &&
      t.slotNames === null &&
      !(t.dataDescriptors ?? dataDescriptorNames(t)).has(name) &&
      t.lookup(name) === undefined
    ) {
      o.dict.m.set(name, v)
      return
    }
  }
  genericSetattr(o, name, v)
}

/** The default `object.__delattr__`. */
export function genericDelattr(o: PyValue, name: string): void {
  const t = typeOf(o)
  const d = t.lookup(name)
  if (d instanceof PyProperty) {
    if (d.fdel === None)
      throw pyError(
        AttributeError,
        `property${d.name ? ` '${d.name}'` : ''} of '${t.name}' object has no deleter`,
      )
    call(d.fdel, [o], null)
    return
  }
  if (d instanceof PyObject && !d.cls.builtin && d.cls.lookup('__delete__') !== undefined) {
    call(d.cls.lookup('__delete__'), [d, o], null)
    return
  }
  if (o instanceof PyObject && o.dict !== null && o.dict.delete(name) !== undefined) {
    if (o instanceof PyType) o.invalidate()
    return
  }
  throw attributeError(o, name)
}

/** `del o.name`. */
export function delattr(o: PyValue, name: string): void {
  const t = typeOf(o)
  if (!t.builtin) {
    const f = t.lookup('__delattr__')
    if (f instanceof PyFunction) {
      call(f, [o, name], null)
      return
    }
  }
  genericDelattr(o, name)
}

/** The names `dir(o)` lists, sorted. */
export function dirNames(o: PyValue): string[] {
  const names = new Set<string>()
  if (o instanceof PyObject && o.dict !== null)
    for (const k of o.dict.keys()) if (typeof k === 'string') names.add(k)
  if (o instanceof PyModule) return [...names].sort()
  const classes = o instanceof PyType ? o.mro : typeOf(o).mro
  for (const c of classes) for (const k of c.dict.keys()) if (typeof k === 'string') names.add(k)
  return [...names].sort()
}

const MOVE = 2

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0
  if (a.toLowerCase() === b.toLowerCase()) return 1
  return MOVE
}

/** CPython's Levenshtein distance for suggestions (case changes cost 1, other edits 2). */
function distance(a: string, b: string, maxCost: number): number {
  if (a === b) return 0
  let s = 0
  while (s < a.length && s < b.length && a[s] === b[s]) s++
  a = a.slice(s)
  b = b.slice(s)
  let e = 0
  while (e < a.length && e < b.length && a[a.length - 1 - e] === b[b.length - 1 - e]) e++
  a = a.slice(0, a.length - e)
  b = b.slice(0, b.length - e)
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE
  if (a.length > 40 || b.length > 40) return maxCost + 1
  if (b.length < a.length) [a, b] = [b, a]
  if ((b.length - a.length) * MOVE > maxCost) return maxCost + 1
  const buffer: number[] = []
  for (let i = 0; i < a.length; i++) buffer.push((i + 1) * MOVE)
  let result = 0
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi]!
    let dist = (result = bi * MOVE)
    let minimum = Infinity
    for (let i = 0; i < a.length; i++) {
      const substitute = dist + substitutionCost(code, a[i]!)
      dist = buffer[i]!
      const insertDelete = Math.min(result, dist) + MOVE
      result = Math.min(insertDelete, substitute)
      buffer[i] = result
      if (result < minimum) minimum = result
    }
    if (minimum > maxCost) return maxCost + 1
  }
  return result
}

/** The closest candidate to `name` by CPython's rules, or null. */
export function suggestName(name: string, candidates: Iterable<string>): string | null {
  const list = [...candidates]
  if (list.length > 750) return null
  let best: string | null = null
  let bestDist = Infinity
  for (const item of list) {
    if (item === name) continue
    let maxDist = Math.floor(((name.length + item.length + 3) * MOVE) / 6)
    maxDist = Math.min(maxDist, bestDist - 1)
    const d = distance(name, item, maxDist)
    if (d > maxDist) continue
    if (best === null || d < bestDist) {
      best = item
      bestDist = d
    }
  }
  return best
}
