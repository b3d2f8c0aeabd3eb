import type { DecimalEnv, Rounding } from './decimal-context'
import { dropDigits, finalize } from './decimal-rounding'
import {
  QUIET_NAN,
  adjusted,
  digitCount,
  finite,
  infinity,
  pow10,
  type DecimalValue,
  type FiniteDecimal,
} from './decimal-value'

/** The NaN an operation returns when an operand is NaN (signalling InvalidOperation for sNaN), else null. */
export function propagateNaN(env: DecimalEnv, ...operands: DecimalValue[]): DecimalValue | null {
  for (const v of operands) {
    if (v.kind === 'nan' && v.signaling) {
      env.signal('InvalidOperation')
      return { ...v, signaling: false }
    }
  }
  for (const v of operands) if (v.kind === 'nan') return v
  return null
}

function invalid(
  env: DecimalEnv,
  condition: 'InvalidOperation' | 'DivisionUndefined' | 'DivisionImpossible' = 'InvalidOperation',
): DecimalValue {
  env.signal(condition)
  return QUIET_NAN
}

function signedCoefficient(v: FiniteDecimal, exponent: number): bigint {
  const c = v.coefficient * pow10(v.exponent - exponent)
  return v.sign ? -c : c
}

/** `a + b`, exact then rounded to the context; a zero sum is negative only when both are or under ROUND_FLOOR. */
export function add(a: DecimalValue, b: DecimalValue, env: DecimalEnv): DecimalValue {
  const nan = propagateNaN(env, a, b)
  if (nan) return nan
  if (a.kind === 'infinity') {
    if (b.kind === 'infinity' && b.sign !== a.sign) return invalid(env)
    return a
  }
  if (b.kind === 'infinity') return b
  if (a.kind !== 'finite' || b.kind !== 'finite') return QUIET_NAN
  const exponent = Math.min(a.exponent, b.exponent)
  const sum = signedCoefficient(a, exponent) + signedCoefficient(b, exponent)
  let sign: 0 | 1
  if (sum === 0n) sign = a.sign === b.sign ? a.sign : env.settings.rounding === 'ROUND_FLOOR' ? 1 : 0
  else sign = sum < 0n ? 1 : 0
  return finalize(finite(sign, sum < 0n ? -sum : sum, exponent), env)
}

/** The value with its sign flipped (no rounding). */
export function negate(v: DecimalValue): DecimalValue {
  return { ...v, sign: v.sign ? 0 : 1 } as DecimalValue
}

/** `a - b`. */
export function subtract(a: DecimalValue, b: DecimalValue, env: DecimalEnv): DecimalValue {
  const nan = propagateNaN(env, a, b)
  if (nan) return nan
  return add(a, negate(b), env)
}

/** Unary plus and minus: the value rounded to the context, a zero becoming positive. */
export function plus(v: DecimalValue, env: DecimalEnv, flip: boolean): DecimalValue {
  const nan = propagateNaN(env, v)
  if (nan) return nan
  const signed = flip ? negate(v) : v
  if (signed.kind !== 'finite') return signed
  if (signed.coefficient === 0n)
    return finite(env.settings.rounding === 'ROUND_FLOOR' ? signed.sign : 0, 0n, signed.exponent)
  return finalize(signed, env)
}

/** `a * b`. */
export function multiply(a: DecimalValue, b: DecimalValue, env: DecimalEnv): DecimalValue {
  const nan = propagateNaN(env, a, b)
  if (nan) return nan
  const sign = (a.sign ^ b.sign) as 0 | 1
  if (a.kind === 'infinity' || b.kind === 'infinity') {
    const other = a.kind === 'infinity' ? b : a
    if (other.kind === 'finite' && other.coefficient === 0n) return invalid(env)
    return infinity(sign)
  }
  if (a.kind !== 'finite' || b.kind !== 'finite') return QUIET_NAN
  return finalize(finite(sign, a.coefficient * b.coefficient, a.exponent + b.exponent), env)
}

/**
 * `a / b`: exact results take the exponent closest to the ideal `ea - eb`; inexact ones carry the
 * full precision. Division by zero signals DivisionByZero (0/0: DivisionUndefined).
 */
