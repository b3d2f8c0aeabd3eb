import { PyFloat, PyObject, PyType, type PyValue } from './base'
import { call } from './calls'
import { userMethod } from './compare'
import {
  newList,
  newTuple,
  PyBytes,
  PyList,
  PyRange,
  PySlice,
  PyTuple,
  bytesLike,
  PyByteArray,
  newRange,
} from './containers'
import { PyDict } from './dict'
import { IndexError, KeyError, pyError, TypeError, ValueError } from './exceptions'
import { PyBuiltin } from './functions'
import { hash } from './hashing'
import { toArray } from './iteration'
import { asInt } from './numbers'
import { None, typeOf } from './types'

/** An index-like value as a JS number (`__index__` honoured), or undefined. */
export function indexOf(v: PyValue): number | undefined {
  const i = asInt(v)
  if (i !== undefined) return typeof i === 'bigint' ? Number(i) : i
  if (v instanceof PyObject && !v.cls.builtin) {
    const f = userMethod(v.cls, '__index__')
    if (f !== undefined) return indexOf(call(f, [v], null))
  }
  return undefined
}

/** The (start, stop, step, length) a slice selects in a sequence of length `len`. */
export function sliceIndices(s: PySlice, len: number): [number, number, number, number] {
  const stepV = s.step === None ? 1 : indexOf(s.step)
  if (stepV === undefined)
    throw pyError(TypeError, 'slice indices must be integers or None or have an __index__ method')
  if (stepV === 0) throw pyError(ValueError, 'slice step cannot be zero')
  const conv = (v: PyValue, dflt: number, lo: number, hi: number) => {
    if (v === None) return dflt
    const n = indexOf(v)
    if (n === undefined)
      throw pyError(TypeError, 'slice indices must be integers or None or have an __index__ method')
    if (n < 0) return Math.max(n + len, lo)
    return Math.min(n, hi)
  }
  let start: number
  let stop: number
  if (stepV > 0) {
    start = conv(s.start, 0, 0, len)
    stop = conv(s.stop, len, 0, len)
  } else {
    start = conv(s.start, len - 1, -1, len - 1)
    stop = conv(s.stop, -1, -1, len - 1)
  }
  let n = 0
  if (stepV > 0 ? stop > start : stop < start)
    n = Math.floor((Math.abs(stop - start) - 1) / Math.abs(stepV)) + 1
  return [start, stop, stepV, n]
}

function sliceArray<T>(items: T[], s: PySlice): T[] {
  const [start, stop, step, n] = sliceIndices(s, items.length)
  if (step === 1) return items.slice(start, stop)
  const out: T[] = new Array(n)
  for (let i = 0, j = start; i < n; i++, j += step) out[i] = items[j]!
  return out
}

function seqIndex(key: PyValue, len: number, what: string, kind: string): number {
  let i = indexOf(key)
  if (i === undefined)
    throw pyError(TypeError, `${kind} indices must be integers or slices, not ${typeOf(key).name}`)
  if (i < 0) i += len
  if (i < 0 || i >= len)
    throw pyError(IndexError, what === '' ? 'index out of range' : `${what} index out of range`)
  return i
}

/** The KeyError for a missing dict key. */
export function keyError(key: PyValue): PyObject {
  return pyError(KeyError, key)
}

/** `o[key]`. */
export function getitem(o: PyValue, key: PyValue): PyValue {
  if (o instanceof PyList && o.cls.builtin) {
    if (typeof key === 'number') {
      const items = o.items
      const i = key < 0 ? key + items.length : key
      if (i >= 0 && i < items.length) return items[i]
      throw pyError(IndexError, 'list index out of range')
    }
    if (key instanceof PySlice) return newList(sliceArray(o.items, key))
    return o.items[seqIndex(key, o.items.length, 'list', 'list')]
  }
  if (o instanceof PyDict && o.cls.builtin) {
    const v = o.get(key)
    if (v === undefined) {
      hash(key)
      throw keyError(key)
    }
    return v
  }
  if (typeof o === 'string') {
    if (key instanceof PySlice) {
      if (/[\ud800-\udfff]/.test(o)) return sliceArray([...o], key).join('')
      if (key.step === None) {
        const [start, stop] = sliceIndices(key, o.length)
        return stop > start ? o.slice(start, stop) : ''
      }
      return sliceArray(o.split(''), key).join('')
    }
    const i = indexOf(key)
    if (i === undefined)
      throw pyError(TypeError, `string indices must be integers, not '${typeOf(key).name}'`)
    const chars = /[\ud800-\udfff]/.test(o) ? [...o] : null
    const len = chars ? chars.length : o.length
    const j = i < 0 ? i + len : i
    if (j < 0 || j >= len) throw pyError(IndexError, 'string index out of range')
    return chars ? chars[j] : o[j]
  }
  if (o instanceof PyTuple && o.cls.builtin) {
    if (key instanceof PySlice) return newTuple(sliceArray(o.items, key))
    return o.items[seqIndex(key, o.items.length, 'tuple', 'tuple')]
  }
  const t = typeOf(o)
  if (!t.builtin) {
    const f = userMethod(t, '__getitem__')
    if (f !== undefined) return call(f, [o, key], null)
    if (o instanceof PyDict) {
      const v = o.get(key)
      if (v !== undefined) return v
      const missing = userMethod(t, '__missing__')
      if (missing !== undefined) return call(missing, [o, key], null)
      hash(key)
      throw keyError(key)
    }
    if (o instanceof PyList || o instanceof PyTuple)
      return getitem(o instanceof PyList ? newList(o.items) : newTuple(o.items), key)
    if (o instanceof PyObject && typeof o.prim === 'string') return getitem(o.prim, key)
  }
  if (o instanceof PyRange) {
    if (key instanceof PySlice) {
      const [start, , step, n] = sliceIndices(key, o.length)
      const s = o.start + start * o.step
      return newRange(s, s + n * step * o.step, step * o.step)
    }
    const i = seqIndex(key, o.length, 'range object', 'range')
    return o.start + i * o.step
  }
  if (o instanceof PyBytes) {
    if (key instanceof PySlice) return bytesLike(o, Uint8Array.from(sliceArray([...o.bytes], key)))
    const bytearray = o instanceof PyByteArray
    return o.bytes[
      seqIndex(key, o.bytes.length, bytearray ? 'bytearray' : '', bytearray ? 'bytearray' : 'byte')
    ]
  }
  if (o instanceof PyType) {
    const cg = o.lookup('__class_getitem__')
    if (cg !== undefined) {
      const f = (cg as { func?: PyValue }).func ?? cg
      return call(f, [o, key], null)
    }
    if (o.builtin) return o
    throw pyError(TypeError, `type '${o.name}' is not subscriptable`)
  }
  throw pyError(TypeError, `'${t.name}' object is not subscriptable`)
}

