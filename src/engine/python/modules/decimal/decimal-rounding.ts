import type { DecimalEnv, Rounding } from './decimal-context'
import {
  adjusted,
  digitCount,
  finite,
  infinity,
  pow10,
  type DecimalValue,
  type FiniteDecimal,
} from './decimal-value'

/** A coefficient after dropping digits: the kept part, rounded, and whether anything non-zero was lost. */
export interface Rounded {
  readonly coefficient: bigint
  readonly inexact: boolean
}

/**
 * Drops the `drop` lowest digits of `coefficient` and rounds by `mode`; `sticky` says that
 * non-zero digits below those dropped were already discarded.
 */
export function dropDigits(
  sign: 0 | 1,
  coefficient: bigint,
  drop: number,
  mode: Rounding,
  sticky = false,
): Rounded {
  if (drop <= 0) {
    return sticky ? roundUpIf(sign, coefficient, 0n, 1n, mode, true) : { coefficient, inexact: false }
  }
  const divisor = pow10(drop)
  return roundUpIf(sign, coefficient / divisor, coefficient % divisor, divisor, mode, sticky)
}

function roundUpIf(
  sign: 0 | 1,
  kept: bigint,
  rest: bigint,
  divisor: bigint,
  mode: Rounding,
  sticky: boolean,
): Rounded {
  const inexact = rest !== 0n || sticky
  if (!inexact) return { coefficient: kept, inexact }
  const twice = rest * 2n
  const half = twice > divisor || (twice === divisor && sticky) ? 1 : twice === divisor ? 0 : -1
  let up: boolean
  switch (mode) {
    case 'ROUND_DOWN':
      up = false
      break
    case 'ROUND_UP':
      up = true
      break
    case 'ROUND_CEILING':
      up = sign === 0
      break
    case 'ROUND_FLOOR':
      up = sign === 1
      break
    case 'ROUND_HALF_UP':
      up = half >= 0
      break
    case 'ROUND_HALF_DOWN':
      up = half > 0
      break
    case 'ROUND_HALF_EVEN':
      up = half > 0 || (half === 0 && kept % 2n === 1n)
      break
    case 'ROUND_05UP':
      up = kept % 5n === 0n
      break
  }
  return { coefficient: up ? kept + 1n : kept, inexact }
}

/**
 * Rounds an exact result to the context precision and checks the exponent limits, signalling
 * Rounded/Inexact/Overflow as CPython does; `sticky` marks non-zero digits already discarded.
 */
export function finalize(value: FiniteDecimal, env: DecimalEnv, sticky = false): DecimalValue {
  const { prec, rounding, Emax } = env.settings
  let { coefficient, exponent } = value
  const digits = digitCount(coefficient)
  if (digits > prec || sticky) {
    const drop = Math.max(0, digits - prec)
    const rounded = dropDigits(value.sign, coefficient, drop, rounding, sticky)
    coefficient = rounded.coefficient
    exponent += drop
    if (digitCount(coefficient) > prec) {
      coefficient /= 10n
      exponent++
    }
    if (drop > 0) env.signal('Rounded')
    if (rounded.inexact) env.signal('Inexact')
  }
  const result = finite(value.sign, coefficient, exponent)
  if (coefficient !== 0n && adjusted(result) > Emax) {
    env.signal('Overflow')
    return infinity(value.sign)
  }
  return result
}