export function divide(a: DecimalValue, b: DecimalValue, env: DecimalEnv): DecimalValue {
  const nan = propagateNaN(env, a, b)
  if (nan) return nan
  const sign = (a.sign ^ b.sign) as 0 | 1
  if (a.kind === 'infinity') return b.kind === 'infinity' ? invalid(env) : infinity(sign)
  if (b.kind === 'infinity') return finite(sign, 0n, env.settings.Emin - env.settings.prec + 1)
  if (a.kind !== 'finite' || b.kind !== 'finite') return QUIET_NAN
  if (b.coefficient === 0n) {
    if (a.coefficient === 0n) return invalid(env, 'DivisionUndefined')
    env.signal('DivisionByZero')
    return infinity(sign)
  }
  const ideal = a.exponent - b.exponent
  if (a.coefficient === 0n) return finite(sign, 0n, ideal)
  const prec = env.settings.prec
  const shift = Math.max(0, prec + digitCount(b.coefficient) - digitCount(a.coefficient) + 1)
  const numerator = a.coefficient * pow10(shift)
  let quotient = numerator / b.coefficient
  const remainder = numerator % b.coefficient
  let exponent = ideal - shift
  if (remainder === 0n) {
    while (exponent < ideal && quotient % 10n === 0n) {
      quotient /= 10n
      exponent++
    }
    return finalize(finite(sign, quotient, exponent), env)
  }
  return finalize(finite(sign, quotient, exponent), env, true)
}

function truncatedQuotient(a: FiniteDecimal, b: FiniteDecimal): { quotient: bigint; exponent: number } {
  const exponent = Math.min(a.exponent, b.exponent)
  const ca = a.coefficient * pow10(a.exponent - exponent)
  const cb = b.coefficient * pow10(b.exponent - exponent)
  return { quotient: ca / cb, exponent }
}

/** `a // b`: the quotient truncated toward zero (Decimal semantics, not floor). */
export function divideInteger(a: DecimalValue, b: DecimalValue, env: DecimalEnv): DecimalValue {
  const nan = propagateNaN(env, a, b)
  if (nan) return nan
  const sign = (a.sign ^ b.sign) as 0 | 1
  if (a.kind === 'infinity') return b.kind === 'infinity' ? invalid(env) : infinity(sign)
  if (b.kind === 'infinity') return finite(sign, 0n, 0)
  if (a.kind !== 'finite' || b.kind !== 'finite') return QUIET_NAN
  if (b.coefficient === 0n) {
    if (a.coefficient === 0n) return invalid(env, 'DivisionUndefined')
    env.signal('DivisionByZero')
    return infinity(sign)
  }
  const { quotient } = truncatedQuotient(a, b)
  if (digitCount(quotient) > env.settings.prec) return invalid(env, 'DivisionImpossible')
  return finite(sign, quotient, 0)
}

/** `a % b`: the remainder of truncating division, with the sign of `a`. */
export function remainder(a: DecimalValue, b: DecimalValue, env: DecimalEnv): DecimalValue {
  const nan = propagateNaN(env, a, b)
  if (nan) return nan
  if (a.kind === 'infinity') return invalid(env)
  if (b.kind === 'infinity') return a.kind === 'finite' ? finalize(a, env) : a
  if (a.kind !== 'finite' || b.kind !== 'finite') return QUIET_NAN
  if (b.coefficient === 0n)
    return invalid(env, a.coefficient === 0n ? 'DivisionUndefined' : 'InvalidOperation')
  const { quotient, exponent } = truncatedQuotient(a, b)
  if (digitCount(quotient) > env.settings.prec) return invalid(env, 'DivisionImpossible')
  const ca = a.coefficient * pow10(a.exponent - exponent)
  const cb = b.coefficient * pow10(b.exponent - exponent)
  return finalize(finite(a.sign, ca - quotient * cb, exponent), env)
}

/**
 * Three-way comparison of two non-NaN values: -1, 0 or 1 (zeros compare equal whatever their sign);
 * null when either is a NaN.
 */
export function compare(a: DecimalValue, b: DecimalValue): -1 | 0 | 1 | null {
  if (a.kind === 'nan' || b.kind === 'nan') return null
  const sa = a.kind === 'finite' && a.coefficient === 0n ? 0 : a.sign ? -1 : 1
  const sb = b.kind === 'finite' && b.coefficient === 0n ? 0 : b.sign ? -1 : 1
  if (sa !== sb) return sa < sb ? -1 : 1
  if (sa === 0) return 0
  const flip = sa < 0 ? -1 : 1
  if (a.kind === 'infinity' || b.kind === 'infinity') {
    if (a.kind === b.kind) return 0
    return (a.kind === 'infinity' ? flip : -flip) as -1 | 1
  }
  const exponent = Math.min(a.exponent, b.exponent)
  const ca = a.coefficient * pow10(a.exponent - exponent)
  const cb = b.coefficient * pow10(b.exponent - exponent)
  if (ca === cb) return 0
  return (ca > cb ? flip : -flip) as -1 | 1
}

