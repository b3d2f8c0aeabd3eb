import { describe, expect, it } from 'vitest'
import * as arithmetic from '../../../src/engine/python/modules/decimal/decimal-arithmetic'
import {
  DEFAULT_SETTINGS,
  type DecimalCondition,
  type DecimalEnv,
} from '../../../src/engine/python/modules/decimal/decimal-context'
import { formatDecimal } from '../../../src/engine/python/modules/decimal/decimal-format'
import * as transcendental from '../../../src/engine/python/modules/decimal/decimal-transcendental'
import {
  parseDecimal,
  toSciString,
  type DecimalValue,
} from '../../../src/engine/python/modules/decimal/decimal-value'
import { goldens } from './goldens'

const TRAPPED: Record<string, string> = {
  InvalidOperation: 'InvalidOperation',
  ConversionSyntax: 'InvalidOperation',
  DivisionUndefined: 'InvalidOperation',
  DivisionImpossible: 'InvalidOperation',
  DivisionByZero: 'DivisionByZero',
  Overflow: 'Overflow',
}

class Trapped extends Error {}

/** The default context: InvalidOperation, DivisionByZero and Overflow trapped. */
const env: DecimalEnv = {
  settings: DEFAULT_SETTINGS,
  signal: (condition: DecimalCondition) => {
    const trap = TRAPPED[condition]
    if (trap) throw new Trapped(`${trap}: [<class 'decimal.${condition}'>]`)
  },
}

const D = (text: string): DecimalValue => parseDecimal(text)!
const repr = (v: DecimalValue): string => `Decimal('${toSciString(v)}')`

function apply(op: string, a: DecimalValue, b: DecimalValue): DecimalValue {
  switch (op) {
    case '+':
      return arithmetic.add(a, b, env)
    case '-':
      return arithmetic.subtract(a, b, env)
    case '*':
      return arithmetic.multiply(a, b, env)
    case '/':
      return arithmetic.divide(a, b, env)
    case '//':
      return arithmetic.divideInteger(a, b, env)
    case '%':
      return arithmetic.remainder(a, b, env)
    case '**': {
      if (b.kind === 'finite' && b.exponent >= 0) {
        const n = arithmetic.truncateToInteger(b)
        return arithmetic.integerPower(a, n, env) ?? transcendental.fractionalPower(a, b, env)
      }
      return transcendental.fractionalPower(a, b, env)
    }
    case 'quantize':
      return arithmetic.quantize(a, b, 'ROUND_HALF_EVEN', env)
    case 'quantize_half_up':
      return arithmetic.quantize(a, b, 'ROUND_HALF_UP', env)
    default:
      throw new Error(`unknown operation ${op}`)
  }
}

function outcome(compute: () => DecimalValue): string {
  try {
    return repr(compute())
  } catch (error) {
    if (error instanceof Trapped) return error.message
    throw error
  }
}

describe('Decimal arithmetic in the default context', () => {
  it('gives the same value, exponent and trapped signal as CPython for every operand pair', () => {
    const rows = goldens.decimalOps as [string, string, string, string][]
    expect(rows.map(([op, a, b]) => [op, a, b, outcome(() => apply(op, D(a), D(b)))])).toEqual(rows)
  })

  it('parses, prints, normalizes and takes roots and logarithms as CPython does', () => {
    type Row = { value: string; [key: string]: string | null }
    const rows = goldens.decimalUnary as Row[]
    const actual = rows.map((row) => {
      const d = D(row.value)
      const out: Row = { value: row.value, repr: repr(d), str: toSciString(d), normalize: null }
      out.normalize = row.normalize === null ? null : outcome(() => arithmetic.normalize(d, env))
      if ('sqrt' in row) out.sqrt = outcome(() => transcendental.squareRoot(d, env))
      if ('ln' in row) out.ln = outcome(() => transcendental.naturalLog(d, env))
      if ('log10' in row) out.log10 = outcome(() => transcendental.log10(d, env))
      if ('exp' in row) out.exp = outcome(() => transcendental.exponential(d, env))
      return out
    })
    expect(actual).toEqual(rows)
  })
})

describe('format(Decimal, spec)', () => {
  it('formats every recorded value and spec exactly as CPython', () => {
    const rows = goldens.decimalFormat as [string, string, string][]
    expect(rows.map(([v, spec]) => [v, spec, formatDecimal(D(v), spec, env)])).toEqual(rows)
  })
})
