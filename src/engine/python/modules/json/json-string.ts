/**
 * A str as a JSON string literal exactly as Python's `json.dumps` writes it: with
 * `ensure_ascii` every non-ASCII code unit becomes `\uXXXX` (astral characters as surrogate pairs).
 */
export function encodeJsonString(value: string, ensureAscii: boolean): string {
  let out = '"'
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!
    const code = ch.charCodeAt(0)
    switch (ch) {
      case '"':
        out += '\\"'
        break
      case '\\':
        out += '\\\\'
        break
      case '\n':
        out += '\\n'
        break
      case '\r':
        out += '\\r'
        break
      case '\t':
        out += '\\t'
        break
      case '\b':
        out += '\\b'
        break
      case '\f':
        out += '\\f'
        break
      default:
        if (code < 0x20 || (ensureAscii && code > 0x7e)) out += `\\u${code.toString(16).padStart(4, '0')}`
        else out += ch
    }
  }
  return out + '"'
}
