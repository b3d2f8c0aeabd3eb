import { PyFloat, PyObject, type PyType, type PyValue } from '../../objects/base'
import { call } from '../../objects/calls'
import { newTuple, PyList, PyTuple } from '../../objects/containers'
import { OverflowError, pyError, TypeError, ValueError } from '../../objects/exceptions'
import { getattr, setattr } from '../../objects/attributes'
import { idOf } from '../../objects/hashing'
import { toArray } from '../../objects/iteration'
import { nativeClass, nativeFunction } from '../../objects/native'
import { asInt, norm } from '../../objects/numbers'
import { None, NotImplemented, pyFloat, typeOf } from '../../objects/types'
import type { NativeModule } from '../registry'
import * as A from './decimal-arithmetic'
import { ROUNDINGS, type DecimalEnv, type Rounding } from './decimal-context'
import { copyContextOf, decimalState, PyContext, type DecimalState } from './decimal-context-class'
import { formatDecimal } from './decimal-format'
import { decimalHash } from './decimal-hash'
import { decimalExceptions } from './decimal-signals'
import * as T from './decimal-transcendental'
import {
  finite,
  fromFloat,
  fromInteger,
  parseDecimal,
  QUIET_NAN,
  toSciString,
  type DecimalValue,
} from './decimal-value'

/** A `decimal.Decimal` instance. */
export class PyDecimal extends PyObject {
  value: DecimalValue = finite(0, 0n, 0)
}

/** CPython's type name in operator errors (`'decimal.Decimal'`). */
function typeName(v: PyValue): string {
  return v instanceof PyDecimal ? 'decimal.Decimal' : typeOf(v).name
}

function isPlainBuiltin(v: PyValue): boolean {
  return !(v instanceof PyObject) || v instanceof PyFloat || typeOf(v).builtin
}

