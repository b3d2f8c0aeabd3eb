/** The rounding modes of Python's `decimal` module, named as its constants. */
export type Rounding =
  | 'ROUND_DOWN'
  | 'ROUND_HALF_UP'
  | 'ROUND_HALF_EVEN'
  | 'ROUND_CEILING'
  | 'ROUND_FLOOR'
  | 'ROUND_UP'
  | 'ROUND_HALF_DOWN'
  | 'ROUND_05UP'

/** Every rounding mode, in the order CPython lists them. */
export const ROUNDINGS: readonly Rounding[] = [
  'ROUND_DOWN',
  'ROUND_HALF_UP',
  'ROUND_HALF_EVEN',
  'ROUND_CEILING',
  'ROUND_FLOOR',
  'ROUND_UP',
  'ROUND_HALF_DOWN',
  'ROUND_05UP',
]

/** The conditions (signals) decimal arithmetic reports, named as the module's exception classes. */
export type DecimalCondition =
  | 'InvalidOperation'
  | 'ConversionSyntax'
  | 'DivisionByZero'
  | 'DivisionUndefined'
  | 'DivisionImpossible'
  | 'Inexact'
  | 'Rounded'
  | 'Overflow'
  | 'Underflow'
  | 'Subnormal'
  | 'Clamped'
  | 'FloatOperation'

/** The arithmetic settings of a `decimal.Context`. */
export interface DecimalSettings {
  readonly prec: number
  readonly rounding: Rounding
  readonly Emin: number
  readonly Emax: number
  readonly capitals: number
  readonly clamp: number
}

/** CPython's default context settings: 28 digits, ROUND_HALF_EVEN. */
export const DEFAULT_SETTINGS: DecimalSettings = {
  prec: 28,
  rounding: 'ROUND_HALF_EVEN',
  Emin: -999999,
  Emax: 999999,
  capitals: 1,
  clamp: 0,
}

/**
 * Reports a condition to the context: throws the Python exception when the condition's signal is
 * trapped, else records the flag and returns.
 */
export type Signal = (condition: DecimalCondition) => void

/** The arithmetic environment every operation receives: the settings and the signal sink. */
export interface DecimalEnv {
  readonly settings: DecimalSettings
  readonly signal: Signal
}
