import type { PyValue } from '../../objects/base'
import { getattr, setattr } from '../../objects/attributes'
import { call, callKw } from '../../objects/calls'
import { PyBytes, newList, newTuple } from '../../objects/containers'
import { PyBaseException, pyError, TypeError, ValueError } from '../../objects/exceptions'
import { toArray } from '../../objects/iteration'
import { nativeClass, nativeFunction, newExceptionClass } from '../../objects/native'
import { truthy } from '../../objects/compare'
import { newDict, None, pyFloat, typeOf } from '../../objects/types'
import { norm } from '../../objects/numbers'
import type { NativeModule } from '../registry'
import { decodeErrorText, decodeJson, JsonDecodeFailure, type JsonBuilders } from './json-decode'
import { encodeJson, notSerializable } from './json-encode'

const ENCODER_PARAMS =
  '(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, sort_keys=False, indent=None, separators=None, default=None)'
const ENCODER_NAMES = [
  'skipkeys',
  'ensure_ascii',
  'check_circular',
  'allow_nan',
  'sort_keys',
  'indent',
  'separators',
  'default',
]

function indentUnit(indent: PyValue): string | null {
  if (indent === None) return null
  if (typeof indent === 'string') return indent
  if (typeof indent === 'number') return ' '.repeat(Math.max(0, indent))
  throw pyError(TypeError, `can't multiply sequence by non-int of type '${typeOf(indent).name}'`)
}

function decodeText(s: PyValue): string {
  if (typeof s === 'string') return s
  if (s instanceof PyBytes) return new TextDecoderLike().decode(s.bytes)
  throw pyError(TypeError, `the JSON object must be str, bytes or bytearray, not ${typeOf(s).name}`)
}

/** A minimal UTF-8 decoder (the engine has no DOM TextDecoder). */
class TextDecoderLike {
  decode(bytes: Uint8Array): string {
    let out = ''
    for (let i = 0; i < bytes.length;) {
      const b = bytes[i]!
      const size = b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4
      let code = size === 1 ? b : b & (0xff >> (size + 1))
      for (let j = 1; j < size; j++) code = (code << 6) | (bytes[i + j]! & 63)
      out += String.fromCodePoint(code)
      i += size
    }
    return out
  }
}

