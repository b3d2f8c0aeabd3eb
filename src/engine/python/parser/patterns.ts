import type { Expr, MatchCase, Pattern, Stmt } from '../ast'
import type { Token } from '../tokenizer'
import { ExpressionParser } from './expressions'
import { KEYWORDS } from './token-stream'

/**
 * The match statement (PEP 634): `match` is a soft keyword, so a line is parsed as a match
 * statement only when it reads `match <subject>:` followed by an indented block.
 */
export abstract class PatternParser extends ExpressionParser {
  /** The indented block after a compound statement header's ':' (`what` names the header in errors). */
  protected abstract block(what: string, header: Token): Stmt[]

  /** Whether the current `match` name starts a match statement (else it is an ordinary name). */
  protected startsMatch(): boolean {
    const saved = this.pos
    try {
      this.next()
      if (this.isOp('=') || this.isOp('.') || this.tok.kind === 'newline') return false
      this.matchSubject()
      return this.isOp(':') && this.peek().kind === 'newline'
    } catch {
      return false
    } finally {
      this.pos = saved
    }
  }

  /** `match subject:` followed by its `case` blocks. */
  protected matchStmt(): Stmt {
    const start = this.next()
    const subject = this.matchSubject()
    this.expectOp(':')
    if (this.tok.kind !== 'newline') throw this.invalid()
    this.next()
    const kind: string = this.tok.kind
    if (kind !== 'indent')
      throw this.error(
        `expected an indented block after 'match' statement on line ${start.line}`,
        { line: this.tok.line, col: this.tok.col },
        'IndentationError',
      )
    this.next()
    const cases: MatchCase[] = []
    while ((this.tok.kind as string) !== 'dedent' && (this.tok.kind as string) !== 'end') {
      if (!this.isName('case')) throw this.invalid()
      cases.push(this.matchCase())
    }
    this.next()
    const last = cases[cases.length - 1]!
    const end = last.body[last.body.length - 1] ?? last.pattern
    return { type: 'Match', subject, cases, ...this.span(start, end) }
  }

  private matchSubject(): Expr {
    const start = this.tok
    const first = this.isOp('*') ? this.starExpr() : this.namedExpr()
    if (!this.isOp(',')) {
      if (first.type === 'Starred') throw this.invalid()
      return first
    }
    const elts = [first]
    while (this.eatOp(',')) {
      if (this.isOp(':')) break
      elts.push(this.isOp('*') ? this.starExpr() : this.namedExpr())
    }
    return { type: 'Tuple', elts, parens: false, ...this.spanFrom(start) }
  }

  private matchCase(): MatchCase {
    const header = this.next()
    const pattern = this.openPatterns()
    const guard = this.eatName('if') ? this.namedExpr() : null
    if (!this.isOp(':')) throw this.expectedColon()
    const body = this.block("'case' statement", header)
    return { pattern, guard, body }
  }

  /** `patterns`: an open sequence pattern (`case a, *rest:`) or a single pattern. */
  private openPatterns(): Pattern {
    const start = this.tok
    const first = this.maybeStarPattern()
    if (!this.isOp(',')) {
      if (first.type === 'MatchStar') throw this.error('can only use starred expression here', first)
      return first
    }
    const patterns = [first]
    while (this.eatOp(',')) {
      if (this.isOp(':') || this.isName('if')) break
      patterns.push(this.maybeStarPattern())
    }
    return { type: 'MatchSequence', patterns, ...this.spanFrom(start) }
  }

  private maybeStarPattern(): Pattern {
    const start = this.tok
    if (!this.eatOp('*')) return this.asPattern()
    const name = this.expectName().text
    return { type: 'MatchStar', name: name === '_' ? null : name, ...this.spanFrom(start) }
  }

  /** `or_pattern ['as' NAME]`. */
  private asPattern(): Pattern {
    const start = this.tok
    const pattern = this.orPattern()
    if (!this.eatName('as')) return pattern
    const t = this.expectName()
    if (t.text === '_') throw this.error("cannot use '_' as a target", t)
    return { type: 'MatchAs', pattern, name: t.text, ...this.spanFrom(start) }
  }

  private orPattern(): Pattern {
    const start = this.tok
    const first = this.closedPattern()
    if (!this.isOp('|')) return first
    const patterns = [first]
    while (this.eatOp('|')) patterns.push(this.closedPattern())
    return { type: 'MatchOr', patterns, ...this.spanFrom(start) }
  }

  private closedPattern(): Pattern {
    const t = this.tok
    if (t.kind === 'number' || t.kind === 'string' || this.isOp('-')) return this.literalPattern()
    if (t.kind === 'name') {
      if (t.text === 'None' || t.text === 'True' || t.text === 'False') {
        this.next()
        return { type: 'MatchSingleton', value: t.text, ...this.span(t, t) }
      }
      if (KEYWORDS.has(t.text)) throw this.invalid()
      return this.namePattern()
    }
    if (this.isOp('(')) return this.groupOrSequence()
    if (this.isOp('[')) {
      this.next()
      const patterns = this.patternList(']')
      return { type: 'MatchSequence', patterns, ...this.spanFrom(t) }
    }
    if (this.isOp('{')) return this.mappingPattern()
    throw this.invalid()
  }

