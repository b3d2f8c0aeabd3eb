import { PyFloat, PyObject, PyType, type PyValue } from '../objects/base'
import { call } from '../objects/calls'
import { richCompare, truthy, userMethod } from '../objects/compare'
import { PyComplex } from '../objects/complex'
import { newTuple, PyBytes } from '../objects/containers'
import { OverflowError, pyError, TypeError, ValueError, ZeroDivisionError } from '../objects/exceptions'
import { hash } from '../objects/hashing'
import { indexOf } from '../objects/items'
import { asFloat, asInt, binop, intToFloat, norm, unary } from '../objects/numbers'
import { defClassMethod, defGetSet, defMethod, defStaticMethod } from '../objects/native'
import { floatRepr, repr, str } from '../objects/repr'
import { formatValue } from '../objects/formatting'
import { boolType, floatType, intType, newDict, None, typeOf } from '../objects/types'

/** Parses an int literal string the way int(s, base) does. */
export function parseIntString(text: string, base: number): number | bigint | undefined {
  let s = text
    .trim()
    .replace(/_(?=[0-9a-zA-Z])/g, (m, off: number, whole: string) =>
      off > 0 && /[0-9a-zA-Z]/.test(whole[off - 1]!) ? '' : m,
    )
  let neg = false
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-'
    s = s.slice(1)
  }
  if (base === 0) {
    if (/^0[xX]/.test(s)) base = 16
    else if (/^0[oO]/.test(s)) base = 8
    else if (/^0[bB]/.test(s)) base = 2
    else {
      if (/^0+[1-9]/.test(s)) return undefined
      base = 10
    }
  }
  if (base === 16) s = s.replace(/^0[xX]/, '')
  else if (base === 8) s = s.replace(/^0[oO]/, '')
  else if (base === 2) s = s.replace(/^0[bB]/, '')
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, base)
  if (s === '' || ![...s.toLowerCase()].every((c) => digits.includes(c))) return undefined
  let v = 0n
  const B = BigInt(base)
  for (const c of s.toLowerCase()) v = v * B + BigInt(digits.indexOf(c))
  return norm(neg ? -v : v)
}

/** Converts a float to int (truncating), with CPython's errors for inf and nan. */
export function floatToInt(x: number): number | bigint {
  if (Number.isNaN(x)) throw pyError(ValueError, 'cannot convert float NaN to integer')
  if (!Number.isFinite(x)) throw pyError(OverflowError, 'cannot convert float infinity to integer')
  const t = Math.trunc(x)
  return Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : BigInt(t)
}

/** int(x) for any value. */
export function toInt(x: PyValue, base?: PyValue): number | bigint {
  if (base !== undefined) {
    const b = Number(indexOf(base))
    if (!(
      typeof x === 'string' ||
      (x instanceof PyObject && typeof x.prim === 'string') ||
      x instanceof PyBytes
    )) {
      throw pyError(TypeError, "int() can't convert non-string with explicit base")
    }
    if (b !== 0 && (b < 2 || b > 36)) throw pyError(ValueError, 'int() base must be >= 2 and <= 36, or 0')
    const s = x instanceof PyBytes ? String.fromCharCode(...x.bytes) : typeof x === 'string' ? x : x.prim
    const v = parseIntString(s, b)
    if (v === undefined) throw pyError(ValueError, `invalid literal for int() with base ${b}: ${repr(s)}`)
    return v
  }
  const i = asInt(x)
  if (
    i !== undefined &&
    !(x instanceof PyObject && !x.cls.builtin && userMethod(x.cls, '__int__') !== undefined)
  )
    return i
  if (x instanceof PyFloat) return floatToInt(x.v)
  if (typeof x === 'string' || (x instanceof PyObject && typeof x.prim === 'string')) {
    const s = typeof x === 'string' ? x : x.prim
    const v = parseIntString(s, 10)
    if (v === undefined) throw pyError(ValueError, `invalid literal for int() with base 10: ${repr(s)}`)
    return v
  }
  if (x instanceof PyObject) {
    for (const name of ['__int__', '__index__', '__trunc__']) {
      const f = x.cls.lookup(name)
      if (f !== undefined && !(x.cls.builtin && name === '__trunc__')) {
        const r = call(f, [x], null)
        const ri = asInt(r)
        if (ri === undefined) throw pyError(TypeError, `${name} returned non-int (type ${typeOf(r).name})`)
        return ri
      }
    }
    if (x.prim instanceof PyFloat) return floatToInt(x.prim.v)
  }
  throw pyError(
    TypeError,
    `int() argument must be a string, a bytes-like object or a real number, not '${typeOf(x).name}'`,
  )
}

