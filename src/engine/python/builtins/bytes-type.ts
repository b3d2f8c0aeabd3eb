import { PyObject, type PyType, type PyValue } from '../objects/base'
import { byteValue, bytesOf, requireBytes } from '../objects/bytes'
import { call } from '../objects/calls'
import {
  bytearrayType,
  bytesLike,
  bytesType,
  newByteArray,
  newBytes,
  newList,
  newTuple,
  PyByteArray,
  PyBytes,
  PyList,
  PySlice,
  PyTuple,
} from '../objects/containers'
import {
  IndexError,
  OverflowError,
  PyBaseException,
  pyError,
  TypeError,
  ValueError,
} from '../objects/exceptions'
import { strHash } from '../objects/hashing'
import { indexOf, sliceIndices } from '../objects/items'
import { iter, iterate, type PyIter } from '../objects/iteration'
import { defClassMethod, defMethod, defStaticMethod } from '../objects/native'
import { asInt } from '../objects/numbers'
import { exceptionStr as str } from '../objects/repr'
import { None, strType, typeOf } from '../objects/types'
import { asStr, decodeBytes, encode } from './str-type'

const latin1 = (b: Uint8Array): string => {
  let s = ''
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192))
  return s
}
const fromLatin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0))
const self = (v: PyValue): PyBytes => (v instanceof PyBytes ? v : (v as PyObject).prim)

const ASCII_WS = ' \t\n\r\x0b\x0c'
const isLower = (c: number) => c >= 97 && c <= 122
const isUpper = (c: number) => c >= 65 && c <= 90
const isAlpha = (c: number) => isLower(c) || isUpper(c)
const isDigit = (c: number) => c >= 48 && c <= 57
const mapBytes = (b: Uint8Array, f: (c: number, i: number) => number) => Uint8Array.from(b, f)
const swap = (c: number) => (isLower(c) ? c - 32 : isUpper(c) ? c + 32 : c)

function titleBytes(b: Uint8Array): Uint8Array {
  let prevCased = false
  return mapBytes(b, (c) => {
    const out = prevCased ? (isUpper(c) ? c + 32 : c) : isLower(c) ? c - 32 : c
    prevCased = isAlpha(c)
    return out
  })
}

/** Converts a str-method argument: bytes-like to its latin-1 string, tuples element-wise, ints as they are. */
function toStrArgument(v: PyValue): PyValue {
  if (
    v === undefined ||
    v === None ||
    typeof v === 'number' ||
    typeof v === 'bigint' ||
    typeof v === 'boolean'
  )
    return v
  if (v instanceof PyTuple) return newTuple(v.items.map(toStrArgument))
  const b = bytesOf(v)
  if (b !== undefined) return latin1(b)
  if (asInt(v) !== undefined) return v
  throw pyError(TypeError, `a bytes-like object is required, not '${typeOf(v).name}'`)
}

/** Converts a str-method result back: strings become bytes of `like`'s kind, lists and tuples element-wise. */
function fromStrResult(like: PyBytes, r: PyValue): PyValue {
  if (typeof r === 'string') return bytesLike(like, fromLatin1(r))
  if (r instanceof PyList) return newList(r.items.map((x) => fromStrResult(like, x)))
  if (r instanceof PyTuple) return newTuple(r.items.map((x) => fromStrResult(like, x)))
  return r
}

/** Methods whose bytes behaviour is str's behaviour on the latin-1 decoding. */
const VIA_STR: [string, string][] = [
  ['replace', '(self, old, new, count=-1, /)'],
  ['startswith', '(self, prefix, start=None, end=None, /)'],
  ['endswith', '(self, suffix, start=None, end=None, /)'],
  ['find', '(self, sub, start=None, end=None, /)'],
  ['rfind', '(self, sub, start=None, end=None, /)'],
  ['index', '(self, sub, start=None, end=None, /)'],
  ['rindex', '(self, sub, start=None, end=None, /)'],
  ['count', '(self, sub, start=None, end=None, /)'],
  ['partition', '(self, sep, /)'],
  ['rpartition', '(self, sep, /)'],
  ['removeprefix', '(self, prefix, /)'],
  ['removesuffix', '(self, suffix, /)'],
  ['ljust', '(self, width, fillchar=?, /)'],
  ['rjust', '(self, width, fillchar=?, /)'],
  ['center', '(self, width, fillchar=?, /)'],
  ['zfill', '(self, width, /)'],
  ['expandtabs', '(self, /, tabsize=8)'],
]

