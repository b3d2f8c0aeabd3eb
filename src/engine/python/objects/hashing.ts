import { hooks, PyFloat, PyObject, type PyValue } from './base'
import { call } from './calls'
import { eqBool } from './compare'
import { complexType, PyComplex } from './complex'
import { newSet, PyList, PySet, PyTuple, frozensetType, tupleType } from './containers'
import { PyDict } from './dict'
import { pyError, TypeError } from './exceptions'
import { PyFunction } from './functions'
import { None, objectType, typeOf } from './types'

const MODULUS = (1n << 61n) - 1n
const U64 = (1n << 64n) - 1n
const XXP1 = 11400714785074694791n
const XXP2 = 14029467366897019727n
const XXP5 = 2870177450012600261n
const ids = new WeakMap<object, number>()
let nextId = 0x7f0000001000

/** A stable identity number for an object (`id()`). */
export function idOf(o: PyValue): number {
  if (typeof o !== 'object' || o === null) return 0
  let id = ids.get(o)
  if (id === undefined) {
    nextId += 48
    id = nextId
    ids.set(o, id)
  }
  return id
}

/** The hash of a str (stable within a run, like CPython's with a fixed seed). */
export function strHash(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h | 0
}

function intHash(n: number | bigint): number | bigint {
  if (typeof n === 'number') {
    if (n === -1) return -2
    if (Math.abs(n) < 2 ** 52) return n
    n = BigInt(n)
  }
  const neg = n < 0n
  let r = (neg ? -n : n) % MODULUS
  if (neg) r = -r
  const v = r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r
  return v === -1 ? -2 : v
}

/** A hash as a JS number (for hash tables). */
export function hash(v: PyValue): number {
  const h = exactHash(v)
  return typeof h === 'number' ? h : Number(h)
}

const low32 = (h: number | bigint) =>
  typeof h === 'number' && Math.abs(h) < 2 ** 31 ? h : Number(BigInt.asIntN(32, BigInt(h)))

/** Python's hash() of any value (exact, as CPython prints it); TypeError for unhashable values. */
export function exactHash(v: PyValue): number | bigint {
  switch (typeof v) {
    case 'string':
      return strHash(v)
    case 'number':
    case 'bigint':
      return intHash(v)
    case 'boolean':
      return v ? 1 : 0
  }
  if (v instanceof PyFloat) {
    const x = v.v
    if (Number.isInteger(x)) return intHash(Number.isSafeInteger(x) ? x : BigInt(x))
    if (Number.isNaN(x)) return idOf(v)
    if (!Number.isFinite(x)) return x > 0 ? 314159 : -314159
    let m = Math.abs(x)
    let k = 0
    while (!Number.isInteger(m)) {
      m *= 2
      k++
    }
    let r = ((BigInt(m) % MODULUS) * (1n << BigInt((61 - (k % 61)) % 61))) % MODULUS
    if (x < 0) r = -r
    return intHash(r)
  }
  if (v instanceof PyTuple && v.cls.builtin) {
    let acc = XXP5
    for (const x of v.items) {
      const lane = BigInt.asUintN(64, BigInt(exactHash(x)))
      acc = (acc + lane * XXP2) & U64
      acc = ((acc << 31n) | (acc >> 33n)) & U64
      acc = (acc * XXP1) & U64
    }
    acc = (acc + (BigInt(v.items.length) ^ (XXP5 ^ 3527539n))) & U64
    if (acc === U64) return 1546275796
    const r = BigInt.asIntN(64, acc)
    return r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r
  }
  if (v instanceof PySet && v.cls === frozensetType) {
    let acc = 1927868237
    for (const x of v.table.keys()) acc ^= Math.imul(low32(exactHash(x)) ^ 89869747, 3644798167)
    return acc | 0
  }
  const t = typeOf(v)
  const h = t.lookup('__hash__')
  if (h instanceof PyFunction) {
    const r = call(h, [v], null)
    if (typeof r !== 'number' && typeof r !== 'bigint' && typeof r !== 'boolean')
      throw pyError(TypeError, '__hash__ method should return an integer')
    return exactHash(r)
  }
  if (h === undefined || h === objectType.dict.m.get('__hash__')) {
    if (v instanceof PyObject && v.prim !== undefined) return exactHash(v.prim)
    return idOf(v)
  }
  if (h === None) throw pyError(TypeError, `unhashable type: '${t.name}'`)
  if (v instanceof PyTuple) return exactHash(new PyTuple(tupleType, v.items))
  if (v instanceof PySet) return exactHash(newSet(v.table.keys(), true))
  return call(h, [v], null)
}

/** How a dict keys `key`: a simple (primitive or identity) key, or a hash plus an equality test. */
export function hashKey(key: PyValue): { simple?: PyValue; hash: number; eq: (other: PyValue) => boolean } {
  if (
    key instanceof PyList ||
    key instanceof PyDict ||
    (key instanceof PySet && key.cls !== frozensetType && !key.cls.isSubtype(frozensetType))
  ) {
    const t = typeOf(key)
    if (!(t.lookup('__hash__') instanceof PyFunction))
      throw pyError(TypeError, `unhashable type: '${t.name}'`)
  }
  if (key instanceof PyComplex && key.cls === complexType && key.im === 0 && !Number.isNaN(key.re)) {
    const re = key.re
    const simple = Number.isInteger(re) && !Number.isSafeInteger(re) ? BigInt(re) : re
    return { simple, hash: 0, eq: () => false }
  }
  if (key instanceof PyObject && !(key instanceof PyTuple) && !(key instanceof PySet)) {
    const t = key.cls
    const h = t.lookup('__hash__')
    const e = t.lookup('__eq__')
    if (!(h instanceof PyFunction) && !(e instanceof PyFunction) && h !== None) {
      if (key.prim !== undefined)
        return {
          simple: typeof key.prim === 'object' ? hashKeySimple(key.prim) : key.prim,
          hash: 0,
          eq: () => false,
        }
      if (h === objectType.dict.m.get('__hash__') || h === undefined)
        return { simple: key, hash: 0, eq: () => false }
    }
  }
  const hv = hash(key)
  return { hash: hv, eq: (other) => eqBool(key, other) }
}

function hashKeySimple(p: PyValue): PyValue {
  if (p instanceof PyFloat) return Number.isInteger(p.v) ? p.v : p.v
  return p
}

hooks.hashKey = hashKey
