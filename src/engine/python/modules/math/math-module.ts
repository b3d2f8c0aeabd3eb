import { PyFloat, PyObject, type PyValue } from '../../objects/base'
import { call } from '../../objects/calls'
import { userMethod } from '../../objects/compare'
import { OverflowError, pyError, TypeError, ValueError, ZeroDivisionError } from '../../objects/exceptions'
import type { PyModule } from '../../objects/functions'
import { newTuple } from '../../objects/containers'
import { iterate } from '../../objects/iteration'
import { nativeFunction } from '../../objects/native'
import { asFloat, asInt, mul, norm } from '../../objects/numbers'
import { None, pyFloat, typeOf } from '../../objects/types'
import { exactSum } from './float-sum'
import type { NativeModule } from '../registry'

const domainError = () => pyError(ValueError, 'math domain error')
const rangeError = () => pyError(OverflowError, 'math range error')

/** A real argument as a JS number: CPython's `must be real number, not X` otherwise. */
function real(v: PyValue): number {
  const f = asFloat(v)
  if (f !== undefined) return f
  if (v instanceof PyObject) {
    const conv = userMethod(v.cls, '__float__')
    if (conv !== undefined) {
      const r = call(conv, [v], null)
      if (r instanceof PyFloat) return r.v
    }
  }
  throw pyError(TypeError, `must be real number, not ${typeOf(v).name}`)
}

/** An integer argument: CPython's `'X' object cannot be interpreted as an integer` otherwise. */
function integer(v: PyValue): bigint {
  const i = asInt(v)
  if (i !== undefined) return BigInt(i)
  if (v instanceof PyObject) {
    const index = userMethod(v.cls, '__index__')
    if (index !== undefined) return integer(call(index, [v], null))
  }
  throw pyError(TypeError, `'${typeOf(v).name}' object cannot be interpreted as an integer`)
}

/** Applies a float function, mapping NaN-from-finite to a domain error and infinity-from-finite to a range error. */
function floatFunction(fn: (x: number) => number, overflowIsRange = true): (args: PyValue[]) => PyValue {
  return ([x]) => {
    const v = real(x)
    const r = fn(v)
    if (Number.isNaN(r) && !Number.isNaN(v)) throw domainError()
    if (!Number.isFinite(r) && Number.isFinite(v) && !Number.isNaN(r))
      throw overflowIsRange ? rangeError() : domainError()
    return pyFloat(r)
  }
}

/** Natural log of any positive int or float, exact for huge ints. */
function naturalLog(x: PyValue): number {
  const i = asInt(x)
  if (typeof i === 'bigint' || (typeof i === 'number' && !Number.isSafeInteger(i))) {
    const big = BigInt(i)
    if (big <= 0n) throw domainError()
    const bits = big.toString(2).length
    const shift = Math.max(0, bits - 60)
    return Math.log(Number(big >> BigInt(shift))) + shift * Math.LN2
  }
  const v = real(x)
  if (v <= 0 || Number.isNaN(v)) {
    if (Number.isNaN(v)) return v
    throw domainError()
  }
  return Math.log(v)
}

function roundingToInt(name: '__floor__' | '__ceil__' | '__trunc__', fn: (x: number) => number) {
  return ([x]: PyValue[]): PyValue => {
    const i = asInt(x)
    if (i !== undefined && typeof x !== 'boolean') return i
    if (x instanceof PyObject && !(x instanceof PyFloat)) {
      const m = userMethod(x.cls, name)
      if (m !== undefined) return call(m, [x], null)
    }
    if (typeof x === 'boolean') return x ? 1 : 0
    if (!(x instanceof PyFloat) && name === '__trunc__') {
      throw pyError(TypeError, `type ${typeOf(x).name} doesn't define __trunc__ method`)
    }
    const v = real(x)
    if (Number.isNaN(v)) throw pyError(ValueError, 'cannot convert float NaN to integer')
    if (!Number.isFinite(v)) throw pyError(OverflowError, 'cannot convert float infinity to integer')
    const r = fn(v)
    return Number.isSafeInteger(r) ? r : norm(BigInt(r))
  }
}

function gcd2(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a
  b = b < 0n ? -b : b
  while (b) [a, b] = [b, a % b]
  return a
}