function splitWhitespace(b: Uint8Array, max: number, fromRight: boolean): Uint8Array[] {
  const s = latin1(b)
  const words: string[] = []
  const isWs = (c: string) => ASCII_WS.includes(c)
  if (!fromRight) {
    let i = 0
    while (i < s.length) {
      while (i < s.length && isWs(s[i]!)) i++
      if (i >= s.length) break
      if (max >= 0 && words.length === max) {
        let end = s.length
        while (end > i && isWs(s[end - 1]!)) end--
        words.push(s.slice(i, end))
        break
      }
      let j = i
      while (j < s.length && !isWs(s[j]!)) j++
      words.push(s.slice(i, j))
      i = j
    }
    return words.map(fromLatin1)
  }
  let i = s.length
  while (i > 0) {
    while (i > 0 && isWs(s[i - 1]!)) i--
    if (i <= 0) break
    if (max >= 0 && words.length === max) {
      let start = 0
      while (start < i && isWs(s[start]!)) start++
      words.unshift(s.slice(start, i))
      break
    }
    let j = i
    while (j > 0 && !isWs(s[j - 1]!)) j--
    words.unshift(s.slice(j, i))
    i = j
  }
  return words.map(fromLatin1)
}

function splitBytes(b: Uint8Array, sep: PyValue, maxsplit: PyValue, fromRight: boolean): Uint8Array[] {
  const max = Number(indexOf(maxsplit))
  if (sep === None) return splitWhitespace(b, max, fromRight)
  const d = requireBytes(sep)
  if (d.length === 0) throw pyError(ValueError, 'empty separator')
  const parts = latin1(b).split(latin1(d))
  if (max < 0 || parts.length - 1 <= max) return parts.map(fromLatin1)
  const glue = latin1(d)
  const kept = fromRight
    ? [parts.slice(0, parts.length - max).join(glue), ...parts.slice(parts.length - max)]
    : [...parts.slice(0, max), parts.slice(max).join(glue)]
  return kept.map(fromLatin1)
}

function stripBytes(b: Uint8Array, chars: PyValue, left: boolean, right: boolean): Uint8Array {
  const set = chars === None ? fromLatin1(ASCII_WS) : requireBytes(chars)
  let start = 0
  let end = b.length
  if (left) while (start < end && set.includes(b[start]!)) start++
  if (right) while (end > start && set.includes(b[end - 1]!)) end--
  return b.slice(start, end)
}

function splitLines(b: Uint8Array, keepends: boolean): Uint8Array[] {
  const out: Uint8Array[] = []
  let start = 0
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!
    if (c !== 10 && c !== 13) continue
    const end = c === 13 && b[i + 1] === 10 ? i + 2 : i + 1
    out.push(b.slice(start, keepends ? end : i))
    start = end
    i = end - 1
  }
  if (start < b.length) out.push(b.slice(start))
  return out
}

function fromHex(s: string): Uint8Array {
  const out: number[] = []
  let i = 0
  while (i < s.length) {
    if (/\s/.test(s[i]!)) {
      i++
      continue
    }
    const pair = s.slice(i, i + 2)
    if (!/^[0-9a-fA-F]{2}$/.test(pair)) {
      const bad = /^[0-9a-fA-F]/.test(pair) ? i + 1 : i
      throw pyError(ValueError, `non-hexadecimal number found in fromhex() arg at position ${bad}`)
    }
    out.push(parseInt(pair, 16))
    i += 2
  }
  return Uint8Array.from(out)
}

