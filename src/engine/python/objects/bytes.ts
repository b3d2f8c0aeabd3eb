import { PyObject, type PyValue } from './base'
import { bytesLike, PyByteArray, PyBytes } from './containers'
import { pyError, TypeError, ValueError } from './exceptions'
import { asInt } from './numbers'
import { typeOf } from './types'

/** The bytes of a bytes-like value (bytes, bytearray, or a bytes subclass instance); undefined otherwise. */
export function bytesOf(v: PyValue): Uint8Array | undefined {
  if (v instanceof PyBytes) return v.bytes
  if (v instanceof PyObject && v.prim instanceof PyBytes) return v.prim.bytes
  return undefined
}

/** The bytes of a bytes-like argument, or CPython's "a bytes-like object is required" TypeError. */
export function requireBytes(v: PyValue): Uint8Array {
  const b = bytesOf(v)
  if (b === undefined) throw pyError(TypeError, `a bytes-like object is required, not '${typeOf(v).name}'`)
  return b
}

/** One byte value from an int, or the ValueError/TypeError CPython raises. */
export function byteValue(v: PyValue): number {
  const i = asInt(v)
  if (i === undefined)
    throw pyError(TypeError, `'${typeOf(v).name}' object cannot be interpreted as an integer`)
  if (i < 0 || i > 255) throw pyError(ValueError, 'byte must be in range(0, 256)')
  return Number(i)
}

/** `a + b`. */
export function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length)
  out.set(a, 0)
  out.set(b, a.length)
  return out
}

/** `b * n`. */
export function repeatBytes(b: Uint8Array, n: number): Uint8Array {
  const count = Math.max(0, n)
  const out = new Uint8Array(b.length * count)
  for (let i = 0; i < count; i++) out.set(b, i * b.length)
  return out
}

/** The index of `needle` in `hay` at or after `from`, or -1. */
export function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from = 0): number {
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer
    return i
  }
  return -1
}

/** `+` and `*` on bytes and bytearray; undefined when the operands do not apply. */
export function bytesBinop(a: PyValue, b: PyValue, op: string): PyValue {
  if (op === '+') {
    if (!(a instanceof PyBytes)) return undefined
    const other = bytesOf(b)
    if (other === undefined) throw pyError(TypeError, `can't concat ${typeOf(b).name} to ${typeOf(a).name}`)
    return bytesLike(a, concatBytes(a.bytes, other))
  }
  if (op === '*') {
    const [seq, n] = a instanceof PyBytes ? [a, b] : [b, a]
    if (!(seq instanceof PyBytes)) return undefined
    const count = asInt(n)
    if (count === undefined)
      throw pyError(TypeError, `can't multiply sequence by non-int of type '${typeOf(n).name}'`)
    return bytesLike(seq, repeatBytes(seq.bytes, Number(count)))
  }
  return undefined
}

/** `bytearray += other` and `bytearray *= n`, in place; undefined for other operators. */
export function bytearrayInplace(a: PyByteArray, b: PyValue, op: string): PyValue {
  if (op === '+') {
    a.bytes = concatBytes(a.bytes, requireBytes(b))
    return a
  }
  if (op === '*') {
    const count = asInt(b)
    if (count === undefined)
      throw pyError(TypeError, `can't multiply sequence by non-int of type '${typeOf(b).name}'`)
    a.bytes = repeatBytes(a.bytes, Number(count))
    return a
  }
  return undefined
}

/** `item in container` for bytes: an int byte value or a bytes-like substring. */
export function bytesContains(container: Uint8Array, item: PyValue): boolean {
  const sub = bytesOf(item)
  if (sub !== undefined) return indexOfBytes(container, sub) >= 0
  const i = asInt(item)
  if (i === undefined) throw pyError(TypeError, `a bytes-like object is required, not '${typeOf(item).name}'`)
  if (i < 0 || i > 255) throw pyError(ValueError, 'byte must be in range(0, 256)')
  return container.includes(Number(i))
}
