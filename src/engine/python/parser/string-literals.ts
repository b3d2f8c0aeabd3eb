import type { Expr } from '../ast'
import { PySyntaxError } from '../syntax-error'
import { tokenize, type Token } from '../tokenizer'
import { decodeEscapes, EscapeError } from './literals'
import { TokenStream } from './token-stream'

/**
 * String literals: adjacent strings concatenated, escapes decoded, bytes checked, f-strings split
 * into JoinedStr parts. The expressions inside f-string fields are parsed by the subclass.
 */
export abstract class StringLiteralParser extends TokenStream {
  /** Parses the tokens of one f-string field, `(` expression `)`, with a parser over those tokens. */
  protected abstract parseFStringExpression(tokens: Token[]): Expr

  /** Where CPython 3.11 reports f-string errors: just after the string token. */
  fstringAt(t: Token): { line: number; col: number } {
    return { line: t.endLine, col: t.endCol }
  }

  /** Adjacent string literals, concatenated; f-strings become JoinedStr. */
  strings(): Expr {
    const first = this.tok
    const parts: Expr[] = []
    let isBytes: boolean | null = null
    let last = first
    let hasF = false
    while (this.tok.kind === 'string') {
      const t = this.next()
      last = t
      const m = /^([a-zA-Z]*)('''|"""|'|")/.exec(t.text)!
      const prefix = m[1]!.toLowerCase()
      const q = m[2]!
      const body = t.text.slice(m[0].length, t.text.length - q.length)
      const bytes = prefix.includes('b')
      if (isBytes !== null && isBytes !== bytes)
        throw this.error('cannot mix bytes and nonbytes literals', first)
      isBytes = bytes
      if (prefix.includes('f')) {
        hasF = true
        parts.push(...this.fstring(body, prefix.includes('r'), t, m[0].length))
        continue
      }
      let value: string
      try {
        value = prefix.includes('r') ? body : decodeEscapes(body, bytes)
      } catch (e) {
        if (e instanceof EscapeError) throw this.error(e.message, t)
        throw e
      }
      if (bytes && /[^\x00-\x7f]/.test(body))
        throw this.error('bytes can only contain ASCII literal characters', t)
      parts.push({ type: 'Constant', kind: bytes ? 'bytes' : 'str', value, ...this.span(t, t) })
    }
    const span = this.span(first, last)
    if (!hasF) {
      const value = parts.map((p) => (p as { value: string }).value).join('')
      return { type: 'Constant', kind: isBytes ? 'bytes' : 'str', value, ...span }
    }
    const values: Expr[] = []
    for (const p of parts) {
      const prev = values[values.length - 1]
      if (p.type === 'Constant' && prev?.type === 'Constant')
        (prev as { value: string }).value += p.value as string
      else if (p.type !== 'Constant' || p.value !== '') values.push(p.type === 'Constant' ? { ...p } : p)
    }
    return { type: 'JoinedStr', values, ...span }
  }

  private fstring(body: string, raw: boolean, t: Token, prefixLen: number): Expr[] {
    const out: Expr[] = []
    let lit = ''
    const flush = () => {
      if (lit !== '') {
        let value: string
        try {
          value = raw ? lit : decodeEscapes(lit, false)
        } catch (e) {
          if (e instanceof EscapeError) throw this.error(e.message, t)
          throw e
        }
        out.push({ type: 'Constant', kind: 'str', value, ...this.span(t, t) })
      }
      lit = ''
    }
    let i = 0
    while (i < body.length) {
      const c = body[i]!
      if (c === '{' && body[i + 1] === '{') {
        lit += '{'
        i += 2
      } else if (c === '}' && body[i + 1] === '}') {
        lit += '}'
        i += 2
      } else if (c === '}') {
        throw this.error("f-string: single '}' is not allowed", this.fstringAt(t))
      } else if (c === '{') {
        flush()
        const r = this.fstringField(body, i + 1, raw, t, prefixLen)
        out.push(...r.nodes)
        i = r.end
      } else {
        lit += c
        i++
      }
    }
    flush()
    return out
  }

  private fstringField(
    body: string,
    start: number,
    raw: boolean,
    t: Token,
    prefixLen: number,
  ): { nodes: Expr[]; end: number } {
    let depth = 0
    let i = start
    let quote: string | null = null
    for (; i < body.length; i++) {
      const c = body[i]!
      if (quote) {
        if (c === quote) quote = null
        continue
      }
      if (c === "'" || c === '"') quote = c
      else if (c === '(' || c === '[' || c === '{') depth++
      else if (c === ')' || c === ']' || c === '}') {
        if (depth === 0) break
        depth--
      } else if (depth === 0 && (c === ':' || (c === '!' && body[i + 1] !== '='))) break
      else if (c === '\\')
        throw this.error('f-string expression part cannot include a backslash', this.fstringAt(t))
      else if (c === '#') throw this.error("f-string expression part cannot include '#'", this.fstringAt(t))
    }
    if (i >= body.length) throw this.error("f-string: expecting '}'", this.fstringAt(t))
    let exprText = body.slice(start, i)
    let selfDoc: string | null = null
    const eq = /=\s*$/.exec(exprText)
    if (eq && !/[=!<>]=\s*$/.test(exprText)) {
      selfDoc = exprText
      exprText = exprText.slice(0, eq.index)
    }
    if (exprText.trim() === '') throw this.error('f-string: empty expression not allowed', this.fstringAt(t))
    const value = this.subExpression(exprText, t, prefixLen + start)
    let conversion: '' | 'r' | 's' | 'a' = selfDoc !== null ? 'r' : ''
    if (body[i] === '!') {
      const conv = body[i + 1]
      if (conv !== 'r' && conv !== 's' && conv !== 'a')
        throw this.error(
          "f-string: invalid conversion character: expected 's', 'r', or 'a'",
          this.fstringAt(t),
        )
      conversion = conv
      i += 2
    }
    let spec: Expr | null = null
    if (body[i] === ':') {
      if (selfDoc !== null && conversion === 'r' && body[i - 2] !== '!') conversion = ''
      let j = i + 1
      let d = 0
      for (; j < body.length; j++) {
        if (body[j] === '{') d++
        else if (body[j] === '}') {
          if (d === 0) break
          d--
        }
      }
      const specParts = this.fstring(body.slice(i + 1, j), raw, t, prefixLen)
      spec = { type: 'JoinedStr', values: specParts, ...this.span(t, t) }
      i = j
    }
    if (body[i] !== '}') throw this.error("f-string: expecting '}'", this.fstringAt(t))
    const nodes: Expr[] = []
    if (selfDoc !== null) nodes.push({ type: 'Constant', kind: 'str', value: selfDoc, ...this.span(t, t) })
    nodes.push({ type: 'FormattedValue', value, conversion, spec, ...this.span(t, t) })
    return { nodes, end: i + 1 }
  }

  private subExpression(text: string, t: Token, offset: number): Expr {
    let tokens: Token[]
    const src = '(' + text + ')'
    try {
      tokens = tokenize(src, this.filename)
    } catch (e) {
      if (e instanceof PySyntaxError) throw this.error('f-string: ' + e.msg, this.fstringAt(t))
      throw e
    }
    for (const tk of tokens) {
      if (tk.line === 1) {
        tk.col += t.col + offset - 1
        tk.endCol += t.col + offset - 1
      }
      tk.line += t.line - 1
      tk.endLine += t.line - 1
    }
    let e: Expr
    try {
      e = this.parseFStringExpression(tokens)
    } catch (err) {
      if (err instanceof PySyntaxError) throw this.error('f-string: ' + err.msg, this.fstringAt(t))
      throw err
    }
    return e
  }
}