/** The bytes of `bytes(source)` / `bytearray(source)` (encoding given separately). */
function bytesFromSource(
  src: PyValue,
  enc: PyValue,
  errors: PyValue,
  kind: 'bytes' | 'bytearray',
): Uint8Array {
  if (src === undefined) {
    if (enc !== undefined || errors !== undefined)
      throw pyError(TypeError, `encoding or errors without sequence argument`)
    return new Uint8Array()
  }
  if (typeof src === 'string' || (src instanceof PyObject && typeof src.prim === 'string')) {
    if (enc === undefined) throw pyError(TypeError, 'string argument without an encoding')
    return encode(asStr(src), asStr(enc), errors === undefined ? 'strict' : asStr(errors))
  }
  if (enc !== undefined) throw pyError(TypeError, 'encoding without a string argument')
  if (errors !== undefined) throw pyError(TypeError, 'errors without a string argument')
  const b = bytesOf(src)
  if (b !== undefined) return b.slice()
  const n = typeof src === 'boolean' ? undefined : asInt(src)
  if (n !== undefined) {
    if (n < 0) throw pyError(ValueError, 'negative count')
    if (n > 2 ** 31) throw pyError(OverflowError, "cannot fit 'int' into an index-sized integer")
    return new Uint8Array(Number(n))
  }
  if (src instanceof PyObject && src.cls.lookup('__bytes__') !== undefined && kind === 'bytes') {
    const r = call(src.cls.lookup('__bytes__'), [src], null)
    const rb = bytesOf(r)
    if (rb === undefined) throw pyError(TypeError, `__bytes__ returned non-bytes (type ${typeOf(r).name})`)
    return rb
  }
  let it: PyIter
  try {
    it = iter(src)
  } catch (e) {
    if (e instanceof PyBaseException && e.cls === TypeError)
      throw pyError(TypeError, `cannot convert '${typeOf(src).name}' object to ${kind}`)
    throw e
  }
  const out: number[] = []
  for (let x = it.nx(); x !== undefined; x = it.nx()) {
    const i = asInt(x)
    if (i === undefined)
      throw pyError(TypeError, `'${typeOf(x).name}' object cannot be interpreted as an integer`)
    if (i < 0 || i > 255)
      throw pyError(
        ValueError,
        kind === 'bytes' ? 'bytes must be in range(0, 256)' : 'byte must be in range(0, 256)',
      )
    out.push(Number(i))
  }
  return Uint8Array.from(out)
}

function construct(cls: PyValue, base: PyType, bytes: Uint8Array): PyValue {
  const v = base === bytesType ? newBytes(bytes) : newByteArray(bytes)
  if (cls === base) return v
  const o = new PyObject(cls as PyType)
  o.prim = v
  return o
}

