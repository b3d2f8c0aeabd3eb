import { PyFloat, PyObject, type PyType, type PyValue } from './base'
import { call } from './calls'
import { complexEquals, PyComplex } from './complex'
import { bytesContains } from './bytes'
import { newSet, PyBytes, PyList, PyRange, PySet, PyTuple } from './containers'
import { PyDict } from './dict'
import { pyError, TypeError, ValueError } from './exceptions'
import { PyBuiltin } from './functions'
import { iterate } from './iteration'
import { None, NotImplemented, typeOf } from './types'

/** The method `name` of `t` when it is Python-defined or host-native (not a builtin-type mirror). */
export function userMethod(t: PyType, name: string): PyValue {
  if (t.builtin) return undefined
  const f = t.lookup(name)
  if (f === undefined || (f instanceof PyBuiltin && f.mirror)) return undefined
  return f
}

/** Python truthiness. */
export function truthy(v: PyValue): boolean {
  if (v === true) return true
  if (v === false) return false
  switch (typeof v) {
    case 'number':
      return v !== 0
    case 'string':
      return v.length > 0
    case 'bigint':
      return v !== 0n
  }
  if (v === None) return false
  if (v instanceof PyFloat) return v.v !== 0
  const t = (v as PyObject).cls
  if (!t.builtin) {
    const b = userMethod(t, '__bool__')
    if (b !== undefined) {
      const r = call(b, [v], null)
      if (typeof r !== 'boolean')
        throw pyError(TypeError, `__bool__ should return bool, returned ${typeOf(r).name}`)
      return r
    }
    const l = userMethod(t, '__len__')
    if (l !== undefined) {
      const r = call(l, [v], null)
      if (typeof r !== 'number')
        throw pyError(TypeError, `'${typeOf(r).name}' object cannot be interpreted as an integer`)
      if (r < 0) throw pyError(ValueError, '__len__() should return >= 0')
      return r !== 0
    }
    if ((v as PyObject).prim !== undefined) return truthy((v as PyObject).prim)
  }
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0
  if (v instanceof PyDict) return v.size > 0
  if (v instanceof PySet) return v.table.size > 0
  if (v instanceof PyRange) return v.length > 0
  if (v instanceof PyComplex) return v.re !== 0 || v.im !== 0
  const bytes = (v as { bytes?: Uint8Array }).bytes
  if (bytes instanceof Uint8Array) return bytes.length > 0
  return true
}

/** A number's value for comparisons (bool and int and float), or undefined. */
function numeric(v: PyValue): number | bigint | undefined {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v
    case 'boolean':
      return v ? 1 : 0
  }
  if (v instanceof PyFloat) return v.v
  if (v instanceof PyObject && v.prim !== undefined && typeof v.prim !== 'string') return numeric(v.prim)
  return undefined
}

function cmpNum(a: number | bigint, b: number | bigint): number {
  if (typeof a === typeof b) return a < b ? -1 : a > b ? 1 : a === b ? 0 : NaN
  if (typeof a === 'bigint') {
    const bn = b as number
    if (Number.isNaN(bn)) return NaN
    if (!Number.isFinite(bn)) return bn > 0 ? -1 : 1
    const bb = BigInt(Math.trunc(bn))
    return a < bb ? -1 : a > bb ? 1 : bn > Math.trunc(bn) ? -1 : bn < Math.trunc(bn) ? 1 : 0
  }
  return -cmpNum(b, a)
}

const SYMBOL: Record<string, string> = {
  __lt__: '<',
  __le__: '<=',
  __gt__: '>',
  __ge__: '>=',
  __eq__: '==',
  __ne__: '!=',
}
const REFLECT: Record<string, string> = {
  __lt__: '__gt__',
  __le__: '__ge__',
  __gt__: '__lt__',
  __ge__: '__le__',
  __eq__: '__eq__',
  __ne__: '__ne__',
}

function fromOrder(c: number, op: string): boolean {
  switch (op) {
    case '__lt__':
      return c < 0
    case '__le__':
      return c <= 0
    case '__gt__':
      return c > 0
    case '__ge__':
      return c >= 0
    case '__eq__':
      return c === 0
    default:
      return c !== 0
  }
}

