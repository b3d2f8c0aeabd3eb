import { PyFloat, type PyValue } from './base'
import { negativeFloatPower } from './complex'
import { OverflowError, pyError, ValueError, ZeroDivisionError } from './exceptions'
import { intToFloat, norm } from './numbers'

/* Int and float arithmetic with Python's semantics: floor division and modulo of negatives,
   arbitrary-precision ints as bigints, CPython's errors and correctly rounded integer powers. */

const big = (x: number | bigint) => (typeof x === 'bigint' ? x : BigInt(x))

function intFloorDiv(a: number | bigint, b: number | bigint): number | bigint {
  if (b === 0 || b === 0n) throw pyError(ZeroDivisionError, 'integer division or modulo by zero')
  if (typeof a === 'number' && typeof b === 'number') {
    const q = Math.floor(a / b)
    const r = a - q * b
    if (b > 0 ? r < 0 : r > 0) return q - 1
    if (b > 0 ? r >= b : r <= b) return q + 1
    return q === 0 ? 0 : q
  }
  const x = big(a)
  const y = big(b)
  let q = x / y
  if (x % y !== 0n && x < 0n !== y < 0n) q -= 1n
  return norm(q)
}

function intMod(a: number | bigint, b: number | bigint): number | bigint {
  if (b === 0 || b === 0n) throw pyError(ZeroDivisionError, 'integer modulo by zero')
  if (typeof a === 'number' && typeof b === 'number') {
    let r = a % b
    if (r !== 0 && r < 0 !== b < 0) r += b
    return r === 0 ? 0 : r
  }
  const y = big(b)
  let r = big(a) % y
  if (r !== 0n && r < 0n !== y < 0n) r += y
  return norm(r)
}

function intPow(a: number | bigint, b: number | bigint): PyValue {
  if (b < 0) {
    const fa = intToFloat(a)
    if (fa === 0) throw pyError(ZeroDivisionError, '0.0 cannot be raised to a negative power')
    const fb = intToFloat(b)
    return new PyFloat(exactPow(fa, fb) ?? fa ** fb)
  }
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a ** b
    if (Number.isSafeInteger(r) && Math.abs(r) < 2 ** 50) return r
  }
  return norm(big(a) ** big(b))
}

function floatMod(x: number, y: number): number {
  if (y === 0) throw pyError(ZeroDivisionError, 'float modulo')
  let r = x % y
  if (r !== 0 && r < 0 !== y < 0) r += y
  else if (r === 0) r = y < 0 ? -0 : 0
  return r
}

/** `a <op> b` on two ints (bool included); undefined for an operator ints do not support. */
export function intOp(a: number | bigint, b: number | bigint, op: string): PyValue {
  if (typeof a === 'number' && typeof b === 'number') {
    switch (op) {
      case '+': {
        const r = a + b
        return Number.isSafeInteger(r) ? r : norm(BigInt(a) + BigInt(b))
      }
      case '-': {
        const r = a - b
        return Number.isSafeInteger(r) ? r : norm(BigInt(a) - BigInt(b))
      }
      case '*': {
        const r = a * b
        return Number.isSafeInteger(r) ? (r === 0 ? 0 : r) : norm(BigInt(a) * BigInt(b))
      }
    }
  }
  switch (op) {
    case '+':
      return norm(big(a) + big(b))
    case '-':
      return norm(big(a) - big(b))
    case '*':
      return norm(big(a) * big(b))
    case '//':
      return intFloorDiv(a, b)
    case '%':
      return intMod(a, b)
    case '**':
      return intPow(a, b)
    case '/': {
      if (b === 0 || b === 0n) throw pyError(ZeroDivisionError, 'division by zero')
      if (typeof a === 'number' && typeof b === 'number') return new PyFloat(a / b)
      return new PyFloat(Number(big(a)) / Number(big(b)))
    }
    case '<<': {
      if (b < 0) throw pyError(ValueError, 'negative shift count')
      return norm(big(a) << big(b))
    }
    case '>>': {
      if (b < 0) throw pyError(ValueError, 'negative shift count')
      return norm(big(a) >> big(b))
    }
    case '&':
      return norm(big(a) & big(b))
    case '|':
      return norm(big(a) | big(b))
    case '^':
      return norm(big(a) ^ big(b))
  }
  return undefined
}

/** n/d (both positive) as the nearest double, exact ties rounded up (as glibc's pow does). */
function ratioToNumber(n: bigint, d: bigint): number {
  const bits = (v: bigint) => v.toString(2).length
  let k = 53 - (bits(n) - bits(d))
  const scaled = (kk: number) => (kk >= 0 ? [n << BigInt(kk), d] : [n, d << BigInt(-kk)]) as [bigint, bigint]
  let [a, b] = scaled(k)
  let q = a / b
  if (q >= 1n << 53n) {
    k--
    ;[a, b] = scaled(k)
    q = a / b
  } else if (q < 1n << 52n) {
    k++
    ;[a, b] = scaled(k)
    q = a / b
  }
  const r = a - q * b
  if (2n * r >= b) q++
  return Number(q) * 2 ** -k
}

/** x ** y for an integer exponent, correctly rounded like the C library's pow. */
function exactPow(x: number, y: number): number | undefined {
  if (!Number.isInteger(y) || Math.abs(y) > 64 || x === 0 || !Number.isFinite(x)) return undefined
  let m = Math.abs(x)
  let e = 0
  while (!Number.isInteger(m)) {
    m *= 2
    e--
  }
  const ay = BigInt(Math.abs(y))
  const num = BigInt(m) ** ay
  const shift = BigInt(-e) * ay
  const [n, d] = y >= 0 ? [num, 1n << shift] : [1n << shift, num]
  const v = ratioToNumber(n, d)
  if (!Number.isFinite(v) || v === 0 || v < 2.2250738585072014e-308) return undefined
  return x < 0 && Math.abs(y) % 2 === 1 ? -v : v
}

/** `a <op> b` on two floats; undefined for an operator floats do not support. */
export function floatOp(x: number, y: number, op: string): PyValue {
  switch (op) {
    case '+':
      return new PyFloat(x + y)
    case '-':
      return new PyFloat(x - y)
    case '*':
      return new PyFloat(x * y)
    case '/':
      if (y === 0) throw pyError(ZeroDivisionError, 'float division by zero')
      return new PyFloat(x / y)
    case '//':
      if (y === 0) throw pyError(ZeroDivisionError, 'float floor division by zero')
      return new PyFloat(Math.floor(x / y))
    case '%':
      return new PyFloat(floatMod(x, y))
    case '**': {
      if (x === 0 && y < 0) throw pyError(ZeroDivisionError, '0.0 cannot be raised to a negative power')
      if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && !Number.isInteger(y))
        return negativeFloatPower(x, y)
      const r = exactPow(x, y) ?? x ** y
      if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y))
        throw pyError(OverflowError, "(34, 'Numerical result out of range')")
      return new PyFloat(r)
    }
  }
  return undefined
}