/** Installs the methods shared by bytes and bytearray on `T`. */
function installCommonMethods(T: PyType): void {
  const m = (name: string, sig: string, f: (b: Uint8Array, args: PyValue[], s: PyBytes) => PyValue) =>
    defMethod(T, name, sig, ([s, ...args]) => f(self(s).bytes, args, self(s)))
  m('decode', "(self, encoding='utf-8', errors='strict')", (b, [enc, errors]) =>
    decodeBytes(b, asStr(enc), asStr(errors)),
  )
  m('hex', '(self, sep=?, bytes_per_sep=1)', (b, [sep]) =>
    [...b].map((x) => x.toString(16).padStart(2, '0')).join(sep === undefined ? '' : str1(sep)),
  )
  m('__len__', '(self, /)', (b) => b.length)
  m('upper', '(self, /)', (b, [], s) =>
    bytesLike(
      s,
      mapBytes(b, (c) => (isLower(c) ? c - 32 : c)),
    ),
  )
  m('lower', '(self, /)', (b, [], s) =>
    bytesLike(
      s,
      mapBytes(b, (c) => (isUpper(c) ? c + 32 : c)),
    ),
  )
  m('swapcase', '(self, /)', (b, [], s) => bytesLike(s, mapBytes(b, swap)))
  m('title', '(self, /)', (b, [], s) => bytesLike(s, titleBytes(b)))
  m('capitalize', '(self, /)', (b, [], s) =>
    bytesLike(
      s,
      mapBytes(b, (c, i) => (i === 0 ? (isLower(c) ? c - 32 : c) : isUpper(c) ? c + 32 : c)),
    ),
  )
  const every = (b: Uint8Array, p: (c: number) => boolean) => b.length > 0 && b.every(p)
  m('isalpha', '(self, /)', (b) => every(b, isAlpha))
  m('isdigit', '(self, /)', (b) => every(b, isDigit))
  m('isalnum', '(self, /)', (b) => every(b, (c) => isAlpha(c) || isDigit(c)))
  m('isspace', '(self, /)', (b) => every(b, (c) => ASCII_WS.includes(String.fromCharCode(c))))
  m('isascii', '(self, /)', (b) => b.every((c) => c < 128))
  m('isupper', '(self, /)', (b) => b.some(isUpper) && !b.some(isLower))
  m('islower', '(self, /)', (b) => b.some(isLower) && !b.some(isUpper))
  m('istitle', '(self, /)', (b) => b.some(isAlpha) && latin1(titleBytes(b)) === latin1(b))
  m('split', '(self, /, sep=None, maxsplit=-1)', (b, [sep, max], s) =>
    newList(splitBytes(b, sep, max, false).map((x) => bytesLike(s, x))),
  )
  m('rsplit', '(self, /, sep=None, maxsplit=-1)', (b, [sep, max], s) =>
    newList(splitBytes(b, sep, max, true).map((x) => bytesLike(s, x))),
  )
  m('strip', '(self, bytes=None, /)', (b, [c], s) => bytesLike(s, stripBytes(b, c, true, true)))
  m('lstrip', '(self, bytes=None, /)', (b, [c], s) => bytesLike(s, stripBytes(b, c, true, false)))
  m('rstrip', '(self, bytes=None, /)', (b, [c], s) => bytesLike(s, stripBytes(b, c, false, true)))
  m('splitlines', '(self, /, keepends=False)', (b, [keep], s) =>
    newList(splitLines(b, keep === true || keep === 1).map((x) => bytesLike(s, x))),
  )
  m('join', '(self, iterable_of_bytes, /)', (b, [items], s) => {
    const parts: string[] = []
    let i = 0
    for (const x of iterate(items)) {
      const xb = bytesOf(x)
      if (xb === undefined)
        throw pyError(TypeError, `sequence item ${i}: expected a bytes-like object, ${typeOf(x).name} found`)
      parts.push(latin1(xb))
      i++
    }
    return bytesLike(s, fromLatin1(parts.join(latin1(b))))
  })
  for (const [name, sig] of VIA_STR) {
    const strMethod = strType.dict.m.get(name)
    m(name, sig, (b, args, s) => {
      try {
        return fromStrResult(
          s,
          call(strMethod, [latin1(b), ...args.filter((a) => a !== undefined).map(toStrArgument)], null),
        )
      } catch (e) {
        if (e instanceof PyBaseException && e.cls === ValueError && str(e) === 'substring not found')
          throw pyError(ValueError, 'subsection not found')
        throw e
      }
    })
  }
  defClassMethod(T, 'fromhex', '(cls, string, /)', ([cls, s]) =>
    construct(cls, T === bytesType ? bytesType : bytearrayType, fromHex(asStr(s, 'fromhex() argument'))),
  )
}

const str1 = (v: PyValue): string => {
  const b = bytesOf(v)
  return b !== undefined ? latin1(b) : asStr(v)
}

