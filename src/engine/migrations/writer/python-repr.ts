/**
 * Python's `repr()` of a str: single quotes unless the text holds a single quote and no double quote;
 * backslash escapes for `\\`, the quote, `\n`, `\r`, `\t`; `\xNN`/`\uNNNN`/`\UNNNNNNNN` for characters
 * Python does not print (controls, separators, unassigned and private-use code points).
 */
export function reprStr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'"
  let out = quote
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (ch === quote || ch === '\\') out += '\\' + ch
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (isPrintable(ch, code)) out += ch
    else if (code < 0x100) out += '\\x' + code.toString(16).padStart(2, '0')
    else if (code < 0x10000) out += '\\u' + code.toString(16).padStart(4, '0')
    else out += '\\U' + code.toString(16).padStart(8, '0')
  }
  return out + quote
}

const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u

function isPrintable(ch: string, code: number): boolean {
  if (code === 0x20) return true
  if (code < 0x7f) return code >= 0x20
  return !NOT_PRINTABLE.test(ch)
}

/** Python's `repr()` of bytes: `b'...'` with `\xNN` escapes for non-printable bytes. */
export function reprBytes(bytes: Uint8Array): string {
  let hasSingle = false
  let hasDouble = false
  for (const b of bytes) {
    if (b === 0x27) hasSingle = true
    if (b === 0x22) hasDouble = true
  }
  const quote = hasSingle && !hasDouble ? '"' : "'"
  let out = 'b' + quote
  for (const b of bytes) {
    const ch = String.fromCharCode(b)
    if (ch === quote || ch === '\\') out += '\\' + ch
    else if (b === 0x0a) out += '\\n'
    else if (b === 0x0d) out += '\\r'
    else if (b === 0x09) out += '\\t'
    else if (b >= 0x20 && b < 0x7f) out += ch
    else out += '\\x' + b.toString(16).padStart(2, '0')
  }
  return out + quote
}

/**
 * Python's `repr()` of a float: the shortest text that round-trips, in fixed notation for exponents
 * from -4 to 15 (`0.0001`, `1.5`, `1e+16`, `1e-05`), with `.0` on integral values; `inf`, `nan`.
 */
export function reprFloat(value: number): string {
  if (Number.isNaN(value)) return 'nan'
  if (value === Infinity) return 'inf'
  if (value === -Infinity) return '-inf'
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0'
  const sign = value < 0 ? '-' : ''
  const [mantissa, expText] = Math.abs(value).toExponential().split('e') as [string, string]
  const digits = mantissa.replace('.', '')
  const exp = Number(expText)
  if (exp >= -4 && exp < 16) {
    if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`
    const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0')
    const frac = digits.slice(exp + 1)
    return `${sign}${intPart}.${frac === '' ? '0' : frac}`
  }
  const rest = digits.slice(1)
  const expStr = `${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`
  return `${sign}${digits[0]}${rest === '' ? '' : '.' + rest}e${expStr}`
}
