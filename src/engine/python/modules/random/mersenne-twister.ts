/**
 * MT19937, the generator behind CPython's `random` module, seeded the way CPython seeds it from
 * an integer (`init_by_array` over the 32-bit words of `abs(seed)`), so that `random.seed(42)`
 * followed by `random.random()` yields CPython's exact sequence.
 */

const N = 624
const M = 397
const MATRIX_A = 0x9908b0df
const UPPER_MASK = 0x80000000
const LOWER_MASK = 0x7fffffff

/** A Mersenne Twister state; each Python `random.Random` instance owns one. */
export class MersenneTwister {
  readonly #mt = new Uint32Array(N)
  #index = N + 1

  /** Creates a generator seeded from an integer (CPython's `seed(n)` for int `n`). */
  constructor(seed: bigint | number = 0) {
    this.seedInteger(seed)
  }

  /** Re-seeds from an integer; negative seeds use their absolute value, as CPython does. */
  seedInteger(seed: bigint | number): void {
    let rest = BigInt(seed)
    if (rest < 0n) rest = -rest
    const key: number[] = []
    while (rest > 0n) {
      key.push(Number(rest & 0xffffffffn))
      rest >>= 32n
    }
    if (key.length === 0) key.push(0)
    this.seedWords(key)
  }

  /** Seeds from a list of 32-bit words (MT19937's `init_by_array`). */
  seedWords(key: readonly number[]): void {
    this.#initGenrand(19650218)
    const mt = this.#mt
    let i = 1
    let j = 0
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30)
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1664525)) + key[j]! + j) >>> 0
      i++
      j++
      if (i >= N) {
        mt[0] = mt[N - 1]!
        i = 1
      }
      if (j >= key.length) j = 0
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30)
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1566083941)) - i) >>> 0
      i++
      if (i >= N) {
        mt[0] = mt[N - 1]!
        i = 1
      }
    }
    mt[0] = 0x80000000
  }

  #initGenrand(seed: number): void {
    const mt = this.#mt
    mt[0] = seed >>> 0
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30)
      mt[i] = (Math.imul(prev, 1812433253) + i) >>> 0
    }
    this.#index = N
  }

  /** The next 32-bit output word, as an unsigned JS number. */
  nextUint32(): number {
    const mt = this.#mt
    if (this.#index >= N) {
      if (this.#index === N + 1) this.#initGenrand(5489)
      for (let k = 0; k < N; k++) {
        const y = (mt[k]! & UPPER_MASK) | (mt[(k + 1) % N]! & LOWER_MASK)
        mt[k] = mt[(k + M) % N]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0)
      }
      this.#index = 0
    }
    let y = mt[this.#index++]!
    y ^= y >>> 11
    y ^= (y << 7) & 0x9d2c5680
    y ^= (y << 15) & 0xefc60000
    y ^= y >>> 18
    return y >>> 0
  }

  /** A float in [0, 1) with 53 random bits (CPython's `random.random()`). */
  nextFloat(): number {
    const a = this.nextUint32() >>> 5
    const b = this.nextUint32() >>> 6
    return (a * 67108864 + b) / 9007199254740992
  }

  /** A non-negative integer of `k` random bits (CPython's `getrandbits(k)`); bigint when k > 32. */
  getrandbits(k: number): number | bigint {
    if (k <= 32) return k === 0 ? 0 : this.nextUint32() >>> (32 - k)
    let result = 0n
    let shift = 0n
    for (let left = k; left > 0; left -= 32) {
      let word = this.nextUint32()
      if (left < 32) word >>>= 32 - left
      result |= BigInt(word) << shift
      shift += 32n
    }
    return result
  }

  /** A uniform integer in [0, n) by rejection sampling over `n.bit_length()` bits (CPython's `_randbelow`). */
  randbelow(n: number | bigint): number | bigint {
    const big = BigInt(n)
    const k = big === 0n ? 0 : big.toString(2).length
    for (;;) {
      const r = this.getrandbits(k)
      if (BigInt(r) < big) return typeof n === 'number' ? Number(r) : BigInt(r)
    }
  }

  /** The whole state as CPython's `getstate()` shows it: 624 words and the index. */
  getState(): { readonly words: readonly number[]; readonly index: number } {
    return { words: [...this.#mt], index: this.#index }
  }

  /** Restores a state captured by `getState`. */
  setState(state: { readonly words: readonly number[]; readonly index: number }): void {
    this.#mt.set(state.words)
    this.#index = state.index
  }
}