/** float(x) for any value. */
export function toFloat(x: PyValue): number {
  if (x instanceof PyFloat) return x.v
  const i = asInt(x)
  if (i !== undefined) return intToFloat(i)
  if (typeof x === 'string' || (x instanceof PyObject && typeof x.prim === 'string')) {
    const s = (typeof x === 'string' ? x : x.prim).trim().toLowerCase()
    const m = /^([+-]?)(inf|infinity|nan)$/.exec(s)
    if (m) return m[2] === 'nan' ? NaN : m[1] === '-' ? -Infinity : Infinity
    const t = s.replace(/(\d)_(?=\d)/g, '$1')
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) return Number(t)
    throw pyError(
      ValueError,
      `could not convert string to float: ${repr(typeof x === 'string' ? x : x.prim)}`,
    )
  }
  if (x instanceof PyObject) {
    const f = x.cls.lookup('__float__')
    if (f !== undefined) {
      const r = call(f, [x], null)
      if (!(r instanceof PyFloat))
        throw pyError(TypeError, `${typeOf(x).name}.__float__ returned non-float (type ${typeOf(r).name})`)
      return r.v
    }
    const ix = x.cls.lookup('__index__')
    if (ix !== undefined) return Number(asInt(call(ix, [x], null)))
    if (x.prim instanceof PyFloat) return x.prim.v
  }
  throw pyError(TypeError, `float() argument must be a string or a real number, not '${typeOf(x).name}'`)
}

/** round(x, ndigits) with banker's rounding. */
export function roundValue(x: PyValue, nd: PyValue): PyValue {
  const i = asInt(x)
  if (i !== undefined) {
    if (nd === None || nd === undefined) return i
    const n = Number(indexOf(nd))
    if (n >= 0) return i
    const p = 10n ** BigInt(-n)
    const b = BigInt(i)
    let q = b / p
    let r = b % p
    if (r < 0n) {
      r += p
      q -= 1n
    }
    if (r * 2n > p || (r * 2n === p && q % 2n !== 0n)) q += 1n
    return norm(q * p)
  }
  if (x instanceof PyFloat) {
    const v = x.v
    if (nd === None || nd === undefined) {
      if (!Number.isFinite(v)) return floatToInt(v)
      let r = Math.round(v)
      if (Math.abs(v % 1) === 0.5) r = 2 * Math.round(v / 2)
      return floatToInt(r)
    }
    const n = Number(indexOf(nd))
    if (!Number.isFinite(v) || v === 0) return x
    if (n > 300) return x
    const s = roundDecimalString(v, n)
    return new PyFloat(Number(s))
  }
  if (x instanceof PyObject) {
    const f = x.cls.lookup('__round__')
    if (f !== undefined) return call(f, nd === undefined ? [x] : [x, nd], null)
  }
  throw pyError(TypeError, `type ${typeOf(x).name} doesn't define __round__ method`)
}

