import { cpythonSetOrder } from './set-order'
import { PyObject, type PyType, type PyValue } from './base'
import { call } from './calls'
import { userMethod } from './compare'
import { listType, PyList, PyRange, PySet, PyTuple } from './containers'
import { PyDict } from './dict'
import {
  IndexError,
  PyBaseException,
  pyError,
  RuntimeError,
  StopIteration,
  TypeError,
  ValueError,
} from './exceptions'
import { PyBuiltin } from './functions'
import { makeType, None, objectType, typeOf } from './types'

/** An iterator with the internal protocol: `nx()` returns the next value or undefined when exhausted. */
export abstract class PyIter extends PyObject {
  abstract nx(): PyValue
}

export const iteratorType = makeType('iterator', [objectType], null)
export const listIteratorType = makeType('list_iterator', [objectType], null)
export const tupleIteratorType = makeType('tuple_iterator', [objectType], null)
export const strIteratorType = makeType('str_ascii_iterator', [objectType], null)
export const rangeIteratorType = makeType('range_iterator', [objectType], null)
export const dictKeyIteratorType = makeType('dict_keyiterator', [objectType], null)
export const setIteratorType = makeType('set_iterator', [objectType], null)
export const generatorType = makeType('generator', [objectType], null)

/** Iterates a JS array (a list's live items or a tuple's). */
export class SeqIter extends PyIter {
  i = 0
  constructor(
    cls: PyType,
    readonly seq: { items: PyValue[] },
  ) {
    super(cls)
  }
  nx(): PyValue {
    const items = this.seq.items
    if (this.i < items.length) return items[this.i++]
    this.i = Infinity
    return undefined
  }
}

class StrIter extends PyIter {
  i = 0
  constructor(readonly s: string) {
    super(strIteratorType)
  }
  nx(): PyValue {
    const s = this.s
    if (this.i >= s.length) return undefined
    const c = s.codePointAt(this.i)!
    const ch = String.fromCodePoint(c)
    this.i += ch.length
    return ch
  }
}

class RangeIter extends PyIter {
  constructor(
    public cur: number,
    readonly stop: number,
    readonly step: number,
  ) {
    super(rangeIteratorType)
  }
  nx(): PyValue {
    const c = this.cur
    if (this.step > 0 ? c < this.stop : c > this.stop) {
      this.cur = c + this.step
      return c
    }
    return undefined
  }
}

/** Iterates a dict's keys, values or items, raising when the dict changes size. */
export class DictIter extends PyIter {
  readonly it: Iterator<[PyValue, PyValue]>
  readonly size: number
  constructor(
    cls: PyType,
    readonly d: PyDict,
    readonly mode: 'keys' | 'values' | 'items',
    readonly make: (k: PyValue, v: PyValue) => PyValue,
  ) {
    super(cls)
    this.it = d.m.entries()
    this.size = d.size
  }
  nx(): PyValue {
    if (this.d.size !== this.size) throw pyError(RuntimeError, `dictionary changed size during iteration`)
    const r = this.it.next()
    if (r.done) return undefined
    const [sk, v] = r.value
    const k = this.d.origKey(sk)
    return this.mode === 'keys' ? k : this.mode === 'values' ? v : this.make(k, v)
  }
}

/** Wraps a JS iterator as a Python iterator. */
export class JsIter extends PyIter {
  constructor(
    cls: PyType,
    readonly it: Iterator<PyValue>,
  ) {
    super(cls)
  }
  nx(): PyValue {
    const r = this.it.next()
    return r.done ? undefined : r.value
  }
}

/** Wraps a Python-level iterator object (with `__next__`). */
class ObjIter extends PyIter {
  constructor(
    readonly obj: PyValue,
    readonly next: PyValue,
  ) {
    super(iteratorType)
  }
  nx(): PyValue {
    try {
      return call(this.next, [this.obj], null)
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.isSubtype(StopIteration)) return undefined
      throw e
    }
  }
}

class GetItemIter extends PyIter {
  i = 0
  constructor(
    readonly obj: PyValue,
    readonly getitem: PyValue,
  ) {
    super(iteratorType)
  }
  nx(): PyValue {
    try {
      return call(this.getitem, [this.obj, this.i++], null)
    } catch (e) {
      if (e instanceof PyBaseException && (e.cls.isSubtype(IndexError) || e.cls.isSubtype(StopIteration)))
        return undefined
      throw e
    }
  }
}

