import { PyObject, PyType, type PyValue } from '../objects/base'
import { call, callMethod } from '../objects/calls'
import { contains, truthy } from '../objects/compare'
import { newBytes, newList, newTuple, PyBytes, PyTuple } from '../objects/containers'
import { PyDict } from '../objects/dict'
import { LookupError, pyError, TypeError, UnicodeDecodeError, ValueError } from '../objects/exceptions'
import { formatValue, percentFormat, strFormat } from '../objects/formatting'
import { getitem, indexOf, len } from '../objects/items'
import { iterate, toArray } from '../objects/iteration'
import { defMethod, defStaticMethod } from '../objects/native'
import { repr, str } from '../objects/repr'
import { newDict, None, NotImplemented, strType, typeOf } from '../objects/types'

/** The JS string of a str or str-subclass instance, or a TypeError naming the method. */
export function asStr(v: PyValue, what = 'str'): string {
  if (typeof v === 'string') return v
  if (v instanceof PyObject && typeof v.prim === 'string') return v.prim
  throw pyError(TypeError, `${what} must be str, not ${typeOf(v).name}`)
}

const WS =
  ' \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000'

function stripChars(s: string, chars: PyValue, left: boolean, right: boolean): string {
  const set = chars === undefined || chars === None ? WS : asStr(chars, 'strip arg')
  let a = 0
  let b = s.length
  if (left) while (a < b && set.includes(s[a]!)) a++
  if (right) while (b > a && set.includes(s[b - 1]!)) b--
  return s.slice(a, b)
}

function splitWs(s: string, max: number): string[] {
  const out: string[] = []
  let i = 0
  const n = s.length
  while (i < n) {
    while (i < n && WS.includes(s[i]!)) i++
    if (i >= n) break
    if (max >= 0 && out.length === max) {
      out.push(s.slice(i))
      return out
    }
    let j = i
    while (j < n && !WS.includes(s[j]!)) j++
    out.push(s.slice(i, j))
    i = j
  }
  return out
}

function rsplitWs(s: string, max: number): string[] {
  const out: string[] = []
  let i = s.length
  while (i > 0) {
    while (i > 0 && WS.includes(s[i - 1]!)) i--
    if (i <= 0) break
    if (max >= 0 && out.length === max) {
      out.unshift(s.slice(0, i))
      return out
    }
    let j = i
    while (j > 0 && !WS.includes(s[j - 1]!)) j--
    out.unshift(s.slice(j, i))
    i = j
  }
  return out
}

function bounds(s: string, start: PyValue, end: PyValue): [number, number] {
  const n = s.length
  const norm = (v: PyValue, d: number) => {
    if (v === undefined || v === None) return d
    let i = indexOf(v)!
    if (i < 0) i = Math.max(0, i + n)
    return Math.min(i, n)
  }
  return [norm(start, 0), norm(end, n)]
}

const isCased = (c: string) => c.toLowerCase() !== c.toUpperCase()

function title(s: string): string {
  let out = ''
  let prevCased = false
  for (const c of s) {
    out += prevCased ? c.toLowerCase() : c.toUpperCase()
    prevCased = isCased(c) || /\p{L}/u.test(c)
  }
  return out
}

function pred(s: string, re: RegExp): boolean {
  return s.length > 0 && re.test(s)
}

/** Encodes a str to bytes (utf-8, ascii, latin-1). */
export function encode(s: string, encoding = 'utf-8', errors = 'strict'): Uint8Array {
  const enc = encoding.toLowerCase().replace(/_/g, '-')
  if (enc === 'utf-8' || enc === 'utf8') return new TextEncoder().encode(s)
  if (enc === 'ascii' || enc === 'latin-1' || enc === 'latin1' || enc === 'iso-8859-1') {
    const limit = enc === 'ascii' ? 0x80 : 0x100
    const out: number[] = []
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i)
      if (c >= limit) {
        if (errors === 'ignore') continue
        if (errors === 'replace') {
          out.push(63)
          continue
        }
        throw pyError(
          ValueError,
          `'${enc === 'ascii' ? 'ascii' : 'latin-1'}' codec can't encode character '\\x${c.toString(16)}' in position ${i}: ordinal not in range(${limit})`,
        )
      }
      out.push(c)
    }
    return Uint8Array.from(out)
  }
  throw pyError(LookupError, `unknown encoding: ${encoding}`)
}