function seqCompare(x: PyValue[], y: PyValue[], op: string): boolean {
  const n = Math.min(x.length, y.length)
  for (let i = 0; i < n; i++) {
    if (x[i] === y[i] || eqBool(x[i], y[i])) continue
    if (op === '__eq__') return false
    if (op === '__ne__') return true
    return truthy(richCompare(x[i], y[i], op))
  }
  return fromOrder(x.length - y.length, op)
}

function setCompare(a: PySet, b: PySet, op: string): boolean {
  const sub = (x: PySet, y: PySet) =>
    x.table.size <= y.table.size && [...x.table.keys()].every((k) => y.table.has(k))
  switch (op) {
    case '__eq__':
      return a.table.size === b.table.size && sub(a, b)
    case '__ne__':
      return !(a.table.size === b.table.size && sub(a, b))
    case '__le__':
      return sub(a, b)
    case '__lt__':
      return a.table.size < b.table.size && sub(a, b)
    case '__ge__':
      return sub(b, a)
    default:
      return b.table.size < a.table.size && sub(b, a)
  }
}

/** Comparison of builtin values; undefined when the pair is not natively comparable. */
function nativeCompare(a: PyValue, b: PyValue, op: string): boolean | undefined {
  if (a instanceof PyObject && a.cls.builtin && (a.cls.name === 'dict_keys' || a.cls.name === 'dict_items')) {
    if (
      !(b instanceof PySet) &&
      !(b instanceof PyObject && b.cls.builtin && (b.cls.name === 'dict_keys' || b.cls.name === 'dict_items'))
    )
      return undefined
    return setCompare(newSet(iterate(a)), b instanceof PySet ? b : newSet(iterate(b)), op)
  }
  if (
    b instanceof PyObject &&
    b.cls.builtin &&
    (b.cls.name === 'dict_keys' || b.cls.name === 'dict_items') &&
    a instanceof PySet
  ) {
    return setCompare(a, newSet(iterate(b)), op)
  }
  if (a instanceof PyComplex || b instanceof PyComplex) {
    if (op !== '__eq__' && op !== '__ne__') return undefined
    const same = complexEquals(a, b)
    return same === undefined ? undefined : op === '__eq__' ? same : !same
  }
  const x = numeric(a)
  if (x !== undefined) {
    const y = numeric(b)
    if (y === undefined) return undefined
    const c = cmpNum(x, y)
    if (Number.isNaN(c)) return op === '__ne__'
    return fromOrder(c, op)
  }
  if (typeof a === 'string' || (a instanceof PyObject && typeof a.prim === 'string')) {
    const s = typeof a === 'string' ? a : a.prim
    const t =
      typeof b === 'string' ? b : b instanceof PyObject && typeof b.prim === 'string' ? b.prim : undefined
    if (t === undefined) return undefined
    return fromOrder(s < t ? -1 : s > t ? 1 : 0, op)
  }
  if (a instanceof PyList) return b instanceof PyList ? seqCompare(a.items, b.items, op) : undefined
  if (a instanceof PyTuple) return b instanceof PyTuple ? seqCompare(a.items, b.items, op) : undefined
  if (a instanceof PySet) return b instanceof PySet ? setCompare(a, b, op) : undefined
  if (a instanceof PyDict) {
    if (!(b instanceof PyDict)) return undefined
    if (op !== '__eq__' && op !== '__ne__') return undefined
    let same = a.size === b.size
    if (same) {
      for (const [k, v] of a.entries()) {
        const w = b.get(k)
        if (w === undefined || !(w === v || eqBool(v, w))) {
          same = false
          break
        }
      }
    }
    return op === '__eq__' ? same : !same
  }
  if (a instanceof PyRange && b instanceof PyRange && (op === '__eq__' || op === '__ne__')) {
    const same =
      a.length === b.length &&
      (a.length === 0 || (a.start === b.start && (a.length === 1 || a.step === b.step)))
    return op === '__eq__' ? same : !same
  }
  const ab = (a as { bytes?: Uint8Array }).bytes
  const bb = (b as { bytes?: Uint8Array }).bytes
  if (ab instanceof Uint8Array && bb instanceof Uint8Array) {
    return seqCompare([...ab], [...bb], op)
  }
  return undefined
}

