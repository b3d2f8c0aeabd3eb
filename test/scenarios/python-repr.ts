/**
 * Python's `repr` of the values Python's sqlite3 module returns (int, float, str, bytes, None), so that
 * database cells read with sql.js compare with the oracle's transcripts.
 */

/** A cell as SQLite stores it: its storage class (what `typeof()` returns) and its value. */
export type SqliteCell =
  | { readonly type: 'integer'; readonly value: number | bigint }
  | { readonly type: 'real'; readonly value: number }
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'blob'; readonly value: Uint8Array }
  | { readonly type: 'null' }

const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0')
}

/** `repr(float)`: the shortest digits that round-trip, fixed notation for exponents -4..15, else `1e+16`. */
export function pythonFloatRepr(value: number): string {
  if (Number.isNaN(value)) return 'nan'
  if (value === Infinity) return 'inf'
  if (value === -Infinity) return '-inf'
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0'
  const sign = value < 0 ? '-' : ''
  const [mantissa, exponentText] = Math.abs(value).toExponential().split('e') as [string, string]
  const digits = mantissa.replace('.', '')
  const exponent = Number(exponentText)
  if (exponent < -4 || exponent >= 16) {
    const fraction = digits.length > 1 ? `.${digits.slice(1)}` : ''
    const power = `${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`
    return `${sign}${digits[0]}${fraction}e${power}`
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0')
  const fraction = digits.slice(exponent + 1)
  return `${sign}${whole}.${fraction === '' ? '0' : fraction}`
}

/** `repr(str)`: single quotes unless the text holds a single quote and no double quote; Python's escapes. */
export function pythonStrRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'"
  let out = quote
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (char === quote || char === '\\') out += '\\' + char
    else if (char === '\t') out += '\\t'
    else if (char === '\n') out += '\\n'
    else if (char === '\r') out += '\\r'
    else if (code < 0x20 || code === 0x7f) out += '\\x' + hex(code, 2)
    else if (code < 0x7f) out += char
    else if (!NOT_PRINTABLE.test(char)) out += char
    else if (code <= 0xff) out += '\\x' + hex(code, 2)
    else if (code <= 0xffff) out += '\\u' + hex(code, 4)
    else out += '\\U' + hex(code, 8)
  }
  return out + quote
}

/** `repr(bytes)`: `b'...'` with printable ASCII as is and every other byte as `\xNN`. */
export function pythonBytesRepr(bytes: Uint8Array): string {
  const hasSingle = bytes.includes(0x27)
  const quote = hasSingle && !bytes.includes(0x22) ? '"' : "'"
  let out = 'b' + quote
  for (const byte of bytes) {
    const char = String.fromCharCode(byte)
    if (char === quote || char === '\\') out += '\\' + char
    else if (char === '\t') out += '\\t'
    else if (char === '\n') out += '\\n'
    else if (char === '\r') out += '\\r'
    else if (byte < 0x20 || byte >= 0x7f) out += '\\x' + hex(byte, 2)
    else out += char
  }
  return out + quote
}

/** `repr()` of the Python value sqlite3 returns for a cell. */
export function pythonCellRepr(cell: SqliteCell): string {
  switch (cell.type) {
    case 'integer':
      return String(cell.value)
    case 'real':
      return pythonFloatRepr(cell.value)
    case 'text':
      return pythonStrRepr(cell.value)
    case 'blob':
      return pythonBytesRepr(cell.value)
    case 'null':
      return 'None'
    default: {
      const unknown: never = cell
      throw new TypeError(`not a SQLite cell: ${JSON.stringify(unknown)}`)
    }
  }
}
