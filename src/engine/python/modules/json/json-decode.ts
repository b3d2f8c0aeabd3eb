/** Builds the host's values while JSON text is decoded (Python objects, in the `json` module). */
export interface JsonBuilders<T> {
  object(pairs: [string, T][]): T
  array(items: T[]): T
  string(value: string): T
  integer(text: string): T
  float(text: string): T
  constant(name: 'NaN' | 'Infinity' | '-Infinity' | 'true' | 'false' | 'null'): T
}

/** A decoding failure: CPython's message without the position suffix, and the character index. */
export class JsonDecodeFailure {
  constructor(
    readonly msg: string,
    readonly pos: number,
  ) {}
}

/** `msg: line L column C (char P)`, the text of CPython's JSONDecodeError, with line and column for `pos` in `doc`. */
export function decodeErrorText(
  msg: string,
  doc: string,
  pos: number,
): { text: string; lineno: number; colno: number } {
  const before = doc.slice(0, pos)
  const lineno = before.split('\n').length
  const colno = pos - before.lastIndexOf('\n')
  return { text: `${msg}: line ${lineno} column ${colno} (char ${pos})`, lineno, colno }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r'])
const NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/y
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
}

/**
 * Decodes JSON text as Python's `json.loads` does (NaN/Infinity accepted, ints kept as text for
 * arbitrary precision, CPython's error messages); throws JsonDecodeFailure.
 */
export function decodeJson<T>(text: string, build: JsonBuilders<T>): T {
  let pos = 0
  const skip = (): void => {
    while (pos < text.length && WHITESPACE.has(text[pos]!)) pos++
  }
  const fail = (msg: string, at: number): never => {
    throw new JsonDecodeFailure(msg, at)
  }

  const parseString = (): string => {
    const start = pos
    pos++
    let out = ''
    for (;;) {
      if (pos >= text.length) fail('Unterminated string starting at', start)
      const ch = text[pos]!
      if (ch === '"') {
        pos++
        return out
      }
      if (ch === '\\') {
        const next = text[pos + 1]
        if (next === undefined) fail('Unterminated string starting at', start)
        if (next === 'u') {
          const code = readHex(pos + 2)
          if (code === null) fail('Invalid \\uXXXX escape', pos + 1)
          let value = String.fromCharCode(code!)
          pos += 6
          if (code! >= 0xd800 && code! <= 0xdbff && text[pos] === '\\' && text[pos + 1] === 'u') {
            const low = readHex(pos + 2)
            if (low !== null && low >= 0xdc00 && low <= 0xdfff) {
              value += String.fromCharCode(low)
              pos += 6
            }
          }
          out += value
          continue
        }
        const escaped = ESCAPES[next!]
        if (escaped === undefined) fail('Invalid \\escape', pos)
        out += escaped
        pos += 2
        continue
      }
      if (ch.charCodeAt(0) < 0x20) fail('Invalid control character at', pos)
      out += ch
      pos++
    }
  }

  const readHex = (at: number): number | null => {
    const hex = text.slice(at, at + 4)
    return /^[0-9a-fA-F]{4}$/.test(hex) ? parseInt(hex, 16) : null
  }

  const parseValue = (): T => {
    skip()
    const ch = text[pos]
    if (ch === '"') return build.string(parseString())
    if (ch === '{') return parseObject()
    if (ch === '[') return parseArray()
    for (const name of ['null', 'true', 'false', 'NaN', 'Infinity', '-Infinity'] as const) {
      if (text.startsWith(name, pos)) {
        pos += name.length
        return build.constant(name)
      }
    }
    NUMBER.lastIndex = pos
    const number = NUMBER.exec(text)
    if (number === null) return fail('Expecting value', pos)
    pos += number[0].length
    return number[1] === undefined && number[2] === undefined
      ? build.integer(number[0])
      : build.float(number[0])
  }

  const parseObject = (): T => {
    pos++
    const pairs: [string, T][] = []
    skip()
    if (text[pos] === '}') {
      pos++
      return build.object(pairs)
    }
    for (;;) {
      skip()
      if (text[pos] !== '"') fail('Expecting property name enclosed in double quotes', pos)
      const key = parseString()
      skip()
      if (text[pos] !== ':') fail("Expecting ':' delimiter", pos)
      pos++
      pairs.push([key, parseValue()])
      skip()
      if (text[pos] === '}') {
        pos++
        return build.object(pairs)
      }
      if (text[pos] !== ',') fail("Expecting ',' delimiter", pos)
      pos++
    }
  }

  const parseArray = (): T => {
    pos++
    const items: T[] = []
    skip()
    if (text[pos] === ']') {
      pos++
      return build.array(items)
    }
    for (;;) {
      items.push(parseValue())
      skip()
      if (text[pos] === ']') {
        pos++
        return build.array(items)
      }
      if (text[pos] !== ',') fail("Expecting ',' delimiter", pos)
      pos++
    }
  }

  const value = parseValue()
  skip()
  if (pos < text.length) fail('Extra data', pos)
  return value
}