/** Python's rich comparison `a <op> b` (op is a dunder name such as `__lt__`). */
export function richCompare(a: PyValue, b: PyValue, op: string): PyValue {
  const ta = typeOf(a)
  const tb = typeOf(b)
  const rop = REFLECT[op]!
  let reflectedTried = false
  if (ta !== tb && tb.isSubtype(ta)) {
    const g = userMethod(tb, rop)
    if (g !== undefined) {
      reflectedTried = true
      const r = call(g, [b, a], null)
      if (r !== NotImplemented) return r
    }
  }
  const f = userMethod(ta, op)
  if (f !== undefined) {
    const r = call(f, [a, b], null)
    if (r !== NotImplemented) return r
  } else {
    const r = nativeCompare(a, b, op)
    if (r !== undefined) return r
  }
  if (!reflectedTried) {
    const g = userMethod(tb, rop)
    if (g !== undefined) {
      const r = call(g, [b, a], null)
      if (r !== NotImplemented) return r
    } else if (ta !== tb) {
      const r = nativeCompare(b, a, rop)
      if (r !== undefined) return r
    }
  }
  if (op === '__eq__') return a === b
  if (op === '__ne__') {
    if (userMethod(ta, '__eq__') !== undefined || userMethod(tb, '__eq__') !== undefined)
      return !truthy(richCompare(a, b, '__eq__'))
    return a !== b
  }
  throw pyError(TypeError, `'${SYMBOL[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`)
}

/** `a == b` as a Python value. */
export function eq(a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'number' && typeof b === 'number') return a === b
  if (typeof a === 'string' && typeof b === 'string') return a === b
  return richCompare(a, b, '__eq__')
}

/** `a == b` as a JS boolean (identity first, like containers do). */
export function eqBool(a: PyValue, b: PyValue): boolean {
  if (a === b) return !(a instanceof PyFloat && Number.isNaN(a.v)) || true
  if (typeof a === 'string' && typeof b === 'string') return false
  return truthy(richCompare(a, b, '__eq__'))
}

export function ne(a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'number' && typeof b === 'number') return a !== b
  if (typeof a === 'string' && typeof b === 'string') return a !== b
  return richCompare(a, b, '__ne__')
}

export function lt(a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'number' && typeof b === 'number') return a < b
  return richCompare(a, b, '__lt__')
}

export function le(a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'number' && typeof b === 'number') return a <= b
  return richCompare(a, b, '__le__')
}

export function gt(a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'number' && typeof b === 'number') return a > b
  return richCompare(a, b, '__gt__')
}

export function ge(a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'number' && typeof b === 'number') return a >= b
  return richCompare(a, b, '__ge__')
}

/** `item in container`. */
export function contains(container: PyValue, item: PyValue): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') {
      if (item instanceof PyObject && typeof item.prim === 'string') return container.includes(item.prim)
      throw pyError(TypeError, `'in <string>' requires string as left operand, not ${typeOf(item).name}`)
    }
    return container.includes(item)
  }
  const t = typeOf(container)
  const f = userMethod(t, '__contains__')
  if (f !== undefined) return truthy(call(f, [container, item], null))
  if (container instanceof PyDict) return container.has(item)
  if (container instanceof PySet) return container.table.has(item)
  if (container instanceof PyList || container instanceof PyTuple) {
    for (const x of container.items) if (x === item || eqBool(x, item)) return true
    return false
  }
  if (container instanceof PyBytes) return bytesContains(container.bytes, item)
  if (container instanceof PyRange) {
    const n = numeric(item)
    if (typeof n !== 'number' || !Number.isInteger(n)) return false
    const { start, step } = container
    const k = (n - start) / step
    return Number.isInteger(k) && k >= 0 && k < container.length
  }
  if (container instanceof PyObject && typeof container.prim === 'string')
    return contains(container.prim, item)
  if (
    t.lookup('__iter__') === undefined &&
    userMethod(t, '__getitem__') === undefined &&
    !(container instanceof PyObject && (container as { bytes?: unknown }).bytes)
  ) {
    throw pyError(TypeError, `argument of type '${t.name}' is not iterable`)
  }
  for (const x of iterate(container)) if (x === item || eqBool(x, item)) return true
  return false
}
