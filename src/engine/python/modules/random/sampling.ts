import type { MersenneTwister } from './mersenne-twister'

/** Why a `randrange` call has no value to return; the caller raises CPython's ValueError text. */
export type EmptyRange = { readonly kind: 'empty'; readonly message: string }

/**
 * An integer of `range(start, stop, step)` chosen the way CPython 3.11's `randrange` does,
 * or the ValueError message when the range is empty.
 */
export function randrange(
  twister: MersenneTwister,
  start: bigint,
  stop: bigint | null,
  step: bigint,
): bigint | EmptyRange {
  if (stop === null) {
    if (start > 0n) return BigInt(twister.randbelow(start))
    return { kind: 'empty', message: 'empty range for randrange()' }
  }
  const width = stop - start
  if (step === 1n) {
    if (width > 0n) return start + BigInt(twister.randbelow(width))
    return { kind: 'empty', message: `empty range for randrange() (${start}, ${stop}, ${width})` }
  }
  if (step === 0n) return { kind: 'empty', message: 'zero step for randrange()' }
  const n = step > 0n ? floorDiv(width + step - 1n, step) : floorDiv(width + step + 1n, step)
  if (n <= 0n) return { kind: 'empty', message: 'empty range for randrange()' }
  return start + step * BigInt(twister.randbelow(n))
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q
}

/** The swaps of CPython's `shuffle` over a sequence of `length` items, applied to a copy of `items`. */
export function shuffled<T>(twister: MersenneTwister, items: readonly T[]): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = twister.randbelow(i + 1) as number
    const tmp = out[i]!
    out[i] = out[j]!
    out[j] = tmp
  }
  return out
}

/**
 * The indices CPython's `sample(population, k)` picks from a population of `n` items: a partial
 * shuffle of a pool for small populations, set-based rejection for large ones.
 */
export function sampleIndices(twister: MersenneTwister, n: number, k: number): number[] {
  let setsize = 21
  if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4))
  const result: number[] = []
  if (n <= setsize) {
    const pool = Array.from({ length: n }, (_, i) => i)
    for (let i = 0; i < k; i++) {
      const j = twister.randbelow(n - i) as number
      result.push(pool[j]!)
      pool[j] = pool[n - i - 1]!
    }
    return result
  }
  const selected = new Set<number>()
  for (let i = 0; i < k; i++) {
    let j = twister.randbelow(n) as number
    while (selected.has(j)) j = twister.randbelow(n) as number
    selected.add(j)
    result.push(j)
  }
  return result
}

/** The index CPython's `choices` picks for one draw, given cumulative weights (or none: uniform). */
export function choiceIndex(
  twister: MersenneTwister,
  n: number,
  cumWeights: readonly number[] | null,
): number {
  if (cumWeights === null) return Math.floor(twister.nextFloat() * n)
  const total = cumWeights[cumWeights.length - 1]!
  const x = twister.nextFloat() * total
  let lo = 0
  let hi = n - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (x < cumWeights[mid]!) hi = mid
    else lo = mid + 1
  }
  return lo
}
