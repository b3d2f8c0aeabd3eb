import type { Interpreter } from '../interpreter'

/**
 * The outside world the standard library reads: the wall clock (`datetime.now()`, `time.time()`)
 * and a source of random bytes (`uuid4()`, `random.seed()` without an argument).
 */
export interface StdlibEffects {
  /** Milliseconds since the Unix epoch, UTC. */
  now(): number
  /** `n` random bytes. */
  randomBytes(n: number): Uint8Array
}

interface CryptoLike {
  getRandomValues(array: Uint8Array): Uint8Array
}

/**
 * The effects an interpreter was given: `now` and `randomBytes` from its options when the host
 * supplied them, else the platform clock and `crypto.getRandomValues`.
 */
export function effectsOf(interp: Interpreter): StdlibEffects {
  const options = interp.options as Partial<StdlibEffects>
  const crypto = (globalThis as { crypto?: CryptoLike }).crypto
  return {
    now: options.now ?? (() => Date.now()),
    randomBytes:
      options.randomBytes ??
      ((n) => {
        const bytes = new Uint8Array(n)
        if (crypto) crypto.getRandomValues(bytes)
        else for (let i = 0; i < n; i++) bytes[i] = Math.floor(Math.random() * 256)
        return bytes
      }),
  }
}
