import { describe, expect, it } from 'vitest'
import {
  decodeErrorText,
  decodeJson,
  JsonDecodeFailure,
} from '../../../src/engine/python/modules/json/json-decode'
import { encodeJsonString } from '../../../src/engine/python/modules/json/json-string'
import { goldens } from './goldens'

const pythonRepr = {
  object: (pairs: [string, string][]) => `{${pairs.map(([k, v]) => `'${k}': ${v}`).join(', ')}}`,
  array: (items: string[]) => `[${items.join(', ')}]`,
  string: (s: string) => `'${s}'`,
  integer: (text: string) => String(BigInt(text)),
  float: (text: string) => String(Number(text)),
  constant: (name: string) =>
    ({ true: 'True', false: 'False', null: 'None', NaN: 'nan', Infinity: 'inf', '-Infinity': '-inf' })[name]!,
}

describe('json.loads errors', () => {
  it('name the same problem, line, column and char as CPython', () => {
    const rows = goldens.jsonDecode as [string, string][]
    const actual = rows.map(([text]) => {
      try {
        return [text, decodeJson(text, pythonRepr)]
      } catch (error) {
        if (!(error instanceof JsonDecodeFailure)) throw error
        return [text, decodeErrorText(error.msg, text, error.pos).text]
      }
    })
    expect(actual).toEqual(rows)
  })
})

describe('json.dumps strings', () => {
  it('escape exactly as CPython with and without ensure_ascii', () => {
    const rows = goldens.jsonStrings as [string, string, string][]
    expect(rows.map(([s]) => [s, encodeJsonString(s, true), encodeJsonString(s, false)])).toEqual(rows)
  })
})
