import { cpythonSetOrder } from './set-order'
import { PyFloat, PyObject, PySingleton, PyType, type PyValue } from './base'
import { call } from './calls'
import { userMethod } from './compare'
import { PyByteArray, PyBytes, PyList, PyRange, PySet, PySlice, PyTuple } from './containers'
import { PyDict } from './dict'
import { KeyError, OSError, PyBaseException, pyError, SyntaxError, TypeError } from './exceptions'
import {
  PyBoundMethod,
  PyBuiltin,
  PyFunction,
  PyGetSet,
  PyMethodWrapper,
  PyModule,
  PyProperty,
} from './functions'
import { idOf } from './hashing'
import { objectType, typeOf } from './types'

const hex = (o: PyValue) => '0x' + idOf(o).toString(16).padStart(12, '0')

/** CPython's repr of a float: shortest round-trip digits, exponent outside 1e-4..1e16. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan'
  if (x === Infinity) return 'inf'
  if (x === -Infinity) return '-inf'
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0'
  const e = x.toExponential()
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(e)!
  const sign = m[1]!
  const digits = m[2]! + (m[3] ?? '')
  const exp = Number(m[4])
  if (exp < -4 || exp >= 16) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits
    return `${sign}${mant}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`
  if (digits.length <= exp + 1) return `${sign}${digits}${'0'.repeat(exp + 1 - digits.length)}.0`
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`
}

/** The repr of a str value with CPython's quoting and escapes. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'"
  let out = quote
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    if (ch === quote || ch === '\\') out += '\\' + ch
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0')
    else if (c >= 0x80 && c < 0xa0) out += '\\x' + c.toString(16).padStart(2, '0')
    else if (c === 0xad) out += '\\xad'
    else if (
      (c >= 0xd800 && c <= 0xdfff) ||
      c === 0x2028 ||
      c === 0x2029 ||
      (c >= 0xfff0 && c <= 0xffff && c !== 0xfffd)
    )
      out += '\\u' + c.toString(16).padStart(4, '0')
    else out += ch
  }
  return out + quote
}

/** The repr of bytes. */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false
  let hasDouble = false
  for (const c of b) {
    if (c === 39) hasSingle = true
    if (c === 34) hasDouble = true
  }
  const quote = hasSingle && !hasDouble ? '"' : "'"
  let out = 'b' + quote
  for (const c of b) {
    if (c === quote.charCodeAt(0) || c === 92) out += '\\' + String.fromCharCode(c)
    else if (c === 10) out += '\\n'
    else if (c === 13) out += '\\r'
    else if (c === 9) out += '\\t'
    else if (c < 32 || c >= 127) out += '\\x' + c.toString(16).padStart(2, '0')
    else out += String.fromCharCode(c)
  }
  return out + quote
}

const active = new Set<PyValue>()

function guarded(o: PyValue, placeholder: string, f: () => string): string {
  if (active.has(o)) return placeholder
  active.add(o)
  try {
    return f()
  } finally {
    active.delete(o)
  }
}

/** The `<module.Name object at 0x...>` default repr. */
export function defaultRepr(o: PyValue): string {
  const t = typeOf(o)
  const mod = t.module === 'builtins' ? '' : t.module + '.'
  return `<${mod}${t.qualname} object at ${hex(o)}>`
}

/** Python's repr(). */
export function repr(v: PyValue): string {
  switch (typeof v) {
    case 'string':
      return strRepr(v)
    case 'number':
      return String(v)
    case 'bigint':
      return v.toString()
    case 'boolean':
      return v ? 'True' : 'False'
  }
  if (v instanceof PyFloat) return floatRepr(v.v)
  const t = (v as PyObject).cls
  if (!t.builtin) {
    const f = userMethod(t, '__repr__')
    if (f !== undefined) {
      const r = call(f, [v], null)
      if (typeof r !== 'string') {
        if (r instanceof PyObject && typeof r.prim === 'string') return r.prim
        throw pyError(TypeError, `__repr__ returned non-string (type ${typeOf(r).name})`)
      }
      return r
    }
  }
  return nativeRepr(v)
}

