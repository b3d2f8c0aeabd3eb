import { PyFloat, PyObject, type PyValue } from './base'
import { getattr } from './attributes'
import { call } from './calls'
import { userMethod } from './compare'
import { PyTuple } from './containers'
import { PyDict } from './dict'
import { IndexError, KeyError, pyError, TypeError, ValueError } from './exceptions'
import { getitem } from './items'
import { asInt } from './numbers'
import { ascii, floatRepr, repr, str } from './repr'
import { objectType, typeOf } from './types'
import { PyBuiltin } from './functions'

interface Spec {
  fill: string
  align: string
  sign: string
  signGiven: boolean
  alt: boolean
  zero: boolean
  width: number
  grouping: string
  precision: number
  type: string
}

function parseSpec(spec: string, typeName: string): Spec {
  const m = /^(?:(.)?([<>=^]))?([+\- ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/su.exec(spec)
  if (!m) throw pyError(ValueError, `Invalid format specifier '${spec}' for object of type '${typeName}'`)
  return {
    fill: m[1] ?? (m[5] && !m[2] ? '0' : ' '),
    align: m[2] ?? (m[5] ? '=' : ''),
    sign: m[3] ?? '-',
    signGiven: m[3] !== undefined,
    alt: m[4] !== undefined,
    zero: m[5] !== undefined,
    width: m[6] ? Number(m[6]) : 0,
    grouping: m[7] ?? '',
    precision: m[8] !== undefined ? Number(m[8]) : -1,
    type: m[9] ?? '',
  }
}

function group(intPart: string, sep: string, every = 3): string {
  if (!sep) return intPart
  let out = ''
  for (let i = 0; i < intPart.length; i++) {
    if (i > 0 && (intPart.length - i) % every === 0) out += sep
    out += intPart[i]
  }
  return out
}

function pad(body: string, sign: string, s: Spec, defaultAlign: string): string {
  const align = s.align || defaultAlign
  const len = [...body].length + sign.length
  if (len >= s.width) return sign + body
  const n = s.width - len
  switch (align) {
    case '<':
      return sign + body + s.fill.repeat(n)
    case '>':
      return s.fill.repeat(n) + sign + body
    case '^':
      return s.fill.repeat(Math.floor(n / 2)) + sign + body + s.fill.repeat(n - Math.floor(n / 2))
    default:
      return sign + s.fill.repeat(n) + body
  }
}

function signOf(neg: boolean, s: Spec): string {
  return neg ? '-' : s.sign === '+' ? '+' : s.sign === ' ' ? ' ' : ''
}

function formatInt(v: number | bigint, s: Spec): string {
  const neg = v < 0
  const abs = neg ? -BigInt(v) : BigInt(v)
  let body: string
  let prefix = ''
  switch (s.type) {
    case 'b':
      body = abs.toString(2)
      prefix = s.alt ? '0b' : ''
      break
    case 'o':
      body = abs.toString(8)
      prefix = s.alt ? '0o' : ''
      break
    case 'x':
      body = abs.toString(16)
      prefix = s.alt ? '0x' : ''
      break
    case 'X':
      body = abs.toString(16).toUpperCase()
      prefix = s.alt ? '0X' : ''
      break
    case 'c':
      return pad(String.fromCodePoint(Number(v)), '', s, '<')
    case '':
    case 'd':
    case 'n':
      body = abs.toString()
      break
    default:
      return formatFloat(Number(v), s)
  }
  const every = s.type === 'b' || s.type === 'o' || s.type === 'x' || s.type === 'X' ? 4 : 3
  if (s.zero && s.align === '=' && s.grouping) {
    const width = s.width - signOf(neg, s).length - prefix.length
    let grouped = group(body, s.grouping, every)
    while (grouped.length < width || grouped[0] === s.grouping) {
      body = '0' + body
      grouped = group(body, s.grouping, every)
    }
    return signOf(neg, s) + prefix + grouped
  }
  body = group(body, s.grouping, every)
  return pad(prefix + body, signOf(neg, s), s, '>').replace(/^(\s*[-+ ]?)(0+)(0[xob])/, '$1$3')
}

function exactDecimal(x: number): string {
  if (Number.isInteger(x)) return BigInt(x).toString()
  let e = 0
  let m = x
  while (!Number.isInteger(m)) {
    m *= 2
    e++
  }
  const s = (BigInt(m) * 5n ** BigInt(e)).toString().padStart(e + 1, '0')
  return s.slice(0, s.length - e) + '.' + s.slice(s.length - e)
}

/** `x` (non-negative, finite) with `prec` decimals, correctly rounded half-even like CPython. */
function fixedDigits(x: number, prec: number): string {
  const exact = exactDecimal(x)
  const dot = exact.indexOf('.')
  if (dot < 0) return prec > 0 ? `${exact}.${'0'.repeat(prec)}` : exact
  const frac = exact.slice(dot + 1)
  if (frac.length <= prec) return exact + '0'.repeat(prec - frac.length)
  const keep = exact.slice(0, dot) + frac.slice(0, prec)
  const rest = frac.slice(prec)
  let digits = BigInt(keep)
  if (rest[0]! > '5' || (rest[0] === '5' && (/[1-9]/.test(rest.slice(1)) || digits % 2n === 1n))) digits += 1n
  const s = digits.toString().padStart(prec + 1, '0')
  return prec > 0 ? `${s.slice(0, s.length - prec)}.${s.slice(s.length - prec)}` : s
}

/** `x` (non-negative, finite) in exponent notation with `prec` decimals, rounded half-even on its exact value. */
function expDigits(x: number, prec: number, upper: boolean): string {
  let mant: string
  let exp: number
  if (x === 0) {
    mant = '0'.repeat(prec + 1)
    exp = 0
  } else {
    const exact = exactDecimal(x)
    const dot = exact.indexOf('.')
    const all = dot < 0 ? exact : exact.slice(0, dot) + exact.slice(dot + 1)
    const intLen = dot < 0 ? exact.length : dot
    const first = all.search(/[1-9]/)
    exp = intLen - first - 1
    const sig = all.slice(first)
    const keep = sig.slice(0, prec + 1).padEnd(prec + 1, '0')
    const rest = sig.slice(prec + 1)
    let digits = BigInt(keep)
    if (
      rest[0] !== undefined &&
      (rest[0] > '5' || (rest[0] === '5' && (/[1-9]/.test(rest.slice(1)) || digits % 2n === 1n)))
    )
      digits += 1n
    mant = digits.toString()
    if (mant.length > prec + 1) {
      mant = mant.slice(0, prec + 1)
      exp++
    }
  }
  const body = prec > 0 ? `${mant[0]}.${mant.slice(1)}` : mant
  const out = `${body}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`
  return upper ? out.toUpperCase() : out
}

function formatFloat(x: number, s: Spec): string {
  const neg = x < 0 || Object.is(x, -0)
  const a = Math.abs(x)
  let body: string
  let type = s.type
  const upper = type === 'E' || type === 'F' || type === 'G'
  if (!Number.isFinite(a)) {
    body = Number.isNaN(a) ? 'nan' : 'inf'
    if (upper) body = body.toUpperCase()
    return pad(
      body,
      signOf(neg && !Number.isNaN(a), s),
      s.zero ? { ...s, fill: ' ', align: s.align === '=' ? '>' : s.align } : s,
      '>',
    )
  }
  let prec = s.precision
  switch (type) {
    case 'f':
    case 'F':
    case '%': {
      const v = type === '%' ? a * 100 : a
      body = fixedDigits(v, prec < 0 ? 6 : prec)
      if (s.alt && !body.includes('.')) body += '.'
      if (type === '%') body += '%'
      break
    }
    case 'e':
    case 'E':
      body = expDigits(a, prec < 0 ? 6 : prec, upper)
      break
    case 'g':
    case 'G':
    case 'n':
    case '': {
      if (type === '' && prec < 0) {
        body = floatRepr(a)
        break
      }
      if (prec < 0) prec = 6
      if (prec === 0) prec = 1
      if (a === 0) {
        body = type === '' ? '0.0' : '0'
        break
      }
      const exp = Number(a.toExponential(prec - 1).split('e')[1])
      if (exp >= -4 && exp < (type === '' ? prec - 1 : prec)) {
        body = a.toFixed(Math.max(0, prec - 1 - exp))
        if (!s.alt && body.includes('.'))
          body = body.replace(/0+$/, '').replace(/\.$/, type === '' ? '.0' : '')
      } else {
        body = expDigits(a, prec - 1, upper)
        if (!s.alt) body = body.replace(/\.?0+e/, 'e').replace(/\.?0+E/, 'E')
      }
      type = 'g'
      break
    }
    default:
      throw pyError(ValueError, `Unknown format code '${s.type}' for object of type 'float'`)
  }
  if (s.grouping) {
    const [i, f] = body.split('.')
    body = group(i!, s.grouping) + (f !== undefined ? '.' + f : '')
  }
  if (s.zero && s.align === '=') {
    const sign = signOf(neg, s)
    let b = body
    while (b.length + sign.length < s.width) b = '0' + b
    if (s.grouping) {
      const [i, f] = b.split('.')
      const digits = i!.replace(/[,_]/g, '')
      b = group(digits, s.grouping) + (f !== undefined ? '.' + f : '')
      while (b.length + sign.length > s.width && b[0] === '0') b = b.slice(1)
    }
    return sign + b
  }
  return pad(body, signOf(neg, s), s, '>')
}

/** `format(value, spec)`: the format-spec mini-language for builtin types, `__format__` otherwise. */
export function formatValue(v: PyValue, spec: string): string {
  if (v instanceof PyObject && !v.cls.builtin) {
    const f = userMethod(v.cls, '__format__')
    if (f !== undefined) {
      const r = call(f, [v, spec], null)
      if (typeof r !== 'string')
        throw pyError(TypeError, `__format__ must return a str, not ${typeOf(r).name}`)
      return r
    }
    if (v.prim !== undefined) {
      if (spec === '') return str(v)
      v = v.prim
    }
  }
  if (typeof v === 'string') {
    if (spec === '') return v
    const s = parseSpec(spec, 'str')
    if (s.type !== '' && s.type !== 's')
      throw pyError(ValueError, `Unknown format code '${s.type}' for object of type 'str'`)
    if (s.grouping) throw pyError(ValueError, `Cannot specify '${s.grouping}' with 's'.`)
    if (s.signGiven) throw pyError(ValueError, 'Sign not allowed in string format specifier')
    if (s.align === '=') throw pyError(ValueError, "'=' alignment not allowed in string format specifier")
    const body = s.precision >= 0 ? [...v].slice(0, s.precision).join('') : v
    return pad(body, '', s, '<')
  }
  if (typeof v === 'boolean') {
    if (spec === '') return v ? 'True' : 'False'
    v = v ? 1 : 0
  }
  if (typeof v === 'number' || typeof v === 'bigint') {
    if (spec === '') return String(v)
    const s = parseSpec(spec, 'int')
    if (s.precision >= 0 && 'bdoxXcn'.includes(s.type || 'd'))
      throw pyError(ValueError, 'Precision not allowed in integer format specifier')
    if (s.type === 's') throw pyError(ValueError, `Unknown format code 's' for object of type 'int'`)
    return formatInt(v, s)
  }
  if (v instanceof PyFloat) {
    if (spec === '') return floatRepr(v.v)
    const s = parseSpec(spec, 'float')
    if ('bcdoxXs'.includes(s.type) && s.type !== '')
      throw pyError(ValueError, `Unknown format code '${s.type}' for object of type 'float'`)
    return formatFloat(v.v, s)
  }
  const own = v instanceof PyObject ? v.cls.lookup('__format__') : undefined
  if (own instanceof PyBuiltin && own !== objectType.dict.m.get('__format__'))
    return call(own, [v, spec], null)
  if (spec !== '')
    throw pyError(TypeError, `unsupported format string passed to ${typeOf(v).name}.__format__`)
  return str(v)
}

/** `fmt % args` for str. */
export function percentFormat(fmt: string, args: PyValue): string {
  const tuple = args instanceof PyTuple ? args.items : [args]
  const mapping =
    args instanceof PyDict ||
    (args instanceof PyObject &&
      !(args instanceof PyTuple) &&
      typeOf(args).lookup('__getitem__') !== undefined &&
      typeof args.prim !== 'string')
      ? args
      : null
  let idx = 0
  let usedMapping = false
  const next = (): PyValue => {
    if (idx >= tuple.length) throw pyError(TypeError, 'not enough arguments for format string')
    return tuple[idx++]
  }
  const out = fmt.replace(
    /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([diouxXeEfFgGcrsa%])|%(.?)/g,
    (all, key, flags: string, width, prec, conv, bad) => {
      if (bad !== undefined) {
        if (bad === '') throw pyError(ValueError, 'incomplete format')
        throw pyError(
          ValueError,
          `unsupported format character '${bad}' (0x${bad.charCodeAt(0).toString(16)}) at index ${fmt.indexOf(all) + 1}`,
        )
      }
      if (conv === '%' && key === undefined && !flags && !width && !prec) return '%'
      let v: PyValue
      if (key !== undefined) {
        if (mapping === null) throw pyError(TypeError, 'format requires a mapping')
        usedMapping = true
        v = getitem(mapping, key)
      } else {
        if (width === '*') width = String(next())
        if (prec === '*') prec = String(next())
        v = conv === '%' ? '%' : next()
      }
      let spec: Spec = {
        fill: ' ',
        align: flags.includes('-') ? '<' : '>',
        sign: flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '-',
        signGiven: false,
        alt: flags.includes('#'),
        zero: false,
        width: width ? Number(width) : 0,
        grouping: '',
        precision: prec !== undefined ? Number(prec) : -1,
        type: '',
      }
      if (flags.includes('0') && !flags.includes('-')) spec = { ...spec, fill: '0', align: '=', zero: true }
      switch (conv) {
        case 's':
          return pad(
            spec.precision >= 0 ? str(v).slice(0, spec.precision) : str(v),
            '',
            { ...spec, align: spec.align === '=' ? '>' : spec.align, fill: ' ' },
            '>',
          )
        case 'r':
          return pad(repr(v), '', { ...spec, fill: ' ', align: spec.align === '=' ? '>' : spec.align }, '>')
        case 'a':
          return pad(ascii(v), '', { ...spec, fill: ' ', align: spec.align === '=' ? '>' : spec.align }, '>')
        case '%':
          return '%'
        case 'c':
          return pad(
            typeof v === 'string' ? v : String.fromCodePoint(Number(v)),
            '',
            { ...spec, fill: ' ' },
            '>',
          )
        case 'd':
        case 'i':
        case 'u': {
          let n = asInt(v)
          if (n === undefined) {
            if (v instanceof PyFloat) n = Math.trunc(v.v)
            else throw pyError(TypeError, `%${conv} format: a real number is required, not ${typeOf(v).name}`)
          }
          const body = formatInt(n, { ...spec, precision: -1, type: 'd' })
          if (spec.precision > 0) {
            const neg = n < 0
            const digits = (neg ? -BigInt(n) : BigInt(n)).toString().padStart(spec.precision, '0')
            return pad(digits, signOf(neg, spec), spec, '>')
          }
          return body
        }
        case 'o':
        case 'x':
        case 'X': {
          const n = asInt(v)
          if (n === undefined)
            throw pyError(TypeError, `%${conv} format: an integer is required, not ${typeOf(v).name}`)
          return formatInt(n, { ...spec, precision: -1, type: conv })
        }
        default: {
          let f: number
          if (v instanceof PyFloat) f = v.v
          else if (asInt(v) !== undefined) f = Number(asInt(v))
          else throw pyError(TypeError, `must be real number, not ${typeOf(v).name}`)
          return formatFloat(f, { ...spec, type: conv, precision: spec.precision < 0 ? 6 : spec.precision })
        }
      }
    },
  )
  if (!usedMapping && idx < tuple.length && mapping === null)
    throw pyError(TypeError, 'not all arguments converted during string formatting')
  return out
}

/** `str.format(*args, **kwargs)`. */
export function strFormat(fmt: string, args: PyValue[], kwargs: Map<string, PyValue>): string {
  let auto = 0
  let mode: 'auto' | 'manual' | null = null
  let out = ''
  let i = 0
  while (i < fmt.length) {
    const c = fmt[i]!
    if (c === '{') {
      if (fmt[i + 1] === '{') {
        out += '{'
        i += 2
        continue
      }
      let depth = 1
      let j = i + 1
      while (j < fmt.length && depth > 0) {
        if (fmt[j] === '{') depth++
        else if (fmt[j] === '}') depth--
        if (depth > 0) j++
      }
      if (j >= fmt.length) {
        throw pyError(
          ValueError,
          i === fmt.length - 1
            ? "Single '{' encountered in format string"
            : "expected '}' before end of string",
        )
      }
      const field = fmt.slice(i + 1, j)
      const m = /^([^!:]*)(?:!([^:]*))?(?::(.*))?$/s.exec(field)!
      const name = m[1]!
      const conv = m[2]
      let spec = m[3] ?? ''
      if (spec.includes('{')) spec = strFormat(spec, args, kwargs)
      const pm = /^([^.[]*)(.*)$/s.exec(name)!
      let first = pm[1]!
      let v: PyValue
      if (first === '') {
        if (mode === 'manual')
          throw pyError(
            ValueError,
            'cannot switch from manual field specification to automatic field numbering',
          )
        mode = 'auto'
        first = String(auto++)
      } else if (/^\d+$/.test(first)) {
        if (mode === 'auto')
          throw pyError(
            ValueError,
            'cannot switch from automatic field numbering to manual field specification',
          )
        mode = 'manual'
      }
      if (/^\d+$/.test(first)) {
        const k = Number(first)
        if (k >= args.length)
          throw pyError(IndexError, `Replacement index ${k} out of range for positional args tuple`)
        v = args[k]
      } else {
        v = kwargs.get(first)
        if (v === undefined) throw pyError(KeyError, first)
      }
      const rest = pm[2]!
      const re = /\.([^.[]+)|\[([^\]]*)\]/g
      let mm: RegExpExecArray | null
      while ((mm = re.exec(rest)) !== null) {
        if (mm[1] !== undefined) v = getattr(v, mm[1])
        else v = getitem(v, /^\d+$/.test(mm[2]!) ? Number(mm[2]) : mm[2])
      }
      if (conv === 'r') v = repr(v)
      else if (conv === 's') v = str(v)
      else if (conv === 'a') v = ascii(v)
      else if (conv !== undefined) throw pyError(ValueError, `Unknown conversion specifier ${conv}`)
      out += formatValue(v, spec)
      i = j + 1
    } else if (c === '}') {
      if (fmt[i + 1] === '}') {
        out += '}'
        i += 2
        continue
      }
      throw pyError(ValueError, "Single '}' encountered in format string")
    } else {
      out += c
      i++
    }
  }
  return out
}