function buildDecimal(state: DecimalState, interp: { importModule(name: string): PyValue }): PyType {
  const env = (): DecimalEnv => state.envOf(state.current)
  const envFor = (context: PyValue): DecimalEnv =>
    state.envOf(context instanceof PyContext ? context : state.current)
  let Decimal: PyType
  const make = (value: DecimalValue, cls: PyType = Decimal): PyDecimal => {
    const d = new PyDecimal(cls)
    d.value = value
    return d
  }
  const self = (v: PyValue): DecimalValue => {
    if (v instanceof PyDecimal) return v.value
    throw pyError(
      TypeError,
      `descriptor requires a 'decimal.Decimal' object but received a '${typeOf(v).name}'`,
    )
  }
  /** An operand converted exactly (Decimal, int, bool), or null when the type does not mix with Decimal. */
  const operand = (v: PyValue, floats: boolean): DecimalValue | null => {
    if (v instanceof PyDecimal) return v.value
    const i = asInt(v)
    if (i !== undefined && !(v instanceof PyFloat)) return fromInteger(i)
    if (floats && v instanceof PyFloat) {
      state.current.flags.add('FloatOperation')
      return fromFloat(v.v)
    }
    return null
  }
  const convert = (value: PyValue, context: DecimalEnv): DecimalValue => {
    if (value instanceof PyDecimal) return value.value
    if (typeof value === 'string' || (value instanceof PyObject && typeof value.prim === 'string')) {
      const text = typeof value === 'string' ? value : (value.prim as string)
      const parsed = parseDecimal(text)
      if (parsed !== null) return parsed
      context.signal('ConversionSyntax')
      return QUIET_NAN
    }
    const i = asInt(value)
    if (i !== undefined && !(value instanceof PyFloat)) return fromInteger(i)
    if (value instanceof PyFloat) return fromFloat(value.v)
    if (value instanceof PyTuple || value instanceof PyList) {
      const items = toArray(value)
      if (items.length !== 3) throw pyError(ValueError, 'argument must be a sequence of length 3')
      const [sign, digits, exponent] = items
      if (sign !== 0 && sign !== 1) throw pyError(ValueError, 'sign must be an integer with the value 0 or 1')
      const text =
        toArray(digits)
          .map((d) => String(d))
          .join('') || '0'
      if (exponent === 'F') return { kind: 'infinity', sign }
      if (exponent === 'n' || exponent === 'N')
        return { kind: 'nan', sign, signaling: exponent === 'N', payload: BigInt(text) }
      return finite(sign, BigInt(text), Number(exponent))
    }
    throw pyError(TypeError, `conversion from ${typeOf(value).name} to Decimal is not supported`)
  }
  const binary = (
    name: string,
    symbol: string,
    op: (a: DecimalValue, b: DecimalValue, e: DecimalEnv) => DecimalValue,
  ) => {
    const method = (reflected: boolean) =>
      [
        '(self, other, /)',
        ([s, other]: PyValue[]) => {
          const b = operand(other, false)
          if (b === null) {
            if (isPlainBuiltin(other)) {
              const [left, right] = reflected ? [other, s] : [s, other]
              throw pyError(
                TypeError,
                `unsupported operand type(s) for ${symbol}: '${typeName(left)}' and '${typeName(right)}'`,
              )
            }
            return NotImplemented
          }
          const a = self(s)
          return make(reflected ? op(b, a, env()) : op(a, b, env()))
        },
      ] as [string, (args: PyValue[]) => PyValue]
    return { [`__${name}__`]: method(false), [`__r${name}__`]: method(true) }
  }
  const power = (a: DecimalValue, b: DecimalValue, e: DecimalEnv): DecimalValue => {
    if (b.kind === 'finite' && b.exponent >= 0) {
      const exact = A.integerPower(a, A.truncateToInteger(b), e)
      if (exact !== null) return exact
    } else if (b.kind === 'finite') {
      const n = A.truncateToInteger(b)
      if (A.compare(fromInteger(n), b) === 0) {
        const exact = A.integerPower(a, n, e)
        if (exact !== null) return exact
      }
    }
    return T.fractionalPower(a, b, e)
  }
  const comparison = (name: string, symbol: string, test: (c: number) => boolean, ordering: boolean) =>
    [
      '(self, other, /)',
      ([s, other]: PyValue[]) => {
        const b = operand(other, true)
        if (b === null) {
          if (ordering && isPlainBuiltin(other)) {
            throw pyError(
              TypeError,
              `'${symbol}' not supported between instances of 'decimal.Decimal' and '${typeName(other)}'`,
            )
          }
          return NotImplemented
        }
        const a = self(s)
        if (a.kind === 'nan' || b.kind === 'nan') {
          if (ordering || (a.kind === 'nan' && a.signaling) || (b.kind === 'nan' && b.signaling))
            env().signal('InvalidOperation')
          return name === '__ne__'
        }
        return test(A.compare(a, b)!)
      },
    ] as [string, (args: PyValue[]) => PyValue]
  const toInt = (v: DecimalValue, rounding: Rounding): PyValue => {
    if (v.kind === 'nan') throw pyError(ValueError, 'cannot convert NaN to integer')
    if (v.kind === 'infinity') throw pyError(OverflowError, 'cannot convert Infinity to integer')
    const integral = A.toIntegral(v, rounding, { settings: state.current.settings, signal: () => {} })
    return norm(A.truncateToInteger(integral as typeof v))
  }
  const rounding = (r: PyValue): Rounding => {
    if (r === None) return state.current.settings.rounding
    if (typeof r === 'string' && ROUNDINGS.includes(r as Rounding)) return r as Rounding
    throw pyError(
      TypeError,
      'valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]',
    )
  }
  const unary = (op: (a: DecimalValue, e: DecimalEnv) => DecimalValue) =>
    ['(self, context=None)', ([s, c]: PyValue[]) => make(op(self(s), envFor(c)))] as [
      string,
      (args: PyValue[]) => PyValue,
    ]
  const predicate = (test: (v: DecimalValue) => boolean) =>
    ['(self)', ([s]: PyValue[]) => test(self(s))] as [string, (args: PyValue[]) => PyValue]

  Decimal = nativeClass({
    name: 'Decimal',
    module: 'decimal',
    doc: 'Construct a new Decimal object.',
    methods: {
      __new__: [
        '(cls, value="0", context=None)',
        ([cls, value, context]) => make(convert(value, envFor(context)), cls as PyType),
      ],
      __repr__: [
        '(self)',
        ([s]) => `Decimal('${toSciString(self(s), state.current.settings.capitals === 1)}')`,
      ],
      __str__: ['(self)', ([s]) => toSciString(self(s), state.current.settings.capitals === 1)],
      __format__: [
        '(self, spec, /)',
        ([s, spec]) => {
          const out = formatDecimal(self(s), String(spec), env())
          if (out === null) throw pyError(ValueError, 'invalid format string')
          return out
        },
      ],
      ...binary('add', '+', A.add),
      ...binary('sub', '-', A.subtract),
      ...binary('mul', '*', A.multiply),
      ...binary('truediv', '/', A.divide),
      ...binary('floordiv', '//', A.divideInteger),
      ...binary('mod', '%', A.remainder),
      ...binary('pow', '** or pow()', power),
      __divmod__: [
        '(self, other, /)',
        ([s, other]) => {
          const b = operand(other, false)
          if (b === null) return NotImplemented
          return newTuple([make(A.divideInteger(self(s), b, env())), make(A.remainder(self(s), b, env()))])
        },
      ],
      __neg__: ['(self)', ([s]) => make(A.plus(self(s), env(), true))],
      __pos__: ['(self)', ([s]) => make(A.plus(self(s), env(), false))],
      __abs__: [
        '(self)',
        ([s]) => {
          const v = self(s)
          return make(A.plus(v.sign ? A.negate(v) : v, env(), false))
        },
      ],
      __eq__: comparison('__eq__', '==', (c) => c === 0, false),
      __ne__: comparison('__ne__', '!=', (c) => c !== 0, false),
      __lt__: comparison('__lt__', '<', (c) => c < 0, true),
      __le__: comparison('__le__', '<=', (c) => c <= 0, true),
      __gt__: comparison('__gt__', '>', (c) => c > 0, true),
      __ge__: comparison('__ge__', '>=', (c) => c >= 0, true),
      __hash__: [
        '(self)',
        ([s]) => {
          const v = self(s)
          if (v.kind === 'nan') {
            if (v.signaling) throw pyError(TypeError, 'Cannot hash a signaling NaN value.')
            return idOf(s)
          }
          return norm(decimalHash(v))
        },
      ],
      __bool__: [
        '(self)',
        ([s]) => {
          const v = self(s)
          return v.kind !== 'finite' || v.coefficient !== 0n
        },
      ],
      __int__: ['(self)', ([s]) => toInt(self(s), 'ROUND_DOWN')],
      __trunc__: ['(self)', ([s]) => toInt(self(s), 'ROUND_DOWN')],
      __floor__: ['(self)', ([s]) => toInt(self(s), 'ROUND_FLOOR')],
      __ceil__: ['(self)', ([s]) => toInt(self(s), 'ROUND_CEILING')],
      __float__: [
        '(self)',
        ([s]) => {
          const v = self(s)
          if (v.kind === 'nan') {
            if (v.signaling) throw pyError(ValueError, 'cannot convert signaling NaN to float')
            return pyFloat(v.sign ? -NaN : NaN)
          }
          return pyFloat(Number(toSciString(v)))
        },
      ],
      __round__: [
        '(self, n=None)',
        ([s, n]) => {
          const v = self(s)
          if (n === None) return toInt(v, 'ROUND_HALF_EVEN')
          const places = asInt(n)
          if (places === undefined) throw pyError(TypeError, 'optional arg must be an integer')
          return make(A.rescale(v, -Number(places), state.current.settings.rounding, env()))
        },
      ],
      __copy__: ['(self)', ([s]) => s],
      __deepcopy__: ['(self, memo)', ([s]) => s],
      __reduce__: ['(self)', ([s]) => newTuple([Decimal, newTuple([toSciString(self(s))])])],
      quantize: [
        '(self, exp, rounding=None, context=None)',
        ([s, exp, r, c]) => {
          const target = operand(exp, false)
          if (target === null)
            throw pyError(TypeError, `conversion from ${typeOf(exp).name} to Decimal is not supported`)
          return make(A.quantize(self(s), target, rounding(r), envFor(c)))
        },
      ],
      normalize: unary(A.normalize),
      to_integral_value: [
        '(self, rounding=None, context=None)',
        ([s, r, c]) => make(A.toIntegral(self(s), rounding(r), envFor(c))),
      ],
      to_integral: [
        '(self, rounding=None, context=None)',
        ([s, r, c]) => make(A.toIntegral(self(s), rounding(r), envFor(c))),
      ],
      to_integral_exact: [
        '(self, rounding=None, context=None)',
        ([s, r, c]) => make(A.toIntegral(self(s), rounding(r), envFor(c))),
      ],
      sqrt: unary(T.squareRoot),
      exp: unary(T.exponential),
      ln: unary(T.naturalLog),
      log10: unary(T.log10),
      adjusted: [
        '(self)',
        ([s]) => {
          const v = self(s)
          return v.kind === 'finite' ? A.adjusted(v) : 0
        },
      ],
      as_tuple: [
        '(self)',
        ([s]) => {
          const v = self(s)
          const DecimalTuple = getattr(interp.importModule('decimal'), 'DecimalTuple')
          const digits =
            v.kind === 'finite'
              ? v.coefficient.toString()
              : v.kind === 'nan' && v.payload
                ? v.payload.toString()
                : v.kind === 'infinity'
                  ? '0'
                  : ''
          const exponent =
            v.kind === 'finite' ? v.exponent : v.kind === 'infinity' ? 'F' : v.signaling ? 'N' : 'n'
          return call(DecimalTuple, [v.sign, newTuple([...digits].map(Number)), exponent])
        },
      ],
      as_integer_ratio: [
        '(self)',
        ([s]) => {
          const v = self(s)
          if (v.kind === 'nan') throw pyError(ValueError, 'cannot convert NaN to integer ratio')
          if (v.kind === 'infinity') throw pyError(OverflowError, 'cannot convert Infinity to integer ratio')
          let n = v.coefficient * (v.exponent > 0 ? 10n ** BigInt(v.exponent) : 1n)
          let d = v.exponent < 0 ? 10n ** BigInt(-v.exponent) : 1n
          const gcd = (x: bigint, y: bigint): bigint => (y === 0n ? x : gcd(y, x % y))
          const g = n === 0n ? d : gcd(n, d)
          n /= g
          d /= g
          return newTuple([norm(v.sign ? -n : n), norm(d)])
        },
      ],
      copy_abs: ['(self)', ([s]) => make({ ...self(s), sign: 0 } as DecimalValue)],
      copy_negate: ['(self)', ([s]) => make(A.negate(self(s)))],
      copy_sign: [
        '(self, other, context=None)',
        ([s, o]) => make({ ...self(s), sign: (operand(o, false) ?? self(s)).sign } as DecimalValue),
      ],
      compare: [
        '(self, other, context=None)',
        ([s, o, c]) => {
          const b = operand(o, false)
          if (b === null)
            throw pyError(TypeError, `conversion from ${typeOf(o).name} to Decimal is not supported`)
          const nan = A.propagateNaN(envFor(c), self(s), b)
          if (nan) return make(nan)
          return make(fromInteger(A.compare(self(s), b)!))
        },
      ],
      max: [
        '(self, other, context=None)',
        ([s, o]) => ((A.compare(self(s), operand(o, false)!) ?? 0) >= 0 ? s : o),
      ],
      min: [
        '(self, other, context=None)',
        ([s, o]) => ((A.compare(self(s), operand(o, false)!) ?? 0) <= 0 ? s : o),
      ],
      is_nan: predicate((v) => v.kind === 'nan'),
      is_snan: predicate((v) => v.kind === 'nan' && v.signaling),
      is_qnan: predicate((v) => v.kind === 'nan' && !v.signaling),
      is_infinite: predicate((v) => v.kind === 'infinity'),
      is_finite: predicate((v) => v.kind === 'finite'),
      is_zero: predicate((v) => v.kind === 'finite' && v.coefficient === 0n),
      is_signed: predicate((v) => v.sign === 1),
      is_normal: predicate(
        (v) => v.kind === 'finite' && v.coefficient !== 0n && A.adjusted(v) >= state.current.settings.Emin,
      ),
      to_eng_string: ['(self, context=None)', ([s]) => toSciString(self(s))],
      conjugate: ['(self)', ([s]) => s],
    },
    classMethods: {
      from_float: [
        '(cls, f)',
        ([cls, f]) => {
          const v = operand(f, true)
          if (v === null)
            throw pyError(TypeError, `conversion from ${typeOf(f).name} to Decimal is not supported`)
          return make(v, cls as PyType)
        },
      ],
    },
    properties: {
      real: [(s) => s],
      imag: [() => make(finite(0, 0n, 0))],
    },
  })
  Decimal.layout = (cls) => new PyDecimal(cls)
  return Decimal
}