/** `o[key] = v`. */
export function setitem(o: PyValue, key: PyValue, v: PyValue): void {
  if (o instanceof PyDict && o.cls.builtin) {
    o.set(key, v)
    return
  }
  if (o instanceof PyList && o.cls.builtin) {
    if (typeof key === 'number') {
      const i = key < 0 ? key + o.items.length : key
      if (i >= 0 && i < o.items.length) {
        o.items[i] = v
        return
      }
      throw pyError(IndexError, 'list assignment index out of range')
    }
    if (key instanceof PySlice) {
      const values = toArray(v)
      const [start, stop, step, n] = sliceIndices(key, o.items.length)
      if (step === 1) {
        o.items.splice(start, Math.max(0, stop - start), ...values)
        return
      }
      if (values.length !== n)
        throw pyError(
          ValueError,
          `attempt to assign sequence of size ${values.length} to extended slice of size ${n}`,
        )
      for (let i = 0, j = start; i < n; i++, j += step) o.items[j] = values[i]
      return
    }
    const i = indexOf(key)
    if (i === undefined)
      throw pyError(TypeError, `list indices must be integers or slices, not ${typeOf(key).name}`)
    setitem(o, i, v)
    return
  }
  const t = typeOf(o)
  if (!t.builtin) {
    const f = userMethod(t, '__setitem__')
    if (f !== undefined) {
      call(f, [o, key, v], null)
      return
    }
    if (o instanceof PyDict) {
      o.set(key, v)
      return
    }
    if (o instanceof PyList) {
      setitem(
        new PyList(
          o.cls.mro.find((m) => m.builtin && m.name === 'list')!,
          o.items,
        ),
        key,
        v,
      )
      return
    }
  }
  const native = t.lookup('__setitem__')
  if (native instanceof PyBuiltin && !native.mirror) {
    call(native, [o, key, v], null)
    return
  }
  throw pyError(TypeError, `'${t.name}' object does not support item assignment`)
}

/** `del o[key]`. */
export function delitem(o: PyValue, key: PyValue): void {
  const t = typeOf(o)
  if (!t.builtin) {
    const f = userMethod(t, '__delitem__')
    if (f !== undefined) {
      call(f, [o, key], null)
      return
    }
  }
  if (o instanceof PyDict) {
    if (o.delete(key) === undefined) throw keyError(key)
    return
  }
  if (o instanceof PyList) {
    if (key instanceof PySlice) {
      const [start, stop, step, n] = sliceIndices(key, o.items.length)
      if (step === 1) o.items.splice(start, Math.max(0, stop - start))
      else {
        const drop = new Set<number>()
        for (let i = 0, j = start; i < n; i++, j += step) drop.add(j)
        o.items = o.items.filter((_, i) => !drop.has(i))
      }
      return
    }
    const i = seqIndex(key, o.items.length, 'list assignment', 'list')
    o.items.splice(i, 1)
    return
  }
  const native = t.lookup('__delitem__')
  if (native instanceof PyBuiltin && !native.mirror) {
    call(native, [o, key], null)
    return
  }
  throw pyError(TypeError, `'${t.name}' object doesn't support item deletion`)
}

/** Python's len(). */
export function len(o: PyValue): number {
  if (typeof o === 'string') {
    if (!/[\ud800-\udfff]/.test(o)) return o.length
    return [...o].length
  }
  if (o instanceof PyObject) {
    const t = o.cls
    if (!t.builtin) {
      const f = userMethod(t, '__len__')
      if (f !== undefined) {
        const r = call(f, [o], null)
        const n = indexOf(r)
        if (n === undefined || r instanceof PyFloat)
          throw pyError(TypeError, `'${typeOf(r).name}' object cannot be interpreted as an integer`)
        if (n < 0) throw pyError(ValueError, '__len__() should return >= 0')
        return n
      }
      if (typeof o.prim === 'string') return len(o.prim)
    }
    if (o instanceof PyList || o instanceof PyTuple) return o.items.length
    if (o instanceof PyDict) return o.size
    if ((o as { table?: PyDict }).table instanceof PyDict)
      return (o as unknown as { table: PyDict }).table.size
    if (o instanceof PyRange) return o.length
    if (o instanceof PyBytes) return o.bytes.length
    const f = t.lookup('__len__')
    if (f !== undefined && t.builtin) return call(f, [o], null)
  }
  throw pyError(TypeError, `object of type '${typeOf(o).name}' has no len()`)
}
