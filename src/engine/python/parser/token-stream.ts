import type { Span } from '../ast'
import { PySyntaxError } from '../syntax-error'
import type { Token } from '../tokenizer'

/** The cursor over a token list shared by the expression and statement parsers. */
export class TokenStream {
  pos = 0
  readonly lines: string[]

  constructor(
    readonly tokens: Token[],
    readonly filename: string,
    source: string,
  ) {
    this.lines = source.split('\n')
  }

  get tok(): Token {
    return this.tokens[this.pos]!
  }

  peek(n = 1): Token {
    return this.tokens[Math.min(this.pos + n, this.tokens.length - 1)]!
  }

  next(): Token {
    const t = this.tokens[this.pos]!
    if (this.pos < this.tokens.length - 1) this.pos++
    return t
  }

  isOp(text: string): boolean {
    const t = this.tokens[this.pos]!
    return t.kind === 'op' && t.text === text
  }

  isName(text: string): boolean {
    const t = this.tokens[this.pos]!
    return t.kind === 'name' && t.text === text
  }

  eatOp(text: string): boolean {
    if (this.isOp(text)) {
      this.next()
      return true
    }
    return false
  }

  eatName(text: string): boolean {
    if (this.isName(text)) {
      this.next()
      return true
    }
    return false
  }

  /** A SyntaxError at a token (or at an explicit position). */
  error(
    msg: string,
    at: { line: number; col: number; endLine?: number; endCol?: number } = this.tok,
    kind: 'SyntaxError' | 'IndentationError' = 'SyntaxError',
  ): PySyntaxError {
    const text = this.lines[at.line - 1] ?? ''
    const end =
      at.endCol === undefined || at.endLine === undefined
        ? undefined
        : at.endLine === at.line
          ? at.endCol + 1
          : text.length + 1
    return new PySyntaxError(kind, msg, this.filename, at.line, at.col + 1, text, end)
  }

  /** The generic "invalid syntax" at the current token. */
  invalid(at: Token = this.tok): PySyntaxError {
    if (at.kind === 'end' || (at.kind === 'newline' && at.text === '')) {
      return this.error('invalid syntax', at)
    }
    return this.error('invalid syntax', at)
  }

  expectOp(text: string): Token {
    if (!this.isOp(text)) {
      if (text === ':') throw this.expectedColon()
      throw this.invalid()
    }
    return this.next()
  }

  expectedColon(): PySyntaxError {
    const prev = this.tokens[this.pos - 1]!
    if (this.tok.kind === 'newline' || this.tok.kind === 'end') {
      return this.error("expected ':'", { line: prev.endLine, col: prev.endCol })
    }
    return this.invalid()
  }

  expectName(): Token {
    if (this.tok.kind !== 'name' || KEYWORDS.has(this.tok.text)) throw this.invalid()
    return this.next()
  }

  span(start: Span | Token, end: Span | Token): Span {
    return { line: start.line, col: start.col, endLine: end.endLine, endCol: end.endCol }
  }

  /** The span from a start token to the previous token. */
  spanFrom(start: Span | Token): Span {
    const prev = this.tokens[this.pos - 1]!
    return { line: start.line, col: start.col, endLine: prev.endLine, endCol: prev.endCol }
  }
}

/** Python's hard keywords. */
export const KEYWORDS = new Set([
  'False',
  'None',
  'True',
  'and',
  'as',
  'assert',
  'async',
  'await',
  'break',
  'class',
  'continue',
  'def',
  'del',
  'elif',
  'else',
  'except',
  'finally',
  'for',
  'from',
  'global',
  'if',
  'import',
  'in',
  'is',
  'lambda',
  'nonlocal',
  'not',
  'or',
  'pass',
  'raise',
  'return',
  'try',
  'while',
  'with',
  'yield',
])
