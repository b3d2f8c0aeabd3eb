import type { PyType } from '../../objects/base'
import { ArithmeticError, TypeError, ZeroDivisionError } from '../../objects/exceptions'
import { newExceptionClass } from '../../objects/native'
import type { DecimalCondition } from './decimal-context'

/** The signals a context traps and flags, in CPython's listing order. */
export const SIGNAL_NAMES = [
  'InvalidOperation',
  'FloatOperation',
  'DivisionByZero',
  'Overflow',
  'Underflow',
  'Subnormal',
  'Inexact',
  'Rounded',
  'Clamped',
] as const

/** A signal name. */
export type SignalName = (typeof SIGNAL_NAMES)[number]

/** The signal a condition raises or flags (ConversionSyntax is an InvalidOperation). */
export function signalOf(condition: DecimalCondition): SignalName {
  switch (condition) {
    case 'ConversionSyntax':
    case 'DivisionUndefined':
    case 'DivisionImpossible':
    case 'InvalidOperation':
      return 'InvalidOperation'
    case 'DivisionByZero':
    case 'Inexact':
    case 'Rounded':
    case 'Overflow':
    case 'Underflow':
    case 'Subnormal':
    case 'Clamped':
    case 'FloatOperation':
      return condition
  }
}

/** The exception classes of the `decimal` module, by name. */
export type DecimalExceptions = Record<
  | SignalName
  | 'DecimalException'
  | 'ConversionSyntax'
  | 'DivisionImpossible'
  | 'DivisionUndefined'
  | 'InvalidContext',
  PyType
>

/** Creates the decimal exception hierarchy as CPython defines it. */
export function decimalExceptions(): DecimalExceptions {
  const make = (name: string, bases: PyType[]) => newExceptionClass(name, bases, 'decimal')
  const DecimalException = make('DecimalException', [ArithmeticError])
  const Clamped = make('Clamped', [DecimalException])
  const InvalidOperation = make('InvalidOperation', [DecimalException])
  const ConversionSyntax = make('ConversionSyntax', [InvalidOperation])
  const DivisionByZero = make('DivisionByZero', [DecimalException, ZeroDivisionError])
  const DivisionImpossible = make('DivisionImpossible', [InvalidOperation])
  const DivisionUndefined = make('DivisionUndefined', [InvalidOperation, ZeroDivisionError])
  const Inexact = make('Inexact', [DecimalException])
  const InvalidContext = make('InvalidContext', [InvalidOperation])
  const Rounded = make('Rounded', [DecimalException])
  const Subnormal = make('Subnormal', [DecimalException])
  const Overflow = make('Overflow', [Inexact, Rounded])
  const Underflow = make('Underflow', [Inexact, Rounded, Subnormal])
  const FloatOperation = make('FloatOperation', [DecimalException, TypeError])
  return {
    DecimalException,
    Clamped,
    InvalidOperation,
    ConversionSyntax,
    DivisionByZero,
    DivisionImpossible,
    DivisionUndefined,
    Inexact,
    InvalidContext,
    Rounded,
    Subnormal,
    Overflow,
    Underflow,
    FloatOperation,
  }
}
