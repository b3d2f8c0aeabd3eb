import { INLINE_FLAGS, RE_FLAGS } from './flags'

/** A Python pattern rewritten as a JavaScript RegExp source with the `u` flag. */
export interface TranslatedPattern {
  readonly source: string
  /** JS flags to add besides `u`, `d` and the search mode (`i` for a global IGNORECASE). */
  readonly jsFlags: string
  /** The pattern's flags as `Pattern.flags` reports them (UNICODE added unless ASCII). */
  readonly flags: number
  readonly groupCount: number
  /** Group names in definition order, with their numbers. */
  readonly groupNames: ReadonlyMap<string, number>
}

/** Why a pattern was rejected: CPython's `re.error` text, `at position N` included. */
export interface PatternError {
  readonly error: string
}

interface Scope {
  readonly ignoreCase: boolean
  readonly multiline: boolean
  readonly dotall: boolean
  readonly verbose: boolean
  readonly ascii: boolean
}

const JS_SYNTAX = new Set('^$\\.*+?()[]{}|/')
const CLASS_SYNTAX = new Set('\\]-^[')
const WORD = '[\\p{L}\\p{N}_]'
const ASCII_WORD = '[A-Za-z0-9_]'
const VERBOSE_SPACE = new Set(' \t\n\r\v\f')

class Failure {
  constructor(readonly message: string) {}
}

function codePointAt(text: string, i: number): string {
  return String.fromCodePoint(text.codePointAt(i)!)
}

function escapeChar(ch: string, inClass: boolean): string {
  if (inClass ? CLASS_SYNTAX.has(ch) : JS_SYNTAX.has(ch)) return `\\${ch}`
  const code = ch.codePointAt(0)!
  if (code < 0x20 || code === 0x7f) return `\\x${code.toString(16).padStart(2, '0')}`
  return ch
}

/** Rewrites a Python `re` pattern for JavaScript, or returns CPython's error message for it. */
export function translatePattern(pattern: string, flags: number): TranslatedPattern | PatternError {
  try {
    return new Translator(pattern, flags).run()
  } catch (error) {
    if (error instanceof Failure) return { error: error.message }
    throw error
  }
}

class Translator {
  #pos = 0
  #groupCount = 0
  readonly #names = new Map<string, number>()
  readonly #openGroups = new Set<number>()
  #flags: number

  constructor(
    readonly pattern: string,
    flags: number,
  ) {
    this.#flags = flags
  }

  run(): TranslatedPattern {
    this.#readGlobalFlags()
    const flags = this.#flags & RE_FLAGS.ASCII ? this.#flags : this.#flags | RE_FLAGS.UNICODE
    const scope: Scope = {
      ignoreCase: false,
      multiline: (flags & RE_FLAGS.MULTILINE) !== 0,
      dotall: (flags & RE_FLAGS.DOTALL) !== 0,
      verbose: (flags & RE_FLAGS.VERBOSE) !== 0,
      ascii: (flags & RE_FLAGS.ASCII) !== 0,
    }
    const source = this.#alternation(scope, 0)
    if (this.#pos < this.pattern.length) this.#fail('unbalanced parenthesis', this.#pos)
    return {
      source,
      jsFlags: flags & RE_FLAGS.IGNORECASE ? 'i' : '',
      flags,
      groupCount: this.#groupCount,
      groupNames: this.#names,
    }
  }

  #fail(message: string, position: number): never {
    throw new Failure(`${message} at position ${position}`)
  }