/** Python's iter(v), as an internal iterator. */
export function iter(v: PyValue): PyIter {
  if (typeof v === 'string') return new StrIter(v)
  if (v instanceof PyObject) {
    const t = v.cls
    if (!t.builtin) {
      const f = userMethod(t, '__iter__')
      if (f !== undefined) {
        const it = call(f, [v], null)
        if (it instanceof PyIter && it.cls.builtin) return it
        const n = typeOf(it).lookup('__next__')
        if (n === undefined)
          throw pyError(TypeError, `iter() returned non-iterator of type '${typeOf(it).name}'`)
        if (it instanceof PyIter && n instanceof PyBuiltin) return it
        return new ObjIter(it, n)
      }
    }
    if (v instanceof PyIter) return v
    if (v instanceof PyList) return new SeqIter(listIteratorType, v)
    if (v instanceof PyTuple) return new SeqIter(tupleIteratorType, v)
    if (v instanceof PyDict) return new DictIter(dictKeyIteratorType, v, 'keys', () => None)
    if (v instanceof PySet)
      return new JsIter(setIteratorType, cpythonSetOrder([...v.table.keys()])[Symbol.iterator]())
    if (v instanceof PyRange) return new RangeIter(v.start, v.stop, v.step)
    if (typeof v.prim === 'string') return new StrIter(v.prim)
    const bytes = (v as { bytes?: Uint8Array }).bytes
    if (bytes instanceof Uint8Array) return new JsIter(iteratorType, bytes[Symbol.iterator]())
    const f = t.lookup('__iter__')
    if (f !== undefined && f !== None) {
      const it = call(f, [v], null)
      if (it instanceof PyIter) return it
      const n = typeOf(it).lookup('__next__')
      if (n === undefined)
        throw pyError(TypeError, `iter() returned non-iterator of type '${typeOf(it).name}'`)
      return new ObjIter(it, n)
    }
    if (!t.builtin) {
      const gi = userMethod(t, '__getitem__')
      if (gi !== undefined) return new GetItemIter(v, gi)
    }
  }
  throw pyError(TypeError, `'${typeOf(v).name}' object is not iterable`)
}

/** next() on an internal iterator or a Python iterator object; undefined when exhausted. */
export function nextOf(it: PyValue): PyValue {
  if (it instanceof PyIter) return it.nx()
  const n = typeOf(it).lookup('__next__')
  if (n === undefined) throw pyError(TypeError, `'${typeOf(it).name}' object is not an iterator`)
  try {
    return call(n, [it], null)
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtype(StopIteration)) return undefined
    throw e
  }
}

/** Iterates any Python iterable from TypeScript. */
export function* iterate(v: PyValue): Generator<PyValue> {
  if (v instanceof PyList || v instanceof PyTuple) {
    if (v.cls.builtin) {
      yield* v.items
      return
    }
  }
  const it = iter(v)
  for (;;) {
    const x = it.nx()
    if (x === undefined) return
    yield x
  }
}

/** The items of any iterable as a new JS array. */
export function toArray(v: PyValue): PyValue[] {
  if ((v instanceof PyList || v instanceof PyTuple) && v.cls.builtin) return v.items.slice()
  const out: PyValue[] = []
  const it = iter(v)
  for (;;) {
    const x = it.nx()
    if (x === undefined) return out
    out.push(x)
  }
}

function unpackIter(v: PyValue): PyIter {
  try {
    return iter(v)
  } catch (e) {
    if (e instanceof PyBaseException && e.cls === TypeError && /is not iterable$/.test(String(e.args[0]))) {
      throw pyError(TypeError, `cannot unpack non-iterable ${typeOf(v).name} object`)
    }
    throw e
  }
}

/** Unpacks exactly `n` values (assignment to a tuple of targets). */
export function unpack(v: PyValue, n: number): PyValue[] {
  if ((v instanceof PyTuple || v instanceof PyList) && v.cls.builtin) {
    const items = v.items
    if (items.length === n) return items
    if (items.length > n) throw pyError(ValueError, `too many values to unpack (expected ${n})`)
    throw pyError(ValueError, `not enough values to unpack (expected ${n}, got ${items.length})`)
  }
  const it = unpackIter(v)
  const out: PyValue[] = []
  for (let i = 0; i < n; i++) {
    const x = it.nx()
    if (x === undefined) throw pyError(ValueError, `not enough values to unpack (expected ${n}, got ${i})`)
    out.push(x)
  }
  if (it.nx() !== undefined) throw pyError(ValueError, `too many values to unpack (expected ${n})`)
  return out
}

/** Unpacks with a starred target: `before` values, a list, then `after` values. */
export function unpackStar(v: PyValue, before: number, after: number): PyValue[] {
  const items = toArray(unpackIter(v))
  if (items.length < before + after) {
    throw pyError(
      ValueError,
      `not enough values to unpack (expected at least ${before + after}, got ${items.length})`,
    )
  }
  const mid = items.slice(before, items.length - after)
  return [...items.slice(0, before), new PyList(listType, mid), ...items.slice(items.length - after)]
}
