/** A rejected template: `re.error` text, or IndexError for an unknown group name (as CPython raises). */
export interface TemplateError {
  readonly error: string
  readonly indexError?: true
}

/** One piece of a parsed replacement template: literal text or a group number. */
export type TemplatePart = string | number

/**
 * Parses an `re.sub` replacement template (`\1`, `\g<1>`, `\g<name>`, `\n`, ...) into literal
 * text and group references, or returns CPython's `re.error` message.
 */
export function parseTemplate(
  template: string,
  groupCount: number,
  names: ReadonlyMap<string, number>,
): TemplatePart[] | TemplateError {
  const parts: TemplatePart[] = []
  let text = ''
  const flush = (): void => {
    if (text !== '') parts.push(text)
    text = ''
  }
  const simple: Record<string, string> = {
    n: '\n',
    t: '\t',
    r: '\r',
    f: '\f',
    v: '\v',
    a: '\x07',
    b: '\b',
    '\\': '\\',
  }
  for (let i = 0; i < template.length; i++) {
    const ch = template[i]!
    if (ch !== '\\') {
      text += ch
      continue
    }
    const start = i
    const next = template[i + 1]
    if (next === undefined) return { error: `bad escape (end of pattern) at position ${start}` }
    i++
    if (next === 'g') {
      if (template[i + 1] !== '<') return { error: `missing < at position ${i + 1}` }
      const end = template.indexOf('>', i + 2)
      if (end < 0) return { error: `missing >, unterminated name at position ${i + 2}` }
      const name = template.slice(i + 2, end)
      if (name === '') return { error: `missing group name at position ${i + 2}` }
      let number: number
      if (/^[0-9]+$/.test(name)) {
        number = Number(name)
        if (number > groupCount) return { error: `invalid group reference ${number} at position ${i + 2}` }
      } else {
        if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name))
          return { error: `bad character in group name '${name}' at position ${i + 2}` }
        const found = names.get(name)
        if (found === undefined) return { error: `unknown group name '${name}'`, indexError: true }
        number = found
      }
      flush()
      parts.push(number)
      i = end
      continue
    }
    const octal = /^(?:0[0-7]{0,2}|[0-7]{3})/.exec(template.slice(i))
    if (octal) {
      text += String.fromCodePoint(parseInt(octal[0], 8))
      i += octal[0].length - 1
      continue
    }
    const digits = /^[0-9]{1,2}/.exec(template.slice(i))
    if (digits) {
      const number = Number(digits[0])
      if (number > groupCount) return { error: `invalid group reference ${number} at position ${start + 1}` }
      flush()
      parts.push(number)
      i += digits[0].length - 1
      continue
    }
    if (simple[next] !== undefined) {
      text += simple[next]
      continue
    }
    if (/[A-Za-z]/.test(next)) return { error: `bad escape \\${next} at position ${start}` }
    text += `\\${next}`
  }
  flush()
  return parts
}