/**
 * The value rounded to the given exponent (`quantize`); InvalidOperation when the result would
 * need more digits than the precision or only one operand is infinite.
 */
export function rescale(
  a: DecimalValue,
  exponent: number,
  rounding: Rounding,
  env: DecimalEnv,
  checkPrecision = true,
): DecimalValue {
  if (a.kind !== 'finite') return a
  let coefficient: bigint
  if (exponent >= a.exponent) {
    const rounded = dropDigits(a.sign, a.coefficient, exponent - a.exponent, rounding)
    coefficient = rounded.coefficient
    if (rounded.inexact) {
      env.signal('Rounded')
      env.signal('Inexact')
    } else if (exponent > a.exponent && a.coefficient !== 0n) {
      env.signal('Rounded')
    }
  } else {
    coefficient = a.coefficient * pow10(a.exponent - exponent)
  }
  if (checkPrecision && digitCount(coefficient) > env.settings.prec) return invalid(env)
  return finite(a.sign, coefficient, exponent)
}

/** `a.quantize(b, rounding)`. */
export function quantize(
  a: DecimalValue,
  b: DecimalValue,
  rounding: Rounding,
  env: DecimalEnv,
): DecimalValue {
  const nan = propagateNaN(env, a, b)
  if (nan) return nan
  if (a.kind === 'infinity' || b.kind === 'infinity') {
    return a.kind === 'infinity' && b.kind === 'infinity' ? a : invalid(env)
  }
  if (b.kind !== 'finite') return QUIET_NAN
  return rescale(a, b.exponent, rounding, env)
}

/** `to_integral_value`: the value rounded to an integer, keeping a non-negative exponent as it is. */
export function toIntegral(a: DecimalValue, rounding: Rounding, env: DecimalEnv): DecimalValue {
  const nan = propagateNaN(env, a)
  if (nan) return nan
  if (a.kind !== 'finite' || a.exponent >= 0) return a
  const rounded = dropDigits(a.sign, a.coefficient, -a.exponent, rounding)
  return finite(a.sign, rounded.coefficient, 0)
}

/** The exact integer a finite value truncates to (`int(d)`). */
export function truncateToInteger(a: FiniteDecimal): bigint {
  const magnitude = a.exponent >= 0 ? a.coefficient * pow10(a.exponent) : a.coefficient / pow10(-a.exponent)
  return a.sign ? -magnitude : magnitude
}

/** `normalize()`: rounded to the context, then trailing zeros removed (zero becomes `0`). */
export function normalize(a: DecimalValue, env: DecimalEnv): DecimalValue {
  const nan = propagateNaN(env, a)
  if (nan) return nan
  if (a.kind !== 'finite') return a
  const rounded = finalize(a, env)
  if (rounded.kind !== 'finite') return rounded
  if (rounded.coefficient === 0n) return finite(rounded.sign, 0n, 0)
  let { coefficient, exponent } = rounded
  while (coefficient % 10n === 0n && exponent < env.settings.Emax) {
    coefficient /= 10n
    exponent++
  }
  return finite(rounded.sign, coefficient, exponent)
}

/** Integer powers computed exactly then rounded; negative powers as the reciprocal. Null when the power is not an integer. */
export function integerPower(a: DecimalValue, n: bigint, env: DecimalEnv): DecimalValue | null {
  const nan = propagateNaN(env, a)
  if (nan) return nan
  const sign = (a.sign && n % 2n !== 0n ? 1 : 0) as 0 | 1
  if (a.kind === 'infinity')
    return n === 0n ? finite(0, 1n, 0) : n < 0n ? finite(sign, 0n, 0) : infinity(sign)
  if (a.kind !== 'finite') return null
  if (n === 0n) {
    if (a.coefficient === 0n) return invalid(env)
    return finite(0, 1n, 0)
  }
  const magnitude = n < 0n ? -n : n
  if (a.coefficient === 0n) {
    if (n < 0n) return infinity(sign)
    return finite(sign, 0n, a.exponent * Number(magnitude))
  }
  if (Number(magnitude) * digitCount(a.coefficient) > 5000) return null
  const exact = finite(sign, a.coefficient ** magnitude, a.exponent * Number(magnitude))
  if (n > 0n) return finalize(exact, env)
  const bigger = { settings: { ...env.settings, prec: env.settings.prec + 3 }, signal: env.signal }
  const reciprocal = divide(finite(0, 1n, 0), finalize(exact, bigger), env)
  return reciprocal
}

/** The adjusted exponent of a finite value, for callers outside this module. */
export { adjusted }