function isqrt(n: bigint): bigint {
  if (n < 0n) throw pyError(ValueError, 'isqrt() argument must be nonnegative')
  if (n < 2n) return n
  let x = BigInt(Math.floor(Math.sqrt(Number(n))))
  for (;;) {
    const y = (x + n / x) >> 1n
    if (y >= x && x * x <= n && (x + 1n) * (x + 1n) > n) return x
    x = y
  }
}

function product(from: bigint, to: bigint): bigint {
  let r = 1n
  for (let i = from; i <= to; i++) r *= i
  return r
}

/** Fills the `math` module: CPython 3.11's functions and constants with its error messages. */
export function buildMathModule(m: PyModule): void {
  const def = (name: string, sig: string, impl: (args: PyValue[]) => PyValue) =>
    m.set(name, nativeFunction(name, sig, impl))
  m.set('pi', pyFloat(Math.PI))
  m.set('e', pyFloat(Math.E))
  m.set('tau', pyFloat(2 * Math.PI))
  m.set('inf', pyFloat(Infinity))
  m.set('nan', pyFloat(NaN))
  def('sqrt', '(x, /)', floatFunction(Math.sqrt))
  def('exp', '(x, /)', floatFunction(Math.exp))
  def(
    'exp2',
    '(x, /)',
    floatFunction((x) => 2 ** x),
  )
  def('expm1', '(x, /)', floatFunction(Math.expm1))
  def('cbrt', '(x, /)', floatFunction(Math.cbrt))
  def('sin', '(x, /)', floatFunction(Math.sin, false))
  def('cos', '(x, /)', floatFunction(Math.cos, false))
  def('tan', '(x, /)', floatFunction(Math.tan, false))
  def('asin', '(x, /)', floatFunction(Math.asin))
  def('acos', '(x, /)', floatFunction(Math.acos))
  def('atan', '(x, /)', floatFunction(Math.atan))
  def('sinh', '(x, /)', floatFunction(Math.sinh))
  def('cosh', '(x, /)', floatFunction(Math.cosh))
  def('tanh', '(x, /)', floatFunction(Math.tanh))
  def('asinh', '(x, /)', floatFunction(Math.asinh))
  def('acosh', '(x, /)', floatFunction(Math.acosh))
  def('atanh', '(x, /)', floatFunction(Math.atanh))
  def('fabs', '(x, /)', floatFunction(Math.abs))
  def(
    'log1p',
    '(x, /)',
    floatFunction((x) => (x <= -1 ? NaN : Math.log1p(x))),
  )
  def('atan2', '(y, x, /)', ([y, x]) => pyFloat(Math.atan2(real(y), real(x))))
  def('degrees', '(x, /)', ([x]) => pyFloat((real(x) * 180) / Math.PI))
  def('radians', '(x, /)', ([x]) => pyFloat((real(x) * Math.PI) / 180))
  def('floor', '(x, /)', roundingToInt('__floor__', Math.floor))
  def('ceil', '(x, /)', roundingToInt('__ceil__', Math.ceil))
  def('trunc', '(x, /)', roundingToInt('__trunc__', Math.trunc))
  def('log', '(x, base=?, /)', ([x, base]) => {
    const num = naturalLog(x)
    if (base === undefined) return pyFloat(num)
    const den = naturalLog(base)
    if (den === 0) throw pyError(ZeroDivisionError, 'float division by zero')
    return pyFloat(num / den)
  })
  def('log2', '(x, /)', ([x]) => {
    const i = asInt(x)
    if (typeof i === 'bigint') {
      if (i > 0n && (i & (i - 1n)) === 0n) return pyFloat(i.toString(2).length - 1)
      return pyFloat(naturalLog(x) / Math.LN2)
    }
    return pyFloat(Math.log2(realPositive(x)))
  })
  def('log10', '(x, /)', ([x]) => {
    const i = asInt(x)
    if (i !== undefined && i > 0 && /^10*$/.test(String(i))) return pyFloat(String(i).length - 1)
    return pyFloat(typeof i === 'bigint' ? naturalLog(x) / Math.LN10 : Math.log10(realPositive(x)))
  })
  def('pow', '(x, y, /)', ([x, y]) => {
    const a = real(x)
    const b = real(y)
    if (a === 0 && b < 0) throw domainError()
    const r = a ** b
    if (Number.isNaN(r) && !Number.isNaN(a) && !Number.isNaN(b)) {
      if (a === 1 || b === 0) return pyFloat(1)
      throw domainError()
    }
    if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) throw rangeError()
    return pyFloat(r)
  })
  def('hypot', '(*coordinates)', ([coords]) => pyFloat(Math.hypot(...[...iterate(coords)].map(real))))
  def('dist', '(p, q, /)', ([p, q]) => {
    const a = [...iterate(p)].map(real)
    const b = [...iterate(q)].map(real)
    if (a.length !== b.length)
      throw pyError(ValueError, 'both points must have the same number of dimensions')
    return pyFloat(Math.hypot(...a.map((v, i) => v - b[i]!)))
  })
  def('fmod', '(x, y, /)', ([x, y]) => {
    const a = real(x)
    const b = real(y)
    if (b === 0 || !Number.isFinite(a)) {
      if (Number.isNaN(a) || Number.isNaN(b)) return pyFloat(NaN)
      throw domainError()
    }
    return pyFloat(a % b)
  })
  def('remainder', '(x, y, /)', ([x, y]) => {
    const a = real(x)
    const b = real(y)
    if (b === 0 || !Number.isFinite(a)) throw domainError()
    const n = Math.round(a / b)
    const nearest = Math.abs(a / b - Math.trunc(a / b)) === 0.5 ? 2 * Math.round(a / b / 2) : n
    return pyFloat(a - nearest * b)
  })
  def('modf', '(x, /)', ([x]) => {
    const v = real(x)
    if (!Number.isFinite(v)) return tuple(Number.isNaN(v) ? NaN : Math.sign(v) * 0, v)
    const whole = Math.trunc(v)
    return tuple(v - whole === 0 ? (Object.is(v, -0) || v < 0 ? -0 : 0) : v - whole, whole)
  })
  def('frexp', '(x, /)', ([x]) => {
    const v = real(x)
    if (v === 0 || !Number.isFinite(v)) return tupleOf([pyFloat(v), 0])
    let exponent = Math.max(-1073, Math.floor(Math.log2(Math.abs(v))) + 1)
    let mantissa = v * 2 ** -exponent
    while (Math.abs(mantissa) < 0.5) {
      mantissa *= 2
      exponent--
    }
    while (Math.abs(mantissa) >= 1) {
      mantissa /= 2
      exponent++
    }
    return tupleOf([pyFloat(mantissa), exponent])
  })
  def('ldexp', '(x, i, /)', ([x, i]) => {
    const v = real(x)
    const e = Number(integer(i))
    let r = v
    let left = e
    while (left > 1000) {
      r *= 2 ** 1000
      left -= 1000
    }
    while (left < -1000) {
      r *= 2 ** -1000
      left += 1000
    }
    r *= 2 ** left
    if (!Number.isFinite(r) && Number.isFinite(v)) throw rangeError()
    return pyFloat(r)
  })
  def('copysign', '(x, y, /)', ([x, y]) => {
    const a = Math.abs(real(x))
    const b = real(y)
    return pyFloat(b < 0 || Object.is(b, -0) ? -a : a)
  })
  def('isclose', '(a, b, *, rel_tol=1e-09, abs_tol=0.0)', ([a, b, rel, abs]) => {
    const x = real(a)
    const y = real(b)
    const relTol = real(rel)
    const absTol = real(abs)
    if (relTol < 0 || absTol < 0) throw pyError(ValueError, 'tolerances must be non-negative')
    if (x === y) return true
    if (!Number.isFinite(x) || !Number.isFinite(y)) return false
    const diff = Math.abs(y - x)
    return diff <= Math.abs(relTol * y) || diff <= Math.abs(relTol * x) || diff <= absTol
  })
  def('isfinite', '(x, /)', ([x]) => Number.isFinite(real(x)))
  def('isinf', '(x, /)', ([x]) => {
    const v = real(x)
    return v === Infinity || v === -Infinity
  })
  def('isnan', '(x, /)', ([x]) => Number.isNaN(real(x)))
  def('factorial', '(n, /)', ([n]) => {
    const k = integer(n)
    if (k < 0n) throw pyError(ValueError, 'factorial() not defined for negative values')
    return norm(product(2n, k))
  })
  def('gcd', '(*integers)', ([args]) => norm([...iterate(args)].map(integer).reduce(gcd2, 0n)))
  def('lcm', '(*integers)', ([args]) => {
    const values = [...iterate(args)].map(integer)
    let acc = 1n
    for (const v of values) {
      if (v === 0n) return 0
      acc = (acc / gcd2(acc, v)) * (v < 0n ? -v : v)
    }
    return norm(acc)
  })
  def('comb', '(n, k, /)', ([n, k]) => {
    const a = integer(n)
    const b = integer(k)
    if (a < 0n) throw pyError(ValueError, 'n must be a non-negative integer')
    if (b < 0n) throw pyError(ValueError, 'k must be a non-negative integer')
    if (b > a) return 0
    const r = b < a - b ? b : a - b
    return norm(product(a - r + 1n, a) / product(1n, r))
  })
  def('perm', '(n, k=None, /)', ([n, k]) => {
    const a = integer(n)
    if (a < 0n) throw pyError(ValueError, 'n must be a non-negative integer')
    const b = k === None ? a : integer(k)
    if (b < 0n) throw pyError(ValueError, 'k must be a non-negative integer')
    if (b > a) return 0
    return norm(product(a - b + 1n, a))
  })
  def('isqrt', '(n, /)', ([n]) => norm(isqrt(integer(n))))
  def('prod', '(iterable, /, *, start=1)', ([iterable, start]) => {
    let acc = start
    for (const v of iterate(iterable)) acc = mul(acc, v)
    return acc
  })
  def('fsum', '(seq, /)', ([seq]) => {
    const values = [...iterate(seq)].map(real)
    const r = exactSum(values)
    if (r === null) throw pyError(OverflowError, 'intermediate overflow in fsum')
    return pyFloat(r)
  })
  def('erf', '(x, /)', ([x]) => pyFloat(erf(real(x))))
  def('erfc', '(x, /)', ([x]) => pyFloat(1 - erf(real(x))))
  def('gamma', '(x, /)', ([x]) => {
    const v = real(x)
    if (v <= 0 && Number.isInteger(v)) throw domainError()
    const r = gamma(v)
    if (!Number.isFinite(r)) throw rangeError()
    return pyFloat(r)
  })
  def('lgamma', '(x, /)', ([x]) => {
    const v = real(x)
    if (v <= 0 && Number.isInteger(v)) throw domainError()
    return pyFloat(Math.log(Math.abs(gamma(v))))
  })
  def('nextafter', '(x, y, /)', ([x, y]) => pyFloat(nextAfter(real(x), real(y))))
  def('ulp', '(x, /)', ([x]) => {
    const v = Math.abs(real(x))
    if (!Number.isFinite(v)) return pyFloat(v)
    return pyFloat(nextAfter(v, Infinity) - v || nextAfter(0, 1))
  })
}

