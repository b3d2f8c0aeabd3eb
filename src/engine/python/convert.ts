import { PyFloat, type PyValue } from './objects/base'
import { newList, newTuple, PyList, PyTuple } from './objects/containers'
import { PyDict } from './objects/dict'
import { newDict, None } from './objects/types'

/** A plain JS value as a Python value: null/undefined → None, integers → int, other numbers → float, arrays → list, plain objects → dict. */
export function toPy(v: unknown): PyValue {
  if (v === null || v === undefined) return None
  switch (typeof v) {
    case 'string':
    case 'boolean':
    case 'bigint':
      return v
    case 'number':
      return Number.isSafeInteger(v) ? v : new PyFloat(v)
  }
  if (Array.isArray(v)) return newList(v.map(toPy))
  if (v instanceof Map) return newDict([...v].map(([k, x]) => [toPy(k), toPy(x)]))
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype)
    return newDict(Object.entries(v).map(([k, x]) => [k, toPy(x)]))
  return v
}

/** A Python value as plain JS: None → null, int → number/bigint, float → number, list/tuple → array, dict → Map; other objects unchanged. */
export function toJs(v: PyValue): unknown {
  if (v === None) return null
  if (v instanceof PyFloat) return v.v
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map(toJs)
  if (v instanceof PyDict) return new Map([...v.entries()].map(([k, x]) => [toJs(k), toJs(x)]))
  return v
}

export { newTuple }