  #readGlobalFlags(): void {
    const p = this.pattern
    for (;;) {
      const match = /^\(\?([aiLmsux]+)\)/.exec(p.slice(this.#pos))
      if (!match) return
      for (const letter of match[1]!) this.#flags |= INLINE_FLAGS[letter]!
      this.#pos += match[0].length
    }
  }

  #skipVerbose(scope: Scope): void {
    if (!scope.verbose) return
    const p = this.pattern
    while (this.#pos < p.length) {
      const ch = p[this.#pos]!
      if (VERBOSE_SPACE.has(ch)) this.#pos++
      else if (ch === '#') {
        while (this.#pos < p.length && p[this.#pos] !== '\n') this.#pos++
      } else return
    }
  }

  #alternation(scope: Scope, depth: number): string {
    let out = ''
    let canRepeat = false
    let lastWasRepeat = false
    const p = this.pattern
    for (;;) {
      this.#skipVerbose(scope)
      if (this.#pos >= p.length) break
      const start = this.#pos
      const ch = codePointAt(p, this.#pos)
      if (ch === ')') {
        if (depth === 0) this.#fail('unbalanced parenthesis', start)
        break
      }
      if (ch === '|') {
        this.#pos++
        out += '|'
        canRepeat = false
        lastWasRepeat = false
        continue
      }
      const quantifier = this.#quantifier()
      if (quantifier !== null) {
        if (lastWasRepeat) this.#fail('multiple repeat', start)
        if (!canRepeat) this.#fail('nothing to repeat', start)
        out += quantifier
        lastWasRepeat = true
        continue
      }
      lastWasRepeat = false
      canRepeat = true
      this.#pos += ch.length
      switch (ch) {
        case '(': {
          const group = this.#group(scope, start, depth)
          out += group.text
          canRepeat = group.repeatable
          break
        }
        case '[':
          out += this.#characterClass(scope, start)
          break
        case '.':
          out += scope.dotall ? '[\\s\\S]' : '[^\\n]'
          break
        case '^':
          out += scope.multiline ? '(?<![^\\n])' : '^'
          canRepeat = false
          break
        case '$':
          out += scope.multiline ? '(?![^\\n])' : '(?=\\n?$)'
          canRepeat = false
          break
        case '\\':
          out += this.#escape(scope, start)
          break
        default:
          out += this.#literal(ch, scope, false)
      }
    }
    return out
  }

  #quantifier(): string | null {
    const p = this.pattern
    const rest = p.slice(this.#pos)
    let base: string
    const braces = /^\{(\d*)(?:(,)(\d*))?\}/.exec(rest)
    if (rest[0] === '*' || rest[0] === '+' || rest[0] === '?') {
      base = rest[0]
      this.#pos++
    } else if (braces && (braces[1] !== '' || braces[2] !== undefined)) {
      const min = braces[1] === '' ? 0 : Number(braces[1])
      const max = braces[3] === undefined || braces[3] === '' ? null : Number(braces[3])
      if (max !== null && braces[2] !== undefined && min > max)
        this.#fail('min repeat greater than max repeat', this.#pos + 1)
      base = braces[2] === undefined ? `{${min}}` : `{${min},${max ?? ''}}`
      this.#pos += braces[0].length
    } else {
      return null
    }
    if (p[this.#pos] === '?') {
      this.#pos++
      return base + '?'
    }
    if (p[this.#pos] === '+') this.#fail('possessive quantifiers are not supported', this.#pos)
    return base
  }

  #groupName(start: number, terminator: string): string {
    const p = this.pattern
    const end = p.indexOf(terminator, this.#pos)
    if (end < 0) this.#fail('missing ' + terminator + ', unterminated name', this.#pos)
    const name = p.slice(this.#pos, end)
    if (name === '') this.#fail('missing group name', this.#pos)
    if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name))
      this.#fail(`bad character in group name '${name}'`, this.#pos)
    void start
    this.#pos = end + 1
    return name
  }

  #group(scope: Scope, start: number, depth: number): { text: string; repeatable: boolean } {
    const p = this.pattern
    if (p[this.#pos] !== '?') {
      const number = ++this.#groupCount
      this.#openGroups.add(number)
      const body = this.#alternation(scope, depth + 1)
      this.#close(start)
      this.#openGroups.delete(number)
      return { text: `(${body})`, repeatable: true }
    }
    this.#pos++
    const kind = p[this.#pos]
    if (kind === 'P' && p[this.#pos + 1] === '<') {
      this.#pos += 2
      const nameAt = this.#pos
      const name = this.#groupName(start, '>')
      const number = ++this.#groupCount
      const previous = this.#names.get(name)
      if (previous !== undefined) {
        this.#fail(`redefinition of group name '${name}' as group ${number}; was group ${previous}`, nameAt)
      }
      this.#names.set(name, number)
      this.#openGroups.add(number)
      const body = this.#alternation(scope, depth + 1)
      this.#close(start)
      this.#openGroups.delete(number)
      return { text: `(?<${name}>${body})`, repeatable: true }
    }
    if (kind === 'P' && p[this.#pos + 1] === '=') {
      this.#pos += 2
      const nameAt = this.#pos
      const name = this.#groupName(start, ')')
      const number = this.#names.get(name)
      if (number === undefined) this.#fail(`unknown group name '${name}'`, nameAt)
      if (this.#openGroups.has(number)) this.#fail('cannot refer to an open group', start)
      return { text: `\\k<${name}>`, repeatable: true }
    }
    if (kind === ':' || kind === '=' || kind === '!') {
      this.#pos++
      const body = this.#alternation(scope, depth + 1)
      this.#close(start)
      return { text: `(?${kind}${body})`, repeatable: kind === ':' }
    }
    if (kind === '<' && (p[this.#pos + 1] === '=' || p[this.#pos + 1] === '!')) {
      const sign = p[this.#pos + 1]!
      this.#pos += 2
      const body = this.#alternation(scope, depth + 1)
      this.#close(start)
      return { text: `(?<${sign}${body})`, repeatable: false }
    }
    if (kind === '#') {
      const end = p.indexOf(')', this.#pos)
      if (end < 0) this.#fail('missing ), unterminated comment', start)
      this.#pos = end + 1
      return { text: '', repeatable: false }
    }
    const flags = /^([aiLmsux]*)(?:-([imsx]*))?(:|\))/.exec(p.slice(this.#pos))
    if (flags && (flags[1] !== '' || flags[2] !== undefined)) {
      if (flags[3] === ')') this.#fail('global flags not at the start of the expression', start)
      this.#pos += flags[0].length
      const on = flags[1]!
      const off = flags[2] ?? ''
      const inner: Scope = {
        ignoreCase: on.includes('i') || (scope.ignoreCase && !off.includes('i')),
        multiline: on.includes('m') || (scope.multiline && !off.includes('m')),
        dotall: on.includes('s') || (scope.dotall && !off.includes('s')),
        verbose: on.includes('x') || (scope.verbose && !off.includes('x')),
        ascii: on.includes('a') || scope.ascii,
      }
      const body = this.#alternation(inner, depth + 1)
      this.#close(start)
      return { text: `(?:${body})`, repeatable: true }
    }
    this.#fail(`unknown extension ?${kind ?? ''}`, start + 1)
  }

  #close(start: number): void {
    if (this.pattern[this.#pos] !== ')') this.#fail('missing ), unterminated subpattern', start)
    this.#pos++
  }

  #literal(ch: string, scope: Scope, inClass: boolean): string {
    if (scope.ignoreCase) {
      const lower = ch.toLowerCase()
      const upper = ch.toUpperCase()
      if (lower !== upper && [...lower].length === 1 && [...upper].length === 1) {
        const both = escapeChar(lower, true) + escapeChar(upper, true)
        return inClass ? both : `[${both}]`
      }
    }
    return escapeChar(ch, inClass)
  }

  #escape(scope: Scope, start: number): string {
    const p = this.pattern
    const ch = p[this.#pos]
    if (ch === undefined) this.#fail('bad escape (end of pattern)', start)
    this.#pos++
    const word = scope.ascii ? ASCII_WORD : WORD
    switch (ch) {
      case 'A':
        return '^'
      case 'Z':
        return '$'
      case 'b':
        return `(?:(?<=${word})(?!${word})|(?<!${word})(?=${word}))`
      case 'B':
        return `(?:(?<=${word})(?=${word})|(?<!${word})(?!${word}))`
      case 'd':
      case 'D':
      case 'w':
      case 'W':
      case 's':
      case 'S':
        return this.#classEscape(ch, scope, false)
    }
    if (/[0-9]/.test(ch)) {
      this.#pos--
      const octal = /^(?:0[0-7]{0,2}|[0-7]{3})/.exec(p.slice(this.#pos))
      if (octal) {
        this.#pos += octal[0].length
        return this.#literal(String.fromCodePoint(parseInt(octal[0], 8)), scope, false)
      }
      const digits = /^[0-9]{1,2}/.exec(p.slice(this.#pos))![0]
      this.#pos += digits.length
      const number = Number(digits)
      if (number > this.#groupCount) this.#fail(`invalid group reference ${number}`, start + 1)
      if (this.#openGroups.has(number)) this.#fail('cannot refer to an open group', start)
      return `(?:\\${number})`
    }
    return this.#literal(this.#escapedCharacter(ch, start), scope, false)
  }

  /** The character an escape like `\n`, `\x41`, `\u00e9` or `\.` stands for. */
  #escapedCharacter(ch: string, start: number): string {
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', a: '\x07' }
    if (simple[ch] !== undefined) return simple[ch]
    const hexLength = ch === 'x' ? 2 : ch === 'u' ? 4 : ch === 'U' ? 8 : 0
    if (hexLength > 0) {
      const hex = this.pattern.slice(this.#pos, this.#pos + hexLength)
      if (!new RegExp(`^[0-9a-fA-F]{${hexLength}}$`).test(hex))
        this.#fail(`incomplete escape \\${ch}${hex}`, start)
      this.#pos += hexLength
      return String.fromCodePoint(parseInt(hex, 16))
    }
    if (/[A-Za-z]/.test(ch)) this.#fail(`bad escape \\${ch}`, start)
    return codePointAt(this.pattern, this.#pos - 1)
  }

  #classEscape(ch: string, scope: Scope, inClass: boolean): string {
    const ascii = scope.ascii
    let body: string
    switch (ch.toLowerCase()) {
      case 'd':
        body = ascii ? '0-9' : '\\p{Nd}'
        break
      case 'w':
        body = ascii ? 'A-Za-z0-9_' : '\\p{L}\\p{N}_'
        break
      default:
        body = ascii ? ' \\t\\n\\r\\f\\v' : '\\s\\x1c-\\x1f\\x85'
    }
    const negated = ch !== ch.toLowerCase()
    if (!negated) return inClass ? body : `[${body}]`
    if (!inClass) return `[^${body}]`
    if (ch === 'D') return ascii ? '\\D' : '\\P{Nd}'
    return `\\${ch}`
  }

  #characterClass(scope: Scope, start: number): string {
    const p = this.pattern
    let out = '['
    if (p[this.#pos] === '^') {
      out += '^'
      this.#pos++
    }
    let first = true
    for (;;) {
      if (this.#pos >= p.length) this.#fail('unterminated character set', start)
      const itemAt = this.#pos
      const ch = codePointAt(p, this.#pos)
      if (ch === ']' && !first) {
        this.#pos++
        break
      }
      first = false
      this.#pos += ch.length
      let low: string
      if (ch === '\\') {
        const next = p[this.#pos]
        if (next !== undefined && 'dDwWsS'.includes(next)) {
          this.#pos++
          out += this.#classEscape(next, scope, true)
          continue
        }
        low = this.#classCharacter(itemAt)
      } else {
        low = ch
      }
      if (p[this.#pos] === '-' && p[this.#pos + 1] !== ']' && this.#pos + 1 < p.length) {
        this.#pos++
        const highAt = this.#pos
        let high = codePointAt(p, this.#pos)
        this.#pos += high.length
        if (high === '\\') {
          const next = p[this.#pos]
          if (next !== undefined && 'dDwWsS'.includes(next))
            this.#fail(`bad character range ${low}-\\${next}`, itemAt)
          high = this.#classCharacter(highAt)
        }
        if (high.codePointAt(0)! < low.codePointAt(0)!) {
          this.#fail(`bad character range ${p.slice(itemAt, this.#pos)}`, itemAt)
        }
        out += `${escapeChar(low, true)}-${escapeChar(high, true)}`
        if (scope.ignoreCase && /^[a-zA-Z]$/.test(low) && /^[a-zA-Z]$/.test(high)) {
          const swap = (c: string): string => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())
          if ((low === low.toLowerCase()) === (high === high.toLowerCase()))
            out += `${swap(low)}-${swap(high)}`
        }
        continue
      }
      out += this.#literal(low, scope, true)
    }
    return out + ']'
  }

  #classCharacter(start: number): string {
    const p = this.pattern
    const ch = p[this.#pos]
    if (ch === undefined) this.#fail('unterminated character set', start)
    this.#pos++
    if (ch === 'b') return '\b'
    const octal = /^[0-7]{1,3}/.exec(p.slice(this.#pos - 1))
    if (octal) {
      this.#pos += octal[0].length - 1
      return String.fromCodePoint(parseInt(octal[0], 8))
    }
    return this.#escapedCharacter(ch, start)
  }
}