/** The builtin types' repr (used by `object.__repr__` mirrors and subclasses). */
export function nativeRepr(v: PyValue): string {
  if (v instanceof PyList) return guarded(v, '[...]', () => '[' + v.items.map(repr).join(', ') + ']')
  if (v instanceof PyTuple) {
    if (v.items.length === 1) return '(' + repr(v.items[0]) + ',)'
    return guarded(v, '(...)', () => '(' + v.items.map(repr).join(', ') + ')')
  }
  if (v instanceof PyDict) {
    return guarded(v, '{...}', () => {
      const parts: string[] = []
      for (const [k, x] of v.entries()) parts.push(repr(k) + ': ' + repr(x))
      return '{' + parts.join(', ') + '}'
    })
  }
  if (v instanceof PySet) {
    const frozen =
      v.cls.name === 'frozenset' ||
      v.cls.isSubtype(typeOf(v).mro.find((m) => m.name === 'frozenset') ?? v.cls)
    const name = v.cls.builtin ? v.cls.name : v.cls.name
    if (v.table.size === 0) return `${name}()`
    const body = guarded(
      v,
      '...',
      () =>
        '{' +
        cpythonSetOrder([...v.table.keys()])
          .map(repr)
          .join(', ') +
        '}',
    )
    return frozen && v.cls.name === 'frozenset'
      ? `frozenset(${body})`
      : v.cls.name === 'set'
        ? body
        : `${name}(${body})`
  }
  if (v instanceof PyObject && v.prim !== undefined) return repr(v.prim)
  if (v instanceof PySingleton) return v.label
  if (v instanceof PyType) {
    return v.module === 'builtins' ? `<class '${v.qualname}'>` : `<class '${v.module}.${v.qualname}'>`
  }
  if (v instanceof PyFunction) return `<function ${v.qualname} at ${hex(v)}>`
  if (v instanceof PyBuiltin) return `<built-in function ${v.name}>`
  if (v instanceof PyBoundMethod) {
    if (v.func instanceof PyBuiltin)
      return `<built-in method ${v.func.name} of ${typeOf(v.self).name} object at ${hex(v.self)}>`
    const qn = v.func instanceof PyFunction ? v.func.qualname : '?'
    return `<bound method ${qn} of ${repr(v.self)}>`
  }
  if (v instanceof PyModule) {
    const file = v.dict.m.get('__file__')
    if (typeof file === 'string') return `<module '${v.name}' from '${file}'>`
    return `<module '${v.name}' (built-in)>`
  }
  if (v instanceof PyBaseException) {
    const name = v.cls.builtin ? v.cls.name : v.cls.name
    if (v.args.length === 1) return `${name}(${repr(v.args[0])})`
    return `${name}(${v.args.map(repr).join(', ')})`
  }
  if (v instanceof PyRange)
    return v.step === 1 ? `range(${v.start}, ${v.stop})` : `range(${v.start}, ${v.stop}, ${v.step})`
  if (v instanceof PySlice) return `slice(${repr(v.start)}, ${repr(v.stop)}, ${repr(v.step)})`
  if (v instanceof PyByteArray) return `bytearray(${bytesRepr(v.bytes)})`
  if (v instanceof PyBytes) return bytesRepr(v.bytes)
  if (v instanceof PyProperty) return `<property object at ${hex(v)}>`
  if (v instanceof PyGetSet) return `<attribute '${v.name}' objects>`
  if (v instanceof PyMethodWrapper) return `<${v.cls.name} object at ${hex(v)}>`
  const own = (v as PyObject).cls?.lookup('__repr__')
  if (own instanceof PyBuiltin && own !== objectType.dict.m.get('__repr__')) return call(own, [v], null)
  return defaultRepr(v)
}

/** Python's str(). */
export function str(v: PyValue): string {
  if (typeof v === 'string') return v
  if (typeof v === 'number') return String(v)
  if (v instanceof PyFloat) return floatRepr(v.v)
  if (v instanceof PyObject) {
    const t = v.cls
    if (!t.builtin) {
      const f = userMethod(t, '__str__')
      if (f !== undefined) {
        const r = call(f, [v], null)
        if (typeof r !== 'string') {
          if (r instanceof PyObject && typeof r.prim === 'string') return r.prim
          throw pyError(TypeError, `__str__ returned non-string (type ${typeOf(r).name})`)
        }
        return r
      }
      if (typeof v.prim === 'string') return v.prim
    }
    if (v instanceof PyBaseException) return exceptionStr(v)
  }
  return repr(v)
}

/** str() of an exception instance. */
export function exceptionStr(e: PyBaseException): string {
  if (e.cls.isSubtype(KeyError) && e.args.length === 1) return repr(e.args[0])
  if (e.cls.isSubtype(OSError) && e.args.length >= 2) {
    const head = `[Errno ${str(e.args[0])}] ${str(e.args[1])}`
    return e.args.length >= 3 ? `${head}: ${repr(e.args[2])}` : head
  }
  const a = e.attrs
  if (e.cls.isSubtype(SyntaxError) && a !== null && typeof a['lineno'] === 'number') {
    return `${str(a['msg'])} (${str(a['filename'])}, line ${a['lineno']})`
  }
  if (e.args.length === 0) return ''
  if (e.args.length === 1) return str(e.args[0])
  return '(' + e.args.map(repr).join(', ') + ')'
}

/** ascii(): repr with non-ASCII characters escaped. */
export function ascii(v: PyValue): string {
  return repr(v).replace(/[^\x00-\x7f]/gu, (ch) => {
    const c = ch.codePointAt(0)!
    if (c <= 0xff) return '\\x' + c.toString(16).padStart(2, '0')
    if (c <= 0xffff) return '\\u' + c.toString(16).padStart(4, '0')
    return '\\U' + c.toString(16).padStart(8, '0')
  })
}