function realPositive(x: PyValue): number {
  const v = real(x)
  if (Number.isNaN(v)) return v
  if (v <= 0) throw domainError()
  return v
}

function tuple(a: number, b: number): PyValue {
  return tupleOf([pyFloat(a), pyFloat(b)])
}

function tupleOf(items: PyValue[]): PyValue {
  return newTuple(items)
}

function erf(x: number): number {
  // Abramowitz-Stegun 7.1.26 refined by a series for small |x|.
  if (Math.abs(x) < 2) {
    let sum = x
    let term = x
    const x2 = x * x
    for (let n = 1; n < 60; n++) {
      term *= -x2 / n
      sum += term / (2 * n + 1)
    }
    return (2 / Math.sqrt(Math.PI)) * sum
  }
  const t = 1 / (1 + 0.5 * Math.abs(x))
  const tau =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    )
  return x >= 0 ? 1 - tau : tau - 1
}

function gamma(x: number): number {
  if (Number.isInteger(x) && x > 0 && x < 171) {
    let r = 1
    for (let i = 2; i < x; i++) r *= i
    return r
  }
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x))
  const g = 7
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ]
  const y = x - 1
  let a = c[0]!
  const t = y + g + 0.5
  for (let i = 1; i < g + 2; i++) a += c[i]! / (y + i)
  return Math.sqrt(2 * Math.PI) * t ** (y + 0.5) * Math.exp(-t) * a
}

function nextAfter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN
  if (x === y) return y
  if (x === 0) return y > 0 ? 5e-324 : -5e-324
  const buffer = new DataView(new ArrayBuffer(8))
  buffer.setFloat64(0, x)
  let bits = buffer.getBigUint64(0)
  bits += y > x === x > 0 ? 1n : -1n
  buffer.setBigUint64(0, bits)
  return buffer.getFloat64(0)
}

/** `math`: CPython 3.11's mathematical functions and constants. */
export const mathModule: NativeModule = { name: 'math', build: buildMathModule }
