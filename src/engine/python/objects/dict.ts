import { hooks, PyFloat, PyObject, type PyType, type PyValue } from './base'

/**
 * A Python dict: insertion-ordered, with Python key equality. `m` maps a "simple key" (the str
 * itself, the int as a JS number, or a canonical object for keys hashed in Python) to the value;
 * `k` remembers the original key when it differs from its simple key (True for 1, 1.0 for 1).
 */
export class PyDict extends PyObject {
  declare m: Map<PyValue, PyValue>
  declare k: Map<PyValue, PyValue> | null
  declare buckets: Map<number, PyValue[]> | null

  constructor(cls: PyType) {
    super(cls)
    this.m = new Map()
    this.k = null
    this.buckets = null
  }

  get size(): number {
    return this.m.size
  }

  /** The simple key for `key`, or undefined when no equal key is present (for complex keys). */
  private find(key: PyValue, insert: boolean): PyValue {
    switch (typeof key) {
      case 'string':
      case 'number':
      case 'bigint':
        return key
      case 'boolean':
        return key ? 1 : 0
    }
    if (key instanceof PyFloat) {
      const v = key.v
      if (Number.isInteger(v)) return Number.isSafeInteger(v) ? v : BigInt(v)
      return Number.isNaN(v) ? key : v
    }
    const h = hooks.hashKey(key)
    if (h.simple !== undefined) return h.simple
    if (this.buckets === null) this.buckets = new Map()
    const list = this.buckets.get(h.hash)
    if (list !== undefined) {
      for (const cand of list) if (cand === key || h.eq(cand)) return cand
    }
    if (!insert) return undefined
    if (list === undefined) this.buckets.set(h.hash, [key])
    else list.push(key)
    return key
  }

  /** The value for `key`, or undefined. */
  get(key: PyValue): PyValue {
    if (typeof key === 'string') return this.m.get(key)
    const sk = this.find(key, false)
    return sk === undefined ? undefined : this.m.get(sk)
  }

  has(key: PyValue): boolean {
    return this.get(key) !== undefined
  }

  set(key: PyValue, value: PyValue): void {
    if (typeof key === 'string') {
      this.m.set(key, value)
      return
    }
    const sk = this.find(key, true)
    if (sk !== key && !this.m.has(sk)) {
      if (this.k === null) this.k = new Map()
      this.k.set(sk, key)
    }
    this.m.set(sk, value)
  }

  /** Removes `key`; returns the removed value or undefined when absent. */
  delete(key: PyValue): PyValue {
    const sk = typeof key === 'string' ? key : this.find(key, false)
    if (sk === undefined) return undefined
    const v = this.m.get(sk)
    if (v === undefined) return undefined
    this.m.delete(sk)
    if (this.k !== null) this.k.delete(sk)
    if (this.buckets !== null && typeof sk === 'object') {
      for (const [h, list] of this.buckets) {
        const i = list.indexOf(sk)
        if (i >= 0) {
          list.splice(i, 1)
          if (list.length === 0) this.buckets.delete(h)
          break
        }
      }
    }
    return v
  }

  clear(): void {
    this.m.clear()
    this.k = null
    this.buckets = null
  }

  /** The original key for a simple key. */
  origKey(sk: PyValue): PyValue {
    if (this.k !== null) {
      const o = this.k.get(sk)
      if (o !== undefined) return o
    }
    return sk
  }

  *keys(): IterableIterator<PyValue> {
    for (const sk of this.m.keys()) yield this.origKey(sk)
  }

  *entries(): IterableIterator<[PyValue, PyValue]> {
    for (const [sk, v] of this.m) yield [this.origKey(sk), v]
  }

  values(): IterableIterator<PyValue> {
    return this.m.values()
  }

  /** A shallow copy with the same class. */
  copy(cls: PyType = this.cls): PyDict {
    const d = new PyDict(cls)
    d.m = new Map(this.m)
    d.k = this.k && new Map(this.k)
    if (this.buckets) d.buckets = new Map([...this.buckets].map(([h, l]) => [h, [...l]]))
    return d
  }
}
