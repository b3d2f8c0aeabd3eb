import { PyFloat, PyObject, type PyType, type PyValue } from './base'
import { OverflowError, pyError, ValueError, ZeroDivisionError } from './exceptions'
import { asFloat } from './numbers'
import { floatRepr } from './repr'
import { makeType, objectType } from './types'

/** A Python complex number: two doubles. */
export class PyComplex extends PyObject {
  constructor(
    cls: PyType,
    readonly re: number,
    readonly im: number,
  ) {
    super(cls)
  }
}

export const complexType = makeType('complex', [objectType], (cls) => new PyComplex(cls, 0, 0))

/** A new complex `re + im*j`. */
export function newComplex(re: number, im: number): PyComplex {
  return new PyComplex(complexType, re, im)
}

/** The complex value of an int, float or complex (or of a subclass instance); undefined otherwise. */
export function asComplex(v: PyValue): PyComplex | undefined {
  if (v instanceof PyComplex) return v
  if (v instanceof PyObject && v.prim instanceof PyComplex) return v.prim
  const f = asFloat(v)
  return f === undefined ? undefined : newComplex(f, 0)
}

/** A float repr without the `.0` CPython drops inside complex reprs (`3`, `2.5`, `1e+16`). */
function part(x: number): string {
  const r = floatRepr(x)
  return r.endsWith('.0') ? r.slice(0, -2) : r
}

/** CPython's repr of a complex: `4j`, `(3+4j)`, `(-1-0j)`. */
export function complexRepr(z: PyComplex): string {
  if (z.re === 0 && !Object.is(z.re, -0)) return `${part(z.im)}j`
  const sign = z.im < 0 || Object.is(z.im, -0) ? '-' : '+'
  return `(${part(z.re)}${sign}${part(Math.abs(z.im))}j)`
}

function divide(a: PyComplex, b: PyComplex): PyComplex {
  const { re: ar, im: ai } = a
  const { re: br, im: bi } = b
  const absBr = Math.abs(br)
  const absBi = Math.abs(bi)
  if (absBr >= absBi) {
    if (absBr === 0) throw pyError(ZeroDivisionError, 'complex division by zero')
    const ratio = bi / br
    const denom = br + bi * ratio
    return newComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom)
  }
  if (absBi >= absBr) {
    const ratio = br / bi
    const denom = br * ratio + bi
    return newComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom)
  }
  return newComplex(NaN, NaN)
}

function multiply(a: PyComplex, b: PyComplex): PyComplex {
  return newComplex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
}

function power(a: PyComplex, b: PyComplex): PyComplex {
  if (b.re === 0 && b.im === 0) return newComplex(1, 0)
  if (a.re === 0 && a.im === 0) {
    if (b.im !== 0 || b.re < 0) throw pyError(ZeroDivisionError, '0.0 to a negative or complex power')
    return newComplex(0, 0)
  }
  if (b.im === 0 && Number.isInteger(b.re) && Math.abs(b.re) <= 100) {
    let n = Math.abs(b.re)
    let result = newComplex(1, 0)
    let base = a
    while (n > 0) {
      if (n & 1) result = multiply(result, base)
      base = multiply(base, base)
      n >>= 1
    }
    return b.re < 0 ? divide(newComplex(1, 0), result) : result
  }
  const vabs = Math.hypot(a.re, a.im)
  let len = vabs ** b.re
  const at = Math.atan2(a.im, a.re)
  let phase = at * b.re
  if (b.im !== 0) {
    len /= Math.exp(at * b.im)
    phase += b.im * Math.log(vabs)
  }
  const r = newComplex(len * Math.cos(phase), len * Math.sin(phase))
  if (!Number.isFinite(r.re) || !Number.isFinite(r.im)) throw pyError(OverflowError, 'complex exponentiation')
  return r
}

/** `a <op> b` when either side is complex; undefined when the operator or operand is unsupported. */
export function complexBinop(a: PyValue, b: PyValue, op: string): PyValue {
  const x = asComplex(a)
  const y = asComplex(b)
  if (x === undefined || y === undefined) return undefined
  switch (op) {
    case '+':
      return newComplex(x.re + y.re, x.im + y.im)
    case '-':
      return newComplex(x.re - y.re, x.im - y.im)
    case '*':
      return multiply(x, y)
    case '/':
      return divide(x, y)
    case '**':
      return power(x, y)
  }
  return undefined
}

/** `a == b` when either side is complex; undefined when the other side is not a number. */
export function complexEquals(a: PyValue, b: PyValue): boolean | undefined {
  const x = asComplex(a)
  const y = asComplex(b)
  if (x === undefined || y === undefined) return undefined
  return x.re === y.re && x.im === y.im
}

/** A float base raised to a fractional power: CPython's complex result for a negative base. */
export function negativeFloatPower(x: number, y: number): PyComplex {
  return power(newComplex(x, 0), newComplex(y, 0))
}

const FLOAT = String.raw`(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)`
const COMPLEX_STRING = new RegExp(
  String.raw`^(?:([+-]?${FLOAT})(?:([+-]${FLOAT}?)[jJ])?|([+-]?${FLOAT}?)[jJ])$`,
  'i',
)

/** Parses `complex('2+3j')`; ValueError with CPython's message when malformed. */
export function parseComplex(text: string): PyComplex {
  let s = text.trim()
  if (s.startsWith('(') && s.endsWith(')')) s = s.slice(1, -1).trim()
  const m = COMPLEX_STRING.exec(s)
  if (m === null) throw pyError(ValueError, 'complex() arg is a malformed string')
  const num = (t: string): number => {
    const u = t.replace(/_/g, '').toLowerCase()
    if (u === '' || u === '+') return 1
    if (u === '-') return -1
    const sign = u.startsWith('-') ? -1 : 1
    const body = u.replace(/^[+-]/, '')
    if (body.startsWith('inf')) return sign * Infinity
    if (body === 'nan') return NaN
    return sign * Number(body)
  }
  if (m[3] !== undefined) return newComplex(0, num(m[3]))
  return newComplex(num(m[1]!), m[2] === undefined ? 0 : num(m[2]))
}
