import DecimalJs from 'decimal.js'
import { propagateNaN } from './decimal-arithmetic'
import type { DecimalEnv, Rounding } from './decimal-context'
import { finalize } from './decimal-rounding'
import {
  QUIET_NAN,
  digitCount,
  finite,
  infinity,
  parseDecimal,
  pow10,
  toSciString,
  type DecimalValue,
  type FiniteDecimal,
} from './decimal-value'

const JS_ROUNDING: Record<Rounding, DecimalJs.Rounding> = {
  ROUND_UP: 0,
  ROUND_DOWN: 1,
  ROUND_CEILING: 2,
  ROUND_FLOOR: 3,
  ROUND_HALF_UP: 4,
  ROUND_HALF_DOWN: 5,
  ROUND_HALF_EVEN: 6,
  ROUND_05UP: 1,
}

function library(env: DecimalEnv): DecimalJs.Constructor {
  return DecimalJs.clone({
    precision: env.settings.prec,
    rounding: JS_ROUNDING[env.settings.rounding],
    minE: -9e15,
    maxE: 9e15,
    toExpNeg: -9e15,
    toExpPos: 9e15,
  })
}

function fromLibrary(value: DecimalJs): FiniteDecimal {
  const parsed = parseDecimal(value.toExponential())
  if (parsed === null || parsed.kind !== 'finite') throw new Error(`decimal.js returned ${value.toString()}`)
  return parsed
}

/** An inexact result shown with every digit of the precision, as CPython shows it. */
function padded(value: FiniteDecimal, env: DecimalEnv): DecimalValue {
  const missing = env.settings.prec - digitCount(value.coefficient)
  env.signal('Inexact')
  env.signal('Rounded')
  if (missing <= 0) return finalize(value, env)
  return finite(value.sign, value.coefficient * pow10(missing), value.exponent - missing)
}

/** `sqrt()`: exact roots take the ideal exponent `floor(e / 2)`; negative operands signal InvalidOperation. */
export function squareRoot(a: DecimalValue, env: DecimalEnv): DecimalValue {
  const nan = propagateNaN(env, a)
  if (nan) return nan
  if (a.kind === 'finite' && a.coefficient === 0n) return finite(a.sign, 0n, Math.floor(a.exponent / 2))
  if (a.sign) {
    env.signal('InvalidOperation')
    return QUIET_NAN
  }
  if (a.kind === 'infinity') return a
  if (a.kind !== 'finite') return QUIET_NAN
  const root = fromLibrary(library(env).sqrt(toSciString(a)))
  const square = root.coefficient * root.coefficient
  const exponent = root.exponent * 2
  const shift = Math.min(exponent, a.exponent)
  const exact = square * pow10(exponent - shift) === a.coefficient * pow10(a.exponent - shift)
  if (!exact) return padded(root, env)
  const ideal = Math.floor(a.exponent / 2)
  let { coefficient, exponent: e } = root
  while (e > ideal && digitCount(coefficient) < env.settings.prec) {
    coefficient *= 10n
    e--
  }
  while (e < ideal && coefficient % 10n === 0n) {
    coefficient /= 10n
    e++
  }
  return finite(0, coefficient, e)
}

/** `exp()`, correctly rounded to the precision. */
export function exponential(a: DecimalValue, env: DecimalEnv): DecimalValue {
  const nan = propagateNaN(env, a)
  if (nan) return nan
  if (a.kind === 'infinity') return a.sign ? finite(0, 0n, 0) : a
  if (a.kind !== 'finite') return QUIET_NAN
  if (a.coefficient === 0n) return finite(0, 1n, 0)
  return padded(fromLibrary(library(env).exp(toSciString(a))), env)
}

function logarithm(a: DecimalValue, env: DecimalEnv, base10: boolean): DecimalValue {
  const nan = propagateNaN(env, a)
  if (nan) return nan
  if (a.kind === 'finite' && a.coefficient === 0n) return infinity(1)
  if (a.sign) {
    env.signal('InvalidOperation')
    return QUIET_NAN
  }
  if (a.kind === 'infinity') return a
  if (a.kind !== 'finite') return QUIET_NAN
  if (!base10 && a.coefficient * pow10(Math.max(a.exponent, 0)) === pow10(Math.max(-a.exponent, 0))) {
    return finite(0, 0n, 0)
  }
  if (base10 && /^10*$/.test(a.coefficient.toString())) {
    const power = a.exponent + digitCount(a.coefficient) - 1
    return finalize(finite(power < 0 ? 1 : 0, BigInt(Math.abs(power)), 0), env)
  }
  const lib = library(env)
  return padded(fromLibrary(base10 ? lib.log10(toSciString(a)) : lib.ln(toSciString(a))), env)
}

/** `ln()`. */
export function naturalLog(a: DecimalValue, env: DecimalEnv): DecimalValue {
  return logarithm(a, env, false)
}

/** `log10()`; exact for powers of ten. */
export function log10(a: DecimalValue, env: DecimalEnv): DecimalValue {
  return logarithm(a, env, true)
}

/** `a ** b` for a non-integer `b`, correctly rounded; a negative base signals InvalidOperation. */
export function fractionalPower(a: DecimalValue, b: DecimalValue, env: DecimalEnv): DecimalValue {
  const nan = propagateNaN(env, a, b)
  if (nan) return nan
  if (a.kind === 'finite' && a.coefficient === 0n && b.kind === 'finite') {
    return b.sign ? infinity(0) : finite(0, 0n, 0)
  }
  if (a.kind !== 'finite' || b.kind !== 'finite' || a.sign) {
    if (a.kind === 'infinity' && !a.sign) return b.sign ? finite(0, 0n, 0) : a
    env.signal('InvalidOperation')
    return QUIET_NAN
  }
  return padded(fromLibrary(library(env).pow(toSciString(a), toSciString(b))), env)
}
