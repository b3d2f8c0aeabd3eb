import { PyObject, type PyType, type PyValue } from './base'
import { PyDict } from './dict'
import { dictType, makeType, objectType } from './types'

/** A Python list: `items` is the live JS array. */
export class PyList extends PyObject {
  constructor(
    cls: PyType,
    public items: PyValue[],
  ) {
    super(cls)
  }
}

/** A Python tuple: `items` must not be mutated once built. */
export class PyTuple extends PyObject {
  constructor(
    cls: PyType,
    readonly items: PyValue[],
  ) {
    super(cls)
  }
}

/** A Python set or frozenset, backed by a dict whose values are `true`. */
export class PySet extends PyObject {
  table: PyDict = new PyDict(dictType)
  constructor(cls: PyType) {
    super(cls)
  }
}

/** A range object. */
export class PyRange extends PyObject {
  constructor(
    cls: PyType,
    readonly start: number,
    readonly stop: number,
    readonly step: number,
  ) {
    super(cls)
  }
  get length(): number {
    const { start, stop, step } = this
    if (step > 0) return stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0
  }
}

/** A slice object. */
export class PySlice extends PyObject {
  constructor(
    cls: PyType,
    readonly start: PyValue,
    readonly stop: PyValue,
    readonly step: PyValue,
  ) {
    super(cls)
  }
}

/** A bytes object (immutable) holding its byte values. */
export class PyBytes extends PyObject {
  constructor(
    cls: PyType,
    readonly bytes: Uint8Array,
  ) {
    super(cls)
  }
}

/** A bytearray: a bytes object whose `bytes` the mutating methods replace. */
export class PyByteArray extends PyBytes {
  declare bytes: Uint8Array
}

export const listType = makeType('list', [objectType], (cls) => new PyList(cls, []))
export const tupleType = makeType('tuple', [objectType], (cls) => new PyTuple(cls, []))
export const setType = makeType('set', [objectType], (cls) => new PySet(cls))
export const frozensetType = makeType('frozenset', [objectType], (cls) => new PySet(cls))
export const rangeType = makeType('range', [objectType], null)
export const sliceType = makeType('slice', [objectType], null)
export const bytesType = makeType('bytes', [objectType], (cls) => new PyBytes(cls, new Uint8Array()))
export const bytearrayType = makeType(
  'bytearray',
  [objectType],
  (cls) => new PyByteArray(cls, new Uint8Array()),
)

/** A new list holding `items` (the array is used as is). */
export function newList(items: PyValue[] = []): PyList {
  return new PyList(listType, items)
}

/** A new tuple holding `items` (the array is used as is). */
export function newTuple(items: PyValue[] = []): PyTuple {
  return new PyTuple(tupleType, items)
}

/** A new set (or frozenset) holding `items`. */
export function newSet(items: Iterable<PyValue> = [], frozen = false): PySet {
  const s = new PySet(frozen ? frozensetType : setType)
  for (const x of items) s.table.set(x, true)
  return s
}

/** A new bytes object. */
export function newBytes(bytes: Uint8Array): PyBytes {
  return new PyBytes(bytesType, bytes)
}

/** A new bytearray. */
export function newByteArray(bytes: Uint8Array): PyByteArray {
  return new PyByteArray(bytearrayType, bytes)
}

/** New bytes of the same kind as `like`: a bytearray for a bytearray, bytes otherwise. */
export function bytesLike(like: PyBytes, bytes: Uint8Array): PyBytes {
  return like instanceof PyByteArray ? newByteArray(bytes) : newBytes(bytes)
}

/** A new range. */
export function newRange(start: number, stop: number, step: number): PyRange {
  return new PyRange(rangeType, start, stop, step)
}

/** A new slice. */
export function newSlice(start: PyValue, stop: PyValue, step: PyValue): PySlice {
  return new PySlice(sliceType, start, stop, step)
}
