const MODULUS = (1n << 61n) - 1n

/** CPython's `hash(float)`: the value as a rational reduced modulo 2**61 - 1 (inf 314159, nan 0). */
export function floatHash(x: number): bigint {
  if (Number.isNaN(x)) return 0n
  if (!Number.isFinite(x)) return x > 0 ? 314159n : -314159n
  let magnitude = Math.abs(x)
  let exponent = 0
  while (!Number.isInteger(magnitude)) {
    magnitude *= 2
    exponent++
  }
  let n = BigInt(magnitude) % MODULUS
  const inverse = modPow(2n, MODULUS - 1n - BigInt(exponent % 61), MODULUS)
  n = (n * (exponent === 0 ? 1n : inverse)) % MODULUS
  if (x < 0) n = -n
  return n === -1n ? -2n : n
}

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n
  let b = base % modulus
  let e = exponent
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus
    b = (b * b) % modulus
    e >>= 1n
  }
  return result
}
