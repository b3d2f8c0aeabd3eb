import { PyFloat, PyObject, type PyValue } from '../../objects/base'
import { PyList, PyTuple } from '../../objects/containers'
import { PyDict } from '../../objects/dict'
import { pyError, TypeError, ValueError } from '../../objects/exceptions'
import { lt, truthy } from '../../objects/compare'
import { floatRepr } from '../../objects/repr'
import { None, typeOf } from '../../objects/types'
import { encodeJsonString } from './json-string'

/** The settings of one `json.dumps` call (a JSONEncoder's attributes). */
export interface JsonEncodeOptions {
  readonly skipkeys: boolean
  readonly ensureAscii: boolean
  readonly checkCircular: boolean
  readonly allowNan: boolean
  readonly sortKeys: boolean
  /** The indent unit, or null for single-line output. */
  readonly indent: string | null
  readonly itemSeparator: string
  readonly keySeparator: string
  /** Called for values JSON cannot encode; returns an encodable replacement or raises. */
  readonly fallback: (value: PyValue) => PyValue
}

function primitiveOf(v: PyValue): PyValue {
  return v instanceof PyObject && v.prim !== undefined ? v.prim : v
}

function floatText(x: number, allowNan: boolean): string {
  if (Number.isFinite(x)) return floatRepr(x)
  if (!allowNan) throw pyError(ValueError, 'Out of range float values are not JSON compliant')
  return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity'
}

/** Encodes a Python value as `json.dumps` does, with CPython's separators, escapes and errors. */
export function encodeJson(value: PyValue, options: JsonEncodeOptions): string {
  const active = new Set<PyValue>()
  const parts: string[] = []

  const keyText = (key: PyValue): string | null => {
    const k = primitiveOf(key)
    if (typeof k === 'string') return k
    if (k === true) return 'true'
    if (k === false) return 'false'
    if (k === None) return 'null'
    if (typeof k === 'number' || typeof k === 'bigint') return String(k)
    if (k instanceof PyFloat) return floatText(k.v, options.allowNan)
    if (options.skipkeys) return null
    throw pyError(TypeError, `keys must be str, int, float, bool or None, not ${typeOf(key).name}`)
  }

  const enter = (container: PyValue): void => {
    if (!options.checkCircular) return
    if (active.has(container)) throw pyError(ValueError, 'Circular reference detected')
    active.add(container)
  }

  const write = (v: PyValue, level: number): void => {
    const p = primitiveOf(v)
    if (typeof p === 'string') return void parts.push(encodeJsonString(p, options.ensureAscii))
    if (p === None) return void parts.push('null')
    if (p === true) return void parts.push('true')
    if (p === false) return void parts.push('false')
    if (typeof p === 'number' || typeof p === 'bigint') return void parts.push(String(p))
    if (p instanceof PyFloat) return void parts.push(floatText(p.v, options.allowNan))
    const newline = options.indent === null ? '' : '\n' + options.indent.repeat(level + 1)
    const closing = options.indent === null ? '' : '\n' + options.indent.repeat(level)
    if (v instanceof PyList || v instanceof PyTuple) {
      if (v.items.length === 0) return void parts.push('[]')
      enter(v)
      parts.push('[' + newline)
      v.items.forEach((item, i) => {
        if (i > 0) parts.push(options.itemSeparator + newline)
        write(item, level + 1)
      })
      parts.push(closing + ']')
      active.delete(v)
      return
    }
    if (v instanceof PyDict) {
      if (v.size === 0) return void parts.push('{}')
      enter(v)
      let entries = [...v.entries()]
      if (options.sortKeys) {
        entries = entries.sort(([a], [b]) => (truthy(lt(a, b)) ? -1 : truthy(lt(b, a)) ? 1 : 0))
      }
      parts.push('{' + newline)
      let first = true
      for (const [key, item] of entries) {
        const text = keyText(key)
        if (text === null) continue
        if (!first) parts.push(options.itemSeparator + newline)
        first = false
        parts.push(encodeJsonString(text, options.ensureAscii) + options.keySeparator)
        write(item, level + 1)
      }
      parts.push(closing + '}')
      active.delete(v)
      return
    }
    enter(v)
    write(options.fallback(v), level)
    active.delete(v)
  }

  write(value, 0)
  return parts.join('')
}

/** The TypeError `JSONEncoder.default` raises. */
export function notSerializable(value: PyValue): never {
  throw pyError(TypeError, `Object of type ${typeOf(value).name} is not JSON serializable`)
}
