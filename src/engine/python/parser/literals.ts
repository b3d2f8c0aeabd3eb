/** Decodes the body of a non-raw string literal's escapes; returns null on a bad \N or \x escape. */
export function decodeEscapes(body: string, bytes: boolean): string {
  let out = ''
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!
    if (c !== '\\') {
      out += c
      continue
    }
    const d = body[++i]
    switch (d) {
      case undefined:
        out += '\\'
        break
      case '\n':
        break
      case '\\':
        out += '\\'
        break
      case "'":
        out += "'"
        break
      case '"':
        out += '"'
        break
      case 'a':
        out += '\x07'
        break
      case 'b':
        out += '\b'
        break
      case 'f':
        out += '\f'
        break
      case 'n':
        out += '\n'
        break
      case 'r':
        out += '\r'
        break
      case 't':
        out += '\t'
        break
      case 'v':
        out += '\v'
        break
      case 'x': {
        const hex = body.slice(i + 1, i + 3)
        if (!/^[0-9a-fA-F]{2}$/.test(hex))
          throw new EscapeError(
            `(${bytes ? 'value' : 'unicode'} error) ${bytes ? 'invalid \\x escape at position ' + (i - 1) : "'unicodeescape' codec can't decode bytes in position " + (i - 1) + '-' + (i + hex.length) + ': truncated \\xXX escape'}`,
          )
        out += String.fromCharCode(parseInt(hex, 16))
        i += 2
        break
      }
      case 'u':
      case 'U': {
        if (bytes) {
          out += '\\' + d
          break
        }
        const n = d === 'u' ? 4 : 8
        const hex = body.slice(i + 1, i + 1 + n)
        if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) {
          throw new EscapeError(
            `(unicode error) 'unicodeescape' codec can't decode bytes in position ${i - 1}-${i + hex.length}: truncated \\${d}${'X'.repeat(n)} escape`,
          )
        }
        out += String.fromCodePoint(parseInt(hex, 16))
        i += n
        break
      }
      case 'N': {
        const m = /^\{([^}]*)\}/.exec(body.slice(i + 1))
        if (!m || bytes) {
          out += '\\N'
          break
        }
        const ch = NAMED[m[1]!.toUpperCase()]
        if (ch === undefined)
          throw new EscapeError(
            `(unicode error) 'unicodeescape' codec can't decode bytes in position ${i - 1}-${i + m[0].length}: unknown Unicode character name`,
          )
        out += ch
        i += m[0].length
        break
      }
      default:
        if (d >= '0' && d <= '7') {
          let oct = d
          while (oct.length < 3 && body[i + 1]! >= '0' && body[i + 1]! <= '7') oct += body[++i]
          out += String.fromCharCode(parseInt(oct, 8))
        } else {
          out += '\\' + d
        }
    }
  }
  return out
}

/** A bad escape inside a string literal. */
export class EscapeError extends Error {}

const NAMED: Record<string, string> = {
  BULLET: '\u2022',
  'EM DASH': '\u2014',
  'EN DASH': '\u2013',
  'NO-BREAK SPACE': '\u00a0',
  'HORIZONTAL ELLIPSIS': '\u2026',
  'COPYRIGHT SIGN': '\u00a9',
  'DEGREE SIGN': '\u00b0',
  SNOWMAN: '\u2603',
  'GREEK SMALL LETTER ALPHA': '\u03b1',
  'EURO SIGN': '\u20ac',
  'RIGHTWARDS ARROW': '\u2192',
  'CHECK MARK': '\u2713',
  'LATIN SMALL LETTER E WITH ACUTE': '\u00e9',
}

/** The value of an integer literal: a JS number when safe, a bigint beyond. */
export function parseIntLiteral(text: string): number | bigint {
  const t = text.replace(/_/g, '')
  let big: bigint
  if (/^0[xX]/.test(t)) big = BigInt(t)
  else if (/^0[oO]/.test(t)) big = BigInt('0o' + t.slice(2))
  else if (/^0[bB]/.test(t)) big = BigInt('0b' + t.slice(2))
  else big = BigInt(t)
  return big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big
}