/** Installs the mutating methods of bytearray. */
function installByteArrayMethods(): void {
  const B = bytearrayType
  const ba = (v: PyValue): PyByteArray => self(v) as PyByteArray
  defMethod(B, 'append', '(self, item, /)', ([s, x]) => {
    const a = ba(s)
    const out = new Uint8Array(a.bytes.length + 1)
    out.set(a.bytes)
    out[a.bytes.length] = byteValue(x)
    a.bytes = out
    return None
  })
  defMethod(B, 'extend', '(self, iterable_of_ints, /)', ([s, it]) => {
    const a = ba(s)
    const extra = bytesOf(it) ?? bytesFromSource(it, undefined, undefined, 'bytearray')
    const out = new Uint8Array(a.bytes.length + extra.length)
    out.set(a.bytes)
    out.set(extra, a.bytes.length)
    a.bytes = out
    return None
  })
  defMethod(B, 'insert', '(self, index, item, /)', ([s, index, x]) => {
    const a = ba(s)
    const items = [...a.bytes]
    let i = Number(indexOf(index))
    if (i < 0) i = Math.max(0, i + items.length)
    items.splice(Math.min(i, items.length), 0, byteValue(x))
    a.bytes = Uint8Array.from(items)
    return None
  })
  defMethod(B, 'pop', '(self, index=-1, /)', ([s, index]) => {
    const a = ba(s)
    if (a.bytes.length === 0) throw pyError(IndexError, 'pop from empty bytearray')
    let i = Number(indexOf(index))
    if (i < 0) i += a.bytes.length
    if (i < 0 || i >= a.bytes.length) throw pyError(IndexError, 'pop index out of range')
    const v = a.bytes[i]!
    a.bytes = Uint8Array.from([...a.bytes.slice(0, i), ...a.bytes.slice(i + 1)])
    return v
  })
  defMethod(B, 'remove', '(self, value, /)', ([s, x]) => {
    const a = ba(s)
    const i = a.bytes.indexOf(byteValue(x))
    if (i < 0) throw pyError(ValueError, 'value not found in bytearray')
    a.bytes = Uint8Array.from([...a.bytes.slice(0, i), ...a.bytes.slice(i + 1)])
    return None
  })
  defMethod(B, 'clear', '(self, /)', ([s]) => {
    ba(s).bytes = new Uint8Array()
    return None
  })
  defMethod(B, 'reverse', '(self, /)', ([s]) => {
    ba(s).bytes = ba(s).bytes.slice().reverse()
    return None
  })
  defMethod(B, 'copy', '(self, /)', ([s]) => newByteArray(ba(s).bytes.slice()))
  defMethod(B, '__setitem__', '(self, key, value, /)', ([s, key, value]) => {
    const a = ba(s)
    if (key instanceof PySlice) {
      const values = [...(bytesOf(value) ?? bytesFromSource(value, undefined, undefined, 'bytearray'))]
      const items = [...a.bytes]
      const [start, stop, step, n] = sliceIndices(key, items.length)
      if (step === 1) items.splice(start, Math.max(0, stop - start), ...values)
      else {
        if (values.length !== n)
          throw pyError(
            ValueError,
            `attempt to assign bytes of size ${values.length} to extended slice of size ${n}`,
          )
        for (let i = 0, j = start; i < n; i++, j += step) items[j] = values[i]!
      }
      a.bytes = Uint8Array.from(items)
      return None
    }
    const i = indexOf(key)
    if (i === undefined)
      throw pyError(TypeError, `bytearray indices must be integers or slices, not ${typeOf(key).name}`)
    const k = i < 0 ? i + a.bytes.length : i
    if (k < 0 || k >= a.bytes.length) throw pyError(IndexError, 'bytearray index out of range')
    a.bytes[k] = byteValue(value)
    return None
  })
  defMethod(B, '__delitem__', '(self, key, /)', ([s, key]) => {
    const a = ba(s)
    const items = [...a.bytes]
    if (key instanceof PySlice) {
      const [start, , step, n] = sliceIndices(key, items.length)
      const drop = new Set<number>()
      for (let i = 0, j = start; i < n; i++, j += step) drop.add(j)
      a.bytes = Uint8Array.from(items.filter((_, i) => !drop.has(i)))
      return None
    }
    const i = indexOf(key)
    if (i === undefined)
      throw pyError(TypeError, `bytearray indices must be integers or slices, not ${typeOf(key).name}`)
    const k = i < 0 ? i + items.length : i
    if (k < 0 || k >= items.length) throw pyError(IndexError, 'bytearray index out of range')
    items.splice(k, 1)
    a.bytes = Uint8Array.from(items)
    return None
  })
  B.dict.set('__hash__', None)
  B.invalidate()
}

/** Installs bytes and bytearray: constructors, the shared methods and bytearray's mutators. */
export function installBytesTypes(): void {
  defStaticMethod(
    bytesType,
    '__new__',
    '(cls, source=?, encoding=?, errors=?)',
    ([cls, src, enc, errors]) => {
      if (cls === bytesType && src instanceof PyBytes && src.cls === bytesType && enc === undefined)
        return src
      return construct(cls, bytesType, bytesFromSource(src, enc, errors, 'bytes'))
    },
  )
  defStaticMethod(
    bytearrayType,
    '__new__',
    '(cls, source=?, encoding=?, errors=?)',
    ([cls, src, enc, errors]) =>
      construct(cls, bytearrayType, bytesFromSource(src, enc, errors, 'bytearray')),
  )
  installCommonMethods(bytesType)
  installCommonMethods(bytearrayType)
  defMethod(bytesType, '__hash__', '(self, /)', ([s]) => strHash(latin1(self(s).bytes)))
  defMethod(bytesType, '__bytes__', '(self, /)', ([s]) => newBytes(self(s).bytes))
  installByteArrayMethods()
}
