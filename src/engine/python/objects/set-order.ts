import type { PyValue } from './base'
import { exactHash } from './hashing'

const LINEAR_PROBES = 9
const PERTURB_SHIFT = 5n
const U64 = (1n << 64n) - 1n

/**
 * The order CPython iterates a set holding `keys` (inserted in this order): the slot order of
 * CPython's open-addressing table (linear probes, then perturbation), with its resize policy.
 */
export function cpythonSetOrder(keys: PyValue[]): PyValue[] {
  let mask = 7
  let table: ({ key: PyValue; hash: bigint } | null)[] = new Array(8).fill(null)
  let used = 0
  const insert = (t: typeof table, m: number, key: PyValue, hash: bigint) => {
    let perturb = hash & U64
    let i = Number(hash & U64 & BigInt(m))
    for (;;) {
      let probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0
      let j = i
      do {
        if (t[j] === null) {
          t[j] = { key, hash }
          return
        }
        j++
      } while (probes-- > 0)
      perturb >>= PERTURB_SHIFT
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(m))
    }
  }
  for (const key of keys) {
    const h = exactHash(key)
    insert(table, mask, key, typeof h === 'bigint' ? h : BigInt(h))
    used++
    if (used * 5 >= mask * 3) {
      const minused = used > 50000 ? used * 2 : used * 4
      let size = 8
      while (size <= minused) size <<= 1
      const old = table
      table = new Array(size).fill(null)
      mask = size - 1
      for (const e of old) if (e !== null) insert(table, mask, e.key, e.hash)
    }
  }
  const out: PyValue[] = []
  for (const e of table) if (e !== null) out.push(e.key)
  return out
}