declare const TextEncoder: { new (): { encode(s: string): Uint8Array } }

/** Installs str's constructor and methods. */
export function installStrType(): void {
  const t = strType
  t.layout = (cls) => new PyObject(cls)
  defStaticMethod(t, '__new__', "(cls, object='', encoding=?, errors=?)", ([cls, o, encoding, errors]) => {
    let s: string
    if (encoding !== undefined || errors !== undefined) {
      if (!(o instanceof PyBytes))
        throw pyError(TypeError, `decoding to str: need a bytes-like object, ${typeOf(o).name} found`)
      s = decodeBytes(o.bytes, encoding === undefined ? 'utf-8' : asStr(encoding))
    } else s = str(o)
    if (cls === strType) return s
    const obj = new PyObject(cls as PyType)
    obj.prim = s
    if ((cls as PyType).instanceDict) obj.dict = newDict()
    return obj
  })
  const m = (name: string, sig: string, f: (a: PyValue[]) => PyValue) =>
    defMethod(t, name, sig, (a) => {
      a[0] = asStr(a[0], `descriptor '${name}'`)
      return f(a)
    })
  m('upper', '(self, /)', ([s]) => s.toUpperCase())
  m('lower', '(self, /)', ([s]) => s.toLowerCase())
  m('casefold', '(self, /)', ([s]) => s.toLowerCase().replace(/ß/g, 'ss').replace(/ς/g, 'σ'))
  m('swapcase', '(self, /)', ([s]) =>
    [...s].map((c: string) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''),
  )
  m('capitalize', '(self, /)', ([s]) => (s.length === 0 ? s : s[0].toUpperCase() + s.slice(1).toLowerCase()))
  m('title', '(self, /)', ([s]) => title(s))
  m('strip', '(self, chars=None, /)', ([s, c]) => stripChars(s, c, true, true))
  m('lstrip', '(self, chars=None, /)', ([s, c]) => stripChars(s, c, true, false))
  m('rstrip', '(self, chars=None, /)', ([s, c]) => stripChars(s, c, false, true))
  m('split', '(self, /, sep=None, maxsplit=-1)', ([s, sep, max]) => {
    const n = Number(indexOf(max))
    if (sep === None) return newList(splitWs(s, n))
    const d = asStr(sep, 'must be str or None, not')
    if (d === '') throw pyError(ValueError, 'empty separator')
    const parts = s.split(d)
    if (n >= 0 && parts.length > n + 1) return newList([...parts.slice(0, n), parts.slice(n).join(d)])
    return newList(parts)
  })
  m('rsplit', '(self, /, sep=None, maxsplit=-1)', ([s, sep, max]) => {
    const n = Number(indexOf(max))
    if (sep === None) return newList(rsplitWs(s, n))
    const d = asStr(sep)
    if (d === '') throw pyError(ValueError, 'empty separator')
    const parts = s.split(d)
    if (n >= 0 && parts.length > n + 1)
      return newList([parts.slice(0, parts.length - n).join(d), ...parts.slice(parts.length - n)])
    return newList(parts)
  })
  m('splitlines', '(self, /, keepends=False)', ([s, keep]) => {
    const out: string[] = []
    const re = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g
    let last = 0
    let mm: RegExpExecArray | null
    while ((mm = re.exec(s)) !== null) {
      out.push(s.slice(last, truthy(keep) ? mm.index + mm[0].length : mm.index))
      last = mm.index + mm[0].length
    }
    if (last < s.length) out.push(s.slice(last))
    return newList(out)
  })
  m('join', '(self, iterable, /)', ([s, it]) => {
    const parts: string[] = []
    let i = 0
    for (const x of iterate(it)) {
      if (typeof x === 'string') parts.push(x)
      else if (x instanceof PyObject && typeof x.prim === 'string') parts.push(x.prim)
      else throw pyError(TypeError, `sequence item ${i}: expected str instance, ${typeOf(x).name} found`)
      i++
    }
    return parts.join(s)
  })
  m('replace', '(self, old, new, count=-1, /)', ([s, a, b, count]) => {
    const old = asStr(a, 'replace() argument 1')
    const rep = asStr(b, 'replace() argument 2')
    let n = Number(indexOf(count))
    if (n < 0) return old === '' ? [...s].map((c) => rep + c).join('') + rep : s.split(old).join(rep)
    let out = ''
    let i = 0
    while (n > 0) {
      const j = old === '' ? (i <= s.length ? i : -1) : s.indexOf(old, i)
      if (j < 0) break
      out += s.slice(i, j) + rep
      if (old === '') {
        out += s[j] ?? ''
        i = j + 1
      } else i = j + old.length
      n--
    }
    return out + s.slice(i)
  })
  const affix = (name: string, test: (s: string, p: string) => boolean) =>
    m(name, '(self, prefix, start=None, end=None, /)', ([s, p, start, end]) => {
      const [a, b] = bounds(s, start, end)
      const sub = s.slice(a, b)
      if (p instanceof PyTuple) return p.items.some((x) => test(sub, asStr(x)))
      if (typeof p !== 'string' && !(p instanceof PyObject && typeof p.prim === 'string')) {
        throw pyError(TypeError, `${name} first arg must be str or a tuple of str, not ${typeOf(p).name}`)
      }
      return test(sub, asStr(p))
    })
  affix('startswith', (s, p) => s.startsWith(p))
  affix('endswith', (s, p) => s.endsWith(p))
  const finder = (name: string, rev: boolean, raise: boolean) =>
    m(name, '(self, sub, start=None, end=None, /)', ([s, sub, start, end]) => {
      const [a, b] = bounds(s, start, end)
      const needle = asStr(sub, 'must be str, not')
      const region = s.slice(a, b)
      const i = rev ? region.lastIndexOf(needle) : region.indexOf(needle)
      if (i < 0) {
        if (raise) throw pyError(ValueError, 'substring not found')
        return -1
      }
      return i + a
    })
  finder('find', false, false)
  finder('rfind', true, false)
  finder('index', false, true)
  finder('rindex', true, true)
  m('count', '(self, sub, start=None, end=None, /)', ([s, sub, start, end]) => {
    const [a, b] = bounds(s, start, end)
    const needle = asStr(sub)
    const region = s.slice(a, b)
    if (needle === '') return region.length + 1
    return region.split(needle).length - 1
  })
  defMethod(t, 'format', '(self, /, *args, **kwargs)', ([s, args, kwargs]) =>
    strFormat(asStr(s), (args as PyTuple).items, new Map([...(kwargs as PyDict).entries()])),
  )
  m('format_map', '(self, mapping, /)', ([s, mapping]) => {
    const kw = new Map<string, PyValue>()
    const proxy = new Proxy(kw, {
      get: (target, prop) =>
        prop === 'get' ? (k: string) => getitem(mapping, k) : Reflect.get(target, prop).bind(target),
    })
    return strFormat(s, [], proxy)
  })
  m('isdigit', '(self, /)', ([s]) =>
    pred(s, /^[0-9\u00b2\u00b3\u00b9\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\uff10-\uff19]+$/),
  )
  m('isdecimal', '(self, /)', ([s]) => pred(s, /^\p{Nd}+$/u))
  m('isnumeric', '(self, /)', ([s]) => pred(s, /^[\p{N}]+$/u))
  m('isalpha', '(self, /)', ([s]) => pred(s, /^\p{L}+$/u))
  m('isalnum', '(self, /)', ([s]) => pred(s, /^[\p{L}\p{N}]+$/u))
  m('isspace', '(self, /)', ([s]) => s.length > 0 && [...s].every((c) => WS.includes(c)))
  m('isupper', '(self, /)', ([s]) => [...s].some(isCased) && s === s.toUpperCase())
  m('islower', '(self, /)', ([s]) => [...s].some(isCased) && s === s.toLowerCase())
  m('istitle', '(self, /)', ([s]) => [...s].some(isCased) && title(s) === s)
  m('isidentifier', '(self, /)', ([s]) => /^[\p{L}_][\p{L}\p{N}_]*$/u.test(s))
  m('isascii', '(self, /)', ([s]) => /^[\x00-\x7f]*$/.test(s))
  m('isprintable', '(self, /)', ([s]) => !/[\x00-\x1f\x7f-\xa0]/.test(s))
  const padder = (name: string, f: (s: string, w: number, fill: string) => string) =>
    m(name, "(self, width, fillchar=' ', /)", ([s, w, fill]) => {
      const fc = asStr(fill)
      if ([...fc].length !== 1)
        throw pyError(TypeError, 'The fill character must be exactly one character long')
      const width = Number(indexOf(w))
      const n = [...s].length
      return n >= width ? s : f(s, width - n, fc)
    })
  padder('ljust', (s, n, f) => s + f.repeat(n))
  padder('rjust', (s, n, f) => f.repeat(n) + s)
  padder('center', (s, n, f) => {
    const width = n + [...s].length
    const l = Math.floor(n / 2) + (n & width & 1)
    return f.repeat(l) + s + f.repeat(n - l)
  })
  m('zfill', '(self, width, /)', ([s, w]) => {
    const width = Number(indexOf(w))
    if (s.length >= width) return s
    const sign = s[0] === '-' || s[0] === '+' ? s[0] : ''
    return sign + '0'.repeat(width - s.length) + s.slice(sign.length)
  })
  m('partition', '(self, sep, /)', ([s, sep]) => {
    const d = asStr(sep)
    if (d === '') throw pyError(ValueError, 'empty separator')
    const i = s.indexOf(d)
    return i < 0 ? newTuple([s, '', '']) : newTuple([s.slice(0, i), d, s.slice(i + d.length)])
  })
  m('rpartition', '(self, sep, /)', ([s, sep]) => {
    const d = asStr(sep)
    if (d === '') throw pyError(ValueError, 'empty separator')
    const i = s.lastIndexOf(d)
    return i < 0 ? newTuple(['', '', s]) : newTuple([s.slice(0, i), d, s.slice(i + d.length)])
  })
  m('removeprefix', '(self, prefix, /)', ([s, p]) => (s.startsWith(asStr(p)) ? s.slice(asStr(p).length) : s))
  m('removesuffix', '(self, suffix, /)', ([s, p]) =>
    asStr(p) !== '' && s.endsWith(asStr(p)) ? s.slice(0, s.length - asStr(p).length) : s,
  )
  m('expandtabs', '(self, /, tabsize=8)', ([s, size]) => {
    const n = Number(size)
    let out = ''
    let col = 0
    for (const c of s) {
      if (c === '\t') {
        const k = n > 0 ? n - (col % n) : 0
        out += ' '.repeat(k)
        col += k
      } else {
        out += c
        col = c === '\n' || c === '\r' ? 0 : col + 1
      }
    }
    return out
  })
  m('encode', "(self, /, encoding='utf-8', errors='strict')", ([s, e, err]) =>
    newBytes(encode(s, asStr(e), asStr(err))),
  )
  m('translate', '(self, table, /)', ([s, table]) => {
    let out = ''
    for (const c of s) {
      let r: PyValue
      try {
        r = getitem(table, c.codePointAt(0))
      } catch {
        out += c
        continue
      }
      if (r === None) continue
      out += typeof r === 'number' ? String.fromCodePoint(r) : asStr(r)
    }
    return out
  })
  defStaticMethod(t, 'maketrans', '(x, y=?, z=?, /)', ([x, y, z]) => {
    const d = newDict()
    if (y === undefined) {
      for (const [k, v] of (x as PyDict).entries()) d.set(typeof k === 'string' ? k.codePointAt(0) : k, v)
      return d
    }
    const a = [...asStr(x)]
    const b = [...asStr(y)]
    if (a.length !== b.length)
      throw pyError(ValueError, 'the first two maketrans arguments must have equal length')
    a.forEach((c, i) => d.set(c.codePointAt(0), b[i]!.codePointAt(0)))
    if (z !== undefined) for (const c of asStr(z)) d.set(c.codePointAt(0), None)
    return d
  })
  defMethod(t, '__len__', '(self, /)', ([s]) => len(asStr(s)), true)
  defMethod(t, '__contains__', '(self, key, /)', ([s, k]) => contains(asStr(s), k), true)
  defMethod(t, '__getitem__', '(self, key, /)', ([s, k]) => getitem(asStr(s), k), true)
  defMethod(
    t,
    '__add__',
    '(self, value, /)',
    ([s, v]) =>
      typeof v === 'string' || (v instanceof PyObject && typeof v.prim === 'string')
        ? asStr(s) + asStr(v)
        : NotImplemented,
    true,
  )
  defMethod(
    t,
    '__mul__',
    '(self, value, /)',
    ([s, n]) => asStr(s).repeat(Math.max(0, Number(indexOf(n)))),
    true,
  )
  defMethod(t, '__mod__', '(self, value, /)', ([s, v]) => percentFormat(asStr(s), v), true)
  defMethod(t, '__str__', '(self, /)', ([s]) => asStr(s), true)
  defMethod(t, '__repr__', '(self, /)', ([s]) => repr(asStr(s)), true)
  defMethod(
    t,
    '__format__',
    '(self, format_spec, /)',
    ([s, spec]) => formatValue(asStr(s), asStr(spec)),
    true,
  )
  defMethod(
    t,
    '__iter__',
    '(self, /)',
    ([s]) => callMethod(newList(toArray(asStr(s))), '__iter__', [undefined], null),
    true,
  )
  void call
}