/** Rounds a float to n decimal places exactly (half-even on the exact binary value). */
function roundDecimalString(v: number, n: number): string {
  const exact = exactDecimal(Math.abs(v))
  const [ip, fp = ''] = exact.split('.')
  let digits: string
  let scale: number
  if (n >= 0) {
    const frac = (fp + '0'.repeat(n + 1)).slice(0, n)
    const rest = fp.slice(n)
    digits = ip + frac
    scale = n
    const first = rest[0] ?? '0'
    const tail = rest.slice(1).replace(/0+$/, '')
    let up = first > '5' || (first === '5' && (tail !== '' || Number(digits[digits.length - 1]) % 2 === 1))
    if (first < '5') up = false
    if (up) digits = (BigInt(digits) + 1n).toString().padStart(digits.length, '0')
  } else {
    const k = -n
    if (ip.length <= k) {
      const q = ip.padStart(k, '0')
      const firstDigit = q[0]!
      const rest = q.slice(1) + fp
      const up = ip.length === k && (firstDigit > '5' || (firstDigit === '5' && /[1-9]/.test(rest)))
      return (v < 0 ? '-' : '') + (up ? '1' + '0'.repeat(k) : '0')
    }
    const head = ip.slice(0, ip.length - k)
    const rest = ip.slice(ip.length - k) + fp
    let q = BigInt(head)
    const first = rest[0]!
    const tail = rest.slice(1)
    if (first > '5' || (first === '5' && (/[1-9]/.test(tail) || q % 2n === 1n))) q += 1n
    return (v < 0 ? '-' : '') + q.toString() + '0'.repeat(k)
  }
  const s = digits.padStart(scale + 1, '0')
  return (
    (v < 0 ? '-' : '') + s.slice(0, s.length - scale) + (scale > 0 ? '.' + s.slice(s.length - scale) : '')
  )
}

/** The exact decimal expansion of a finite non-negative double. */
export function exactDecimal(x: number): string {
  if (Number.isInteger(x)) return BigInt(x).toString()
  let e = 0
  let m = x
  while (!Number.isInteger(m)) {
    m *= 2
    e++
  }
  const num = BigInt(m) * 5n ** BigInt(e)
  const s = num.toString().padStart(e + 1, '0')
  return s.slice(0, s.length - e) + '.' + s.slice(s.length - e)
}

function wrapSubclass(cls: PyValue, base: PyType, v: PyValue): PyValue {
  if (cls === base) return v
  const o = new PyObject(cls as PyType)
  o.prim = v
  if ((cls as PyType).instanceDict) o.dict = newDict()
  return o
}

const prim = (v: PyValue) => (v instanceof PyObject && v.prim !== undefined ? v.prim : v)