  /** A number (signed, or a complex `real ± imag j`) or a string literal. */
  private literalPattern(): Pattern {
    const t = this.tok
    if (t.kind === 'string') {
      const value = this.strings()
      if (value.type === 'JoinedStr')
        throw this.error('patterns may only match literals and attribute lookups', value)
      return { type: 'MatchValue', value, ...this.span(t, value) }
    }
    let value: Expr = this.signedNumber()
    if (this.isOp('+') || this.isOp('-')) {
      const op = this.next().text
      const right = this.signedNumber(false)
      if (right.type !== 'Constant' || right.kind !== 'complex')
        throw this.error('imaginary number required in complex literal', right)
      value = { type: 'BinOp', op, left: value, right, ...this.span(value, right) }
    }
    return { type: 'MatchValue', value, ...this.span(t, value) }
  }

  private signedNumber(allowSign = true): Expr {
    const t = this.tok
    if (allowSign && this.eatOp('-')) {
      const operand = this.signedNumber(false)
      return { type: 'UnaryOp', op: '-', operand, ...this.span(t, operand) }
    }
    if (t.kind !== 'number') throw this.invalid()
    return this.atom()
  }

  /** A capture (`x`), the wildcard (`_`), a value (`Color.RED`) or a class pattern (`Point(x=0)`). */
  private namePattern(): Pattern {
    const start = this.next()
    let value: Expr = { type: 'Name', id: start.text, ...this.span(start, start) }
    let dotted = false
    while (this.eatOp('.')) {
      const attr = this.expectName()
      dotted = true
      value = { type: 'Attribute', value, attr: attr.text, ...this.span(start, attr) }
    }
    if (this.isOp('(')) return this.classPattern(value, start)
    if (dotted) return { type: 'MatchValue', value, ...this.spanFrom(start) }
    const span = this.span(start, start)
    return { type: 'MatchAs', pattern: null, name: start.text === '_' ? null : start.text, ...span }
  }

  private classPattern(cls: Expr, start: Token): Pattern {
    this.next()
    const patterns: Pattern[] = []
    const kwdAttrs: string[] = []
    const kwdPatterns: Pattern[] = []
    while (!this.isOp(')')) {
      if (this.tok.kind === 'name' && this.peek().kind === 'op' && this.peek().text === '=') {
        const key = this.next()
        this.next()
        kwdAttrs.push(key.text)
        kwdPatterns.push(this.asPattern())
      } else {
        const p = this.asPattern()
        if (kwdAttrs.length > 0) throw this.error('positional patterns follow keyword patterns', p)
        patterns.push(p)
      }
      if (!this.eatOp(',')) break
    }
    this.expectOp(')')
    return { type: 'MatchClass', cls, patterns, kwdAttrs, kwdPatterns, ...this.spanFrom(start) }
  }

  /** `(p)` is a group; `()`, `(p,)` and `(p, q)` are sequences. */
  private groupOrSequence(): Pattern {
    const open = this.next()
    if (this.eatOp(')')) return { type: 'MatchSequence', patterns: [], ...this.spanFrom(open) }
    const first = this.maybeStarPattern()
    if (this.eatOp(')')) {
      if (first.type === 'MatchStar') throw this.error('can only use starred expression here', first)
      return first
    }
    this.expectOp(',')
    const patterns = [first, ...this.patternList(')')]
    return { type: 'MatchSequence', patterns, ...this.spanFrom(open) }
  }

  /** Comma-separated (star) patterns up to and including `closer`. */
  private patternList(closer: string): Pattern[] {
    const patterns: Pattern[] = []
    while (!this.isOp(closer)) {
      patterns.push(this.maybeStarPattern())
      if (!this.eatOp(',')) break
    }
    this.expectOp(closer)
    return patterns
  }

  private mappingPattern(): Pattern {
    const open = this.next()
    const keys: Expr[] = []
    const patterns: Pattern[] = []
    let rest: string | null = null
    while (!this.isOp('}')) {
      if (rest !== null) throw this.invalid()
      if (this.eatOp('**')) {
        const t = this.expectName()
        if (t.text === '_') throw this.invalid(t)
        rest = t.text
      } else {
        keys.push(this.mappingKey())
        this.expectOp(':')
        patterns.push(this.asPattern())
      }
      if (!this.eatOp(',')) break
    }
    this.expectOp('}')
    return { type: 'MatchMapping', keys, patterns, rest, ...this.spanFrom(open) }
  }

  private mappingKey(): Expr {
    const t = this.tok
    if (t.kind === 'name' && (t.text === 'None' || t.text === 'True' || t.text === 'False'))
      return this.atom()
    if (t.kind === 'number' || t.kind === 'string' || this.isOp('-')) {
      const p = this.literalPattern()
      return (p as Pattern & { type: 'MatchValue' }).value
    }
    if (t.kind === 'name' && this.peek().kind === 'op' && this.peek().text === '.') {
      const p = this.namePattern()
      if (p.type === 'MatchValue') return p.value
    }
    throw this.invalid(t)
  }
}