/** `json`: dumps/loads/dump/load with CPython's exact output, JSONEncoder/JSONDecoder and JSONDecodeError. */
export const jsonModule: NativeModule = {
  name: 'json',
  build(module, interp) {
    void interp
    const JSONDecodeError = newExceptionClass('JSONDecodeError', [ValueError], 'json.decoder')
    JSONDecodeError.dict.set(
      '__init__',
      nativeFunction(
        '__init__',
        '(self, msg, doc, pos)',
        ([self, msg, doc, pos]) => {
          const e = self as PyBaseException
          const where = decodeErrorText(String(msg), String(doc), Number(pos))
          e.args = [where.text]
          for (const [k, v] of Object.entries({ msg, doc, pos, lineno: where.lineno, colno: where.colno }))
            setattr(e, k, v)
          return None
        },
        { isMethod: true, qualname: 'JSONDecodeError.__init__' },
      ),
    )
    JSONDecodeError.invalidate()

    const JSONEncoder = nativeClass({
      name: 'JSONEncoder',
      module: 'json.encoder',
      attrs: { item_separator: ', ', key_separator: ': ' },
      methods: {
        __init__: [
          ENCODER_PARAMS,
          (args) => {
            const self = args[0]
            ENCODER_NAMES.forEach((name, i) => {
              const value = args[i + 1]
              if (name === 'separators') {
                if (value !== None) {
                  const [item, key] = toArray(value)
                  setattr(self, 'item_separator', item)
                  setattr(self, 'key_separator', key)
                } else if (args[6] !== None) {
                  setattr(self, 'item_separator', ',')
                }
              } else if (name === 'default') {
                if (value !== None) setattr(self, 'default', value)
              } else {
                setattr(self, name, value)
              }
            })
            return None
          },
        ],
        default: ['(self, o)', ([, o]) => notSerializable(o)],
        encode: [
          '(self, o)',
          ([self, o]) => {
            const attr = (name: string) => getattr(self, name)
            return encodeJson(o, {
              skipkeys: truthy(attr('skipkeys')),
              ensureAscii: truthy(attr('ensure_ascii')),
              checkCircular: truthy(attr('check_circular')),
              allowNan: truthy(attr('allow_nan')),
              sortKeys: truthy(attr('sort_keys')),
              indent: indentUnit(attr('indent')),
              itemSeparator: String(attr('item_separator')),
              keySeparator: String(attr('key_separator')),
              fallback: (value) => call(attr('default'), [value]),
            })
          },
        ],
        iterencode: [
          '(self, o, _one_shot=False)',
          ([self, o]) => newList([call(getattr(self, 'encode'), [o])]),
        ],
      },
    })

    const encoderFor = (cls: PyValue, options: PyValue[]): PyValue => {
      const kwargs: Record<string, PyValue> = {}
      ENCODER_NAMES.forEach((name, i) => {
        kwargs[name] = options[i]
      })
      return callKw(cls === None ? JSONEncoder : cls, [], kwargs)
    }

    const DUMPS_PARAMS =
      '*, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw'
    const dumps = (obj: PyValue, rest: PyValue[]): string => {
      const [skipkeys, ensureAscii, checkCircular, allowNan, cls, indent, separators, fallback, sortKeys] =
        rest
      const encoder = encoderFor(cls, [
        skipkeys,
        ensureAscii,
        checkCircular,
        allowNan,
        sortKeys,
        indent,
        separators,
        fallback,
      ])
      return call(getattr(encoder, 'encode'), [obj]) as string
    }
    module.set(
      'dumps',
      nativeFunction('dumps', `(obj, ${DUMPS_PARAMS})`, ([obj, ...rest]) => dumps(obj, rest)),
    )
    module.set(
      'dump',
      nativeFunction('dump', `(obj, fp, ${DUMPS_PARAMS})`, ([obj, fp, ...rest]) => {
        call(getattr(fp, 'write'), [dumps(obj, rest)])
        return None
      }),
    )

    const LOADS_PARAMS =
      '*, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, object_pairs_hook=None, **kw'
    const loads = (s: PyValue, hooks: PyValue[]): PyValue => {
      const [, objectHook, parseFloat, parseInt, parseConstant, objectPairsHook] = hooks
      const text = decodeText(s)
      const builders: JsonBuilders<PyValue> = {
        object: (pairs) => {
          if (objectPairsHook !== None)
            return call(objectPairsHook, [newList(pairs.map(([k, v]) => newTuple([k, v])))])
          const d = newDict()
          for (const [k, v] of pairs) d.set(k, v)
          return objectHook === None ? d : call(objectHook, [d])
        },
        array: (items) => newList(items),
        string: (value) => value,
        integer: (digits) => (parseInt === None ? norm(BigInt(digits)) : call(parseInt, [digits])),
        float: (digits) => (parseFloat === None ? pyFloat(Number(digits)) : call(parseFloat, [digits])),
        constant: (name) => {
          if (name === 'true') return true
          if (name === 'false') return false
          if (name === 'null') return None
          if (parseConstant !== None) return call(parseConstant, [name])
          return pyFloat(name === 'NaN' ? NaN : name === 'Infinity' ? Infinity : -Infinity)
        },
      }
      try {
        return decodeJson(text, builders)
      } catch (error) {
        if (error instanceof JsonDecodeFailure) throw call(JSONDecodeError, [error.msg, text, error.pos])
        throw error
      }
    }
    module.set(
      'loads',
      nativeFunction('loads', `(s, ${LOADS_PARAMS})`, ([s, ...hooks]) => loads(s, hooks)),
    )
    module.set(
      'load',
      nativeFunction('load', `(fp, ${LOADS_PARAMS})`, ([fp, ...hooks]) =>
        loads(call(getattr(fp, 'read'), []), hooks),
      ),
    )

    const JSONDecoder = nativeClass({
      name: 'JSONDecoder',
      module: 'json.decoder',
      methods: {
        __init__: [
          '(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True, object_pairs_hook=None)',
          (args) => {
            ;[
              'object_hook',
              'parse_float',
              'parse_int',
              'parse_constant',
              'strict',
              'object_pairs_hook',
            ].forEach((n, i) => setattr(args[0], n, args[i + 1]))
            return None
          },
        ],
        decode: [
          '(self, s)',
          ([self, s]) => {
            const hook = (n: string) => getattr(self, n)
            return loads(s, [
              None,
              hook('object_hook'),
              hook('parse_float'),
              hook('parse_int'),
              hook('parse_constant'),
              hook('object_pairs_hook'),
            ])
          },
        ],
      },
    })
    module.set('JSONEncoder', JSONEncoder)
    module.set('JSONDecoder', JSONDecoder)
    module.set('JSONDecodeError', JSONDecodeError)
  },
}