/** Installs int, bool and float. */
export function installNumberTypes(): void {
  const I = intType
  I.layout = (cls) => new PyObject(cls)
  defStaticMethod(I, '__new__', '(cls, x=?, /, base=?)', ([cls, x, base]) =>
    wrapSubclass(
      cls,
      intType,
      x === undefined
        ? base !== undefined
          ? (() => {
              throw pyError(TypeError, 'int() missing string argument')
            })()
          : 0
        : toInt(x, base),
    ),
  )
  const ops: [string, string][] = [
    ['__add__', '+'],
    ['__sub__', '-'],
    ['__mul__', '*'],
    ['__truediv__', '/'],
    ['__floordiv__', '//'],
    ['__mod__', '%'],
    ['__pow__', '**'],
    ['__and__', '&'],
    ['__or__', '|'],
    ['__xor__', '^'],
    ['__lshift__', '<<'],
    ['__rshift__', '>>'],
  ]
  for (const T of [intType, floatType]) {
    for (const [name, sym] of ops) {
      if (T === floatType && ['&', '|', '^', '<<', '>>'].includes(sym)) continue
      defMethod(
        T,
        name,
        '(self, value, /)',
        ([a, b]) => (asFloat(prim(b)) === undefined ? NotImpl() : binop(prim(a), prim(b), sym)),
        true,
      )
      defMethod(
        T,
        name.replace('__', '__r'),
        '(self, value, /)',
        ([a, b]) => (asFloat(prim(b)) === undefined ? NotImpl() : binop(prim(b), prim(a), sym)),
        true,
      )
    }
    for (const cmp of ['__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__']) {
      defMethod(
        T,
        cmp,
        '(self, value, /)',
        ([a, b]) => (asFloat(prim(b)) === undefined ? NotImpl() : richCompare(prim(a), prim(b), cmp)),
        true,
      )
    }
    defMethod(T, '__neg__', '(self, /)', ([a]) => unary(prim(a), '-'), true)
    defMethod(T, '__pos__', '(self, /)', ([a]) => unary(prim(a), '+'), true)
    defMethod(T, '__abs__', '(self, /)', ([a]) => absValue(prim(a)), true)
    defMethod(T, '__bool__', '(self, /)', ([a]) => truthy(prim(a)), true)
    defMethod(T, '__int__', '(self, /)', ([a]) => toInt(prim(a)), true)
    defMethod(T, '__float__', '(self, /)', ([a]) => new PyFloat(toFloat(prim(a))), true)
    defMethod(T, '__hash__', '(self, /)', ([a]) => hash(prim(a)), true)
    defMethod(T, '__repr__', '(self, /)', ([a]) => repr(prim(a)), true)
    defMethod(T, '__str__', '(self, /)', ([a]) => str(prim(a)), true)
    defMethod(T, '__format__', '(self, format_spec, /)', ([a, spec]) => formatValue(prim(a), spec), true)
    defMethod(T, '__round__', '(self, ndigits=None, /)', ([a, nd]) => roundValue(prim(a), nd), true)
    defMethod(T, '__trunc__', '(self, /)', ([a]) => toInt(prim(a)), true)
    defMethod(T, 'conjugate', '(self, /)', ([a]) => prim(a))
    defGetSet(T, 'real', (a) => prim(a))
    defGetSet(T, 'imag', () => (T === intType ? 0 : new PyFloat(0)))
  }
  defMethod(I, '__index__', '(self, /)', ([a]) => asInt(prim(a)), true)
  defMethod(I, '__invert__', '(self, /)', ([a]) => unary(prim(a), '~'), true)
  defMethod(I, 'bit_length', '(self, /)', ([a]) => {
    const v = asInt(prim(a))!
    const b = v < 0 ? -BigInt(v) : BigInt(v)
    return b === 0n ? 0 : b.toString(2).length
  })
  defMethod(
    I,
    'bit_count',
    '(self, /)',
    ([a]) =>
      [
        ...(BigInt(asInt(prim(a))!) < 0n ? -BigInt(asInt(prim(a))!) : BigInt(asInt(prim(a))!)).toString(2),
      ].filter((c) => c === '1').length,
  )
  defMethod(
    I,
    'to_bytes',
    "(self, /, length=1, byteorder='big', *, signed=False)",
    ([a, length, order, signed]) => {
      let v = BigInt(asInt(prim(a))!)
      const n = Number(length)
      if (v < 0n) {
        if (!truthy(signed)) throw pyError(OverflowError, "can't convert negative int to unsigned")
        v += 1n << BigInt(8 * n)
      }
      const out = new Uint8Array(n)
      for (let i = n - 1; i >= 0; i--) {
        out[i] = Number(v & 255n)
        v >>= 8n
      }
      if (v !== 0n) throw pyError(OverflowError, 'int too big to convert')
      if (order === 'little') out.reverse()
      return new PyBytes(bytesTypeRef(), out)
    },
  )
  defClassMethod(
    I,
    'from_bytes',
    "(cls, bytes, byteorder='big', *, signed=False)",
    ([, b, order, signed]) => {
      const arr = [...(b as PyBytes).bytes]
      if (order === 'little') arr.reverse()
      let v = 0n
      for (const x of arr) v = (v << 8n) | BigInt(x)
      if (truthy(signed) && arr.length > 0 && arr[0]! >= 128) v -= 1n << BigInt(8 * arr.length)
      return norm(v)
    },
  )
  defGetSet(I, 'numerator', (a) => prim(a))
  defGetSet(I, 'denominator', () => 1)
  defMethod(I, 'as_integer_ratio', '(self, /)', ([a]) => newTuple([prim(a), 1]))

  defStaticMethod(boolType, '__new__', '(cls, o=False, /)', ([, o]) => truthy(o))
  defMethod(boolType, '__repr__', '(self, /)', ([a]) => (a ? 'True' : 'False'), true)
  defMethod(boolType, '__and__', '(self, value, /)', ([a, b]) => binop(a, b, '&'), true)
  defMethod(boolType, '__or__', '(self, value, /)', ([a, b]) => binop(a, b, '|'), true)
  defMethod(boolType, '__xor__', '(self, value, /)', ([a, b]) => binop(a, b, '^'), true)
  boolType.dict.set('__final__', true)

  const F = floatType
  F.layout = (cls) => new PyObject(cls)
  defStaticMethod(F, '__new__', '(cls, x=0.0, /)', ([cls, x]) =>
    wrapSubclass(cls, floatType, new PyFloat(toFloat(x))),
  )
  defMethod(F, 'is_integer', '(self, /)', ([a]) => Number.isInteger((prim(a) as PyFloat).v))
  defMethod(F, 'as_integer_ratio', '(self, /)', ([a]) => {
    const v = (prim(a) as PyFloat).v
    if (!Number.isFinite(v))
      throw pyError(
        Number.isNaN(v) ? ValueError : OverflowError,
        `cannot convert ${Number.isNaN(v) ? 'NaN' : 'Infinity'} to integer ratio`,
      )
    let m = v
    let e = 0
    while (!Number.isInteger(m)) {
      m *= 2
      e++
    }
    let num = BigInt(m)
    let den = 1n << BigInt(e)
    while (den > 1n && num % 2n === 0n) {
      num /= 2n
      den /= 2n
    }
    return newTuple([norm(num), norm(den)])
  })
  defMethod(F, 'hex', '(self, /)', ([a]) => floatHex((prim(a) as PyFloat).v))
  defClassMethod(F, 'fromhex', '(cls, string, /)', ([, s]) => new PyFloat(floatFromHex(String(s))))
  void ZeroDivisionError
}