/** `decimal`: exact decimal arithmetic with contexts, signals and CPython's reprs and errors. */
export const decimalModule: NativeModule = {
  name: 'decimal',
  build(module, interp) {
    const exceptions = decimalExceptions()
    const state = decimalState(exceptions)
    const Decimal = buildDecimal(state, interp)
    module.set('Decimal', Decimal)
    module.set('Context', state.Context)
    for (const [name, cls] of Object.entries(exceptions)) module.set(name, cls)
    for (const r of ROUNDINGS) module.set(r, r)
    module.set('MAX_PREC', 999999999999999999n)
    module.set('MAX_EMAX', 999999999999999999n)
    module.set('MIN_EMIN', -999999999999999999n)
    module.set('MIN_ETINY', -1999999999999999997n)
    module.set('HAVE_THREADS', true)
    module.set('HAVE_CONTEXTVAR', true)
    module.set('DefaultContext', state.current)
    const basic = new PyContext(state.Context)
    basic.settings = { ...basic.settings, prec: 9, rounding: 'ROUND_HALF_UP' }
    basic.traps = new Set(['Clamped', 'InvalidOperation', 'DivisionByZero', 'Overflow', 'Underflow'])
    module.set('BasicContext', basic)
    const extended = new PyContext(state.Context)
    extended.settings = { ...extended.settings, prec: 9 }
    extended.traps = new Set()
    module.set('ExtendedContext', extended)
    module.set(
      'getcontext',
      nativeFunction('getcontext', '()', () => state.current),
    )
    module.set(
      'setcontext',
      nativeFunction('setcontext', '(context, /)', ([c]) => {
        if (!(c instanceof PyContext)) throw pyError(TypeError, 'argument must be a context')
        state.current = c
        return None
      }),
    )
    const LocalContext = nativeClass({
      name: '_ContextManager',
      module: 'decimal',
      methods: {
        __enter__: [
          '(self)',
          ([m]) => {
            const manager = m as PyObject & { saved?: PyContext; context?: PyContext }
            manager.saved = state.current
            state.current = manager.context!
            return manager.context
          },
        ],
        __exit__: [
          '(self, *args)',
          ([m]) => {
            state.current = (m as PyObject & { saved?: PyContext }).saved!
            return None
          },
        ],
      },
    })
    module.set(
      'localcontext',
      nativeFunction('localcontext', '(ctx=None, **kwargs)', ([ctx, kwargs]) => {
        const base = ctx instanceof PyContext ? ctx : state.current
        const context = copyContextOf(state, base)
        for (const [k, v] of (kwargs as { entries(): Iterable<[string, PyValue]> }).entries()) {
          setattr(context, k, v)
        }
        const manager = call(LocalContext, []) as PyObject & { context?: PyContext }
        manager.context = context
        return manager
      }),
    )
    interp.exec(
      "from collections import namedtuple as _nt\nDecimalTuple = _nt('DecimalTuple', 'sign digits exponent', module='decimal')\ndel _nt\n",
      '<stdlib>/decimal.py',
      module.dict,
    )
  },
}
