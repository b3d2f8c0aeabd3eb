import type { DecimalValue } from './decimal-value'

const MODULUS = (1n << 61n) - 1n
const TEN_INVERSE = modPow(10n, MODULUS - 2n, MODULUS)

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

/**
 * CPython's numeric hash of a non-NaN Decimal: equal to `hash(int)` / `hash(float)` for equal
 * values (the value reduced modulo 2**61 - 1).
 */
export function decimalHash(value: Exclude<DecimalValue, { kind: 'nan' }>): bigint {
  if (value.kind === 'infinity') return value.sign ? -314159n : 314159n
  let h: bigint
  if (value.exponent >= 0) {
    h = ((value.coefficient % MODULUS) * modPow(10n, BigInt(value.exponent), MODULUS)) % MODULUS
  } else {
    h = ((value.coefficient % MODULUS) * modPow(TEN_INVERSE, BigInt(-value.exponent), MODULUS)) % MODULUS
  }
  if (value.sign) h = -h
  return h === -1n ? -2n : h
}
