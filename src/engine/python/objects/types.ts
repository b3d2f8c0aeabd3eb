import { PyFloat, PyObject, PySingleton, PyType, type Layout, type PyValue } from './base'
import { PyDict } from './dict'

/** The C3 linearization of a class with the given bases; null when none exists. */
export function c3(cls: PyType, bases: PyType[]): PyType[] | null {
  const seqs = bases.map((b) => [...b.mro]).concat([[...bases]])
  const out: PyType[] = [cls]
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0)
    if (nonEmpty.length === 0) return out
    let cand: PyType | null = null
    for (const s of nonEmpty) {
      const head = s[0]!
      if (!nonEmpty.some((t) => t.indexOf(head) > 0)) {
        cand = head
        break
      }
    }
    if (cand === null) return null
    out.push(cand)
    for (const s of nonEmpty) if (s[0] === cand) s.shift()
  }
}

/** Creates a builtin type: its namespace is empty until `defineMethods` fills it. */
export function makeType(
  name: string,
  bases: PyType[],
  layout: Layout | null,
  metatype: PyType = typeType,
): PyType {
  const t = new PyType(metatype, name, newBareDict())
  t.bases = bases
  t.mro = c3(t, bases) ?? [t, ...bases]
  t.layout = layout ?? bases.find((b) => b.layout)?.layout ?? null
  t.builtin = true
  t.instanceDict = false
  for (const b of bases) b.addSubclass(t)
  return t
}

/** A dict whose class is not known yet (used while bootstrapping `dict` itself). */
function newBareDict(): PyDict {
  return new PyDict(null as unknown as PyType)
}

const plainLayout: Layout = (cls) => {
  const o = new PyObject(cls)
  return o
}

/** `type`, the metatype of every builtin class. */
export const typeType: PyType = (() => {
  const t = new PyType(null, 'type', newBareDict())
  t.cls = t
  t.builtin = true
  return t
})()

/** `object`, the root class. */
export const objectType: PyType = (() => {
  const t = new PyType(typeType, 'object', newBareDict())
  t.mro = [t]
  t.layout = plainLayout
  t.builtin = true
  t.instanceDict = false
  return t
})()
typeType.bases = [objectType]
typeType.mro = [typeType, objectType]
objectType.addSubclass(typeType)

export const dictType = makeType('dict', [objectType], (cls) => new PyDict(cls))
for (const t of [typeType, objectType, dictType]) t.dict.cls = dictType

export const intType = makeType('int', [objectType], null)
export const boolType = makeType('bool', [intType], null)
export const floatType = makeType('float', [objectType], null)
export const strType = makeType('str', [objectType], null)
export const noneType = makeType('NoneType', [objectType], null)
export const notImplementedType = makeType('NotImplementedType', [objectType], null)
export const ellipsisType = makeType('ellipsis', [objectType], null)

/** The None singleton. */
export const None = new PySingleton(noneType, 'None')
/** The NotImplemented singleton. */
export const NotImplemented = new PySingleton(notImplementedType, 'NotImplemented')
/** The Ellipsis singleton. */
export const Ellipsis = new PySingleton(ellipsisType, 'Ellipsis')

/** A new empty dict. */
export function newDict(entries?: Iterable<[PyValue, PyValue]>): PyDict {
  const d = new PyDict(dictType)
  if (entries) for (const [k, v] of entries) d.set(k, v)
  return d
}

/** The Python type of any value. */
export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return intType
    case 'string':
      return strType
    case 'boolean':
      return boolType
  }
  if (v instanceof PyFloat) return floatType
  return (v as PyObject).cls
}

/** A boxed float. */
export function pyFloat(n: number): PyFloat {
  return new PyFloat(n)
}