function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan'
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf'
  if (x === 0) return Object.is(x, -0) ? '-0x0.0p+0' : '0x0.0p+0'
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, x)
  const bits = view.getBigUint64(0)
  const sign = bits >> 63n ? '-' : ''
  const expBits = Number((bits >> 52n) & 0x7ffn)
  const mant = bits & ((1n << 52n) - 1n)
  const lead = expBits === 0 ? 0 : 1
  const exp = expBits === 0 ? -1022 : expBits - 1023
  return `${sign}0x${lead}.${mant.toString(16).padStart(13, '0')}p${exp >= 0 ? '+' : ''}${exp}`
}

function floatFromHex(s: string): number {
  const m = /^\s*([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?\s*$/i.exec(s)
  if (!m || (m[2] === '' && (m[3] ?? '') === ''))
    throw pyError(ValueError, 'invalid hexadecimal floating-point string')
  const int = m[2] === '' ? 0 : parseInt(m[2]!, 16)
  const frac = m[3] ? parseInt(m[3], 16) / 16 ** m[3].length : 0
  const v = (int + frac) * 2 ** Number(m[4] ?? 0)
  return m[1] === '-' ? -v : v
}

function absValue(v: PyValue): PyValue {
  const i = asInt(v)
  if (i !== undefined) return i < 0 ? unary(i, '-') : i
  if (v instanceof PyFloat) return new PyFloat(Math.abs(v.v))
  if (v instanceof PyComplex) return new PyFloat(Math.hypot(v.re, v.im))
  throw pyError(TypeError, `bad operand type for abs(): '${typeOf(v).name}'`)
}

export { absValue }

import { NotImplemented } from '../objects/types'
import { bytesType } from '../objects/containers'
const NotImpl = () => NotImplemented
const bytesTypeRef = () => bytesType