/** Decodes bytes with a codec name. */
export function decodeBytes(b: Uint8Array, encoding: string, errors = 'strict'): string {
  const enc = encoding.toLowerCase().replace(/_/g, '-')
  if (enc === 'utf-8' || enc === 'utf8') return utf8Decode(b, errors)
  if (enc === 'ascii') {
    let out = ''
    for (let i = 0; i < b.length; i++) {
      const c = b[i]!
      if (c < 0x80) out += String.fromCharCode(c)
      else if (errors === 'replace') out += '\ufffd'
      else if (errors !== 'ignore') {
        throw pyError(
          UnicodeDecodeError,
          `'ascii' codec can't decode byte 0x${c.toString(16)} in position ${i}: ordinal not in range(128)`,
        )
      }
    }
    return out
  }
  if (enc === 'latin-1' || enc === 'latin1' || enc === 'iso-8859-1') return String.fromCharCode(...b)
  throw pyError(LookupError, `unknown encoding: ${encoding}`)
}

function utf8Decode(b: Uint8Array, errors: string): string {
  let out = ''
  let i = 0
  const fail = (start: number, end: number, reason: string) => {
    if (errors === 'replace') out += '\ufffd'
    else if (errors !== 'ignore') {
      const where =
        end - start > 1
          ? `bytes in position ${start}-${end - 1}`
          : `byte 0x${b[start]!.toString(16).padStart(2, '0')} in position ${start}`
      throw pyError(UnicodeDecodeError, `'utf-8' codec can't decode ${where}: ${reason}`)
    }
  }
  while (i < b.length) {
    const c = b[i]!
    if (c < 0x80) {
      out += String.fromCharCode(c)
      i++
      continue
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0
    if (n === 0) {
      fail(i, i + 1, 'invalid start byte')
      i++
      continue
    }
    let cp = c & (0x3f >> n)
    let k = 1
    let bad = false
    for (; k <= n; k++) {
      if (i + k >= b.length) break
      const d = b[i + k]!
      const lo = k === 1 && c === 0xe0 ? 0xa0 : k === 1 && c === 0xf0 ? 0x90 : 0x80
      const hi = k === 1 && c === 0xed ? 0x9f : k === 1 && c === 0xf4 ? 0x8f : 0xbf
      if (d < lo || d > hi) {
        bad = true
        break
      }
      cp = (cp << 6) | (d & 0x3f)
    }
    if (bad) {
      fail(i, i + 1, 'invalid continuation byte')
      i += k
      continue
    }
    if (k <= n) {
      fail(i, b.length, 'unexpected end of data')
      break
    }
    out += String.fromCodePoint(cp)
    i += n + 1
  }
  return out
}

declare const TextDecoder: {
  new (label: string, opts: { fatal: boolean }): { decode(b: Uint8Array): string }
}
const TextDecoderImpl = TextDecoder
