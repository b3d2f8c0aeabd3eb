import type { Arg, Arguments, Comprehension, Expr, Keyword, Span } from '../ast'
import { PySyntaxError } from '../syntax-error'
import { tokenize, type Token } from '../tokenizer'
import { decodeEscapes, EscapeError, parseIntLiteral } from './literals'
import { KEYWORDS, TokenStream } from './token-stream'

const COMPARE_OPS = new Set(['<', '>', '==', '>=', '<=', '!='])
const EXPR_START_KEYWORDS = new Set(['None', 'True', 'False', 'not', 'lambda', 'await', 'yield'])

/** Recursive-descent parser for Python expressions; the statement parser extends it. */
export class ExpressionParser extends TokenStream {
  /** Parses `expr` with an optional `:=` (namedexpr_test). */
  namedExpr(): Expr {
    if (this.tok.kind === 'name' && this.peek().kind === 'op' && this.peek().text === ':=') {
      const t = this.next()
      this.next()
      const value = this.test()
      return {
        type: 'NamedExpr',
        target: { type: 'Name', id: t.text, ...this.span(t, t) },
        value,
        ...this.span(t, value),
      }
    }
    const e = this.test()
    if (this.isOp(':=')) throw this.error(`cannot use assignment expressions with ${describe(e)}`, e)
    if (this.isOp('=') && !(this.peek().kind === 'op' && this.peek().text === '=')) {
      const saved = this.pos
      this.next()
      let rhs: Expr | null = null
      try {
        rhs = this.bitOr()
      } catch {
        rhs = null
      }
      if (rhs !== null && !this.isOp('=') && !this.isOp(':=')) {
        if (e.type === 'Name' || e.type === 'Attribute' || e.type === 'Subscript') {
          throw this.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", this.span(e, rhs))
        }
        throw this.error(`cannot assign to ${describe(e)} here. Maybe you meant '==' instead of '='?`, e)
      }
      this.pos = saved
    }
    return e
  }

  /** A full expression (test): conditional expressions and lambdas included. */
  test(): Expr {
    if (this.isName('lambda')) return this.lambda()
    const start = this.tok
    const body = this.orTest()
    if (this.isName('if')) {
      this.next()
      const cond = this.orTest()
      if (!this.eatName('else'))
        throw this.error("expected 'else' after 'if' expression", this.spanFrom(start))
      const orelse = this.test()
      return { type: 'IfExp', test: cond, body, orelse, ...this.span(start, orelse) }
    }
    return body
  }

  testNoCond(): Expr {
    if (this.isName('lambda')) return this.lambda(true)
    return this.orTest()
  }

  lambda(noCond = false): Expr {
    const start = this.next()
    const args = this.parameters(':', false)
    this.expectOp(':')
    const body = noCond ? this.testNoCond() : this.test()
    return { type: 'Lambda', args, body, ...this.span(start, body) }
  }

  orTest(): Expr {
    const first = this.andTest()
    if (!this.isName('or')) return first
    const values = [first]
    while (this.eatName('or')) values.push(this.andTest())
    return { type: 'BoolOp', op: 'or', values, ...this.span(first, values[values.length - 1]!) }
  }

  andTest(): Expr {
    const first = this.notTest()
    if (!this.isName('and')) return first
    const values = [first]
    while (this.eatName('and')) values.push(this.notTest())
    return { type: 'BoolOp', op: 'and', values, ...this.span(first, values[values.length - 1]!) }
  }

  notTest(): Expr {
    if (this.isName('not')) {
      const t = this.next()
      const operand = this.notTest()
      return { type: 'UnaryOp', op: 'not', operand, ...this.span(t, operand) }
    }
    return this.comparison()
  }

  comparison(): Expr {
    const left = this.bitOr()
    const ops: string[] = []
    const comparators: Expr[] = []
    for (;;) {
      const t = this.tok
      let op: string | null = null
      if (t.kind === 'op' && COMPARE_OPS.has(t.text)) op = t.text
      else if (t.kind === 'name' && t.text === 'in') op = 'in'
      else if (t.kind === 'name' && t.text === 'is')
        op = this.peek().kind === 'name' && this.peek().text === 'not' ? 'is not' : 'is'
      else if (
        t.kind === 'name' &&
        t.text === 'not' &&
        this.peek().kind === 'name' &&
        this.peek().text === 'in'
      )
        op = 'not in'
      if (op === null) break
      this.next()
      if (op === 'is not' || op === 'not in') this.next()
      ops.push(op)
      comparators.push(this.bitOr())
    }
    if (ops.length === 0) return left
    return {
      type: 'Compare',
      left,
      ops,
      comparators,
      ...this.span(left, comparators[comparators.length - 1]!),
    }
  }

  private binary(ops: string[], next: () => Expr): Expr {
    let left = next()
    while (this.tok.kind === 'op' && ops.includes(this.tok.text)) {
      const op = this.next().text
      const right = next()
      left = { type: 'BinOp', op, left, right, ...this.span(left, right) }
    }
    return left
  }

  bitOr(): Expr {
    return this.binary(['|'], () => this.bitXor())
  }
  bitXor(): Expr {
    return this.binary(['^'], () => this.bitAnd())
  }
  bitAnd(): Expr {
    return this.binary(['&'], () => this.shift())
  }
  shift(): Expr {
    return this.binary(['<<', '>>'], () => this.arith())
  }
  arith(): Expr {
    return this.binary(['+', '-'], () => this.term())
  }
  term(): Expr {
    return this.binary(['*', '/', '//', '%', '@'], () => this.factor())
  }

  factor(): Expr {
    const t = this.tok
    if (t.kind === 'op' && (t.text === '-' || t.text === '+' || t.text === '~')) {
      this.next()
      const operand = this.factor()
      return { type: 'UnaryOp', op: t.text, operand, ...this.span(t, operand) }
    }
    return this.power()
  }

  power(): Expr {
    let base: Expr
    if (this.isName('await')) {
      const t = this.next()
      const value = this.primary()
      base = { type: 'Await', value, ...this.span(t, value) }
    } else base = this.primary()
    if (this.isOp('**')) {
      this.next()
      const right = this.factor()
      return { type: 'BinOp', op: '**', left: base, right, ...this.span(base, right) }
    }
    return base
  }

  primary(): Expr {
    let e = this.atom()
    for (;;) {
      if (this.isOp('.')) {
        this.next()
        const name = this.expectName()
        e = { type: 'Attribute', value: e, attr: name.text, ...this.span(e, name) }
      } else if (this.isOp('(')) {
        this.next()
        const { args, keywords } = this.callArgs()
        const close = this.expectOp(')')
        e = { type: 'Call', func: e, args, keywords, ...this.span(e, close) }
      } else if (this.isOp('[')) {
        this.next()
        const slice = this.subscriptList()
        const close = this.expectOp(']')
        e = { type: 'Subscript', value: e, slice, ...this.span(e, close) }
      } else return e
    }
  }

  private subscriptList(): Expr {
    const start = this.tok
    const first = this.subscript()
    if (!this.isOp(',')) return first
    const elts = [first]
    while (this.eatOp(',')) {
      if (this.isOp(']')) break
      elts.push(this.subscript())
    }
    return { type: 'Tuple', elts, parens: false, ...this.spanFrom(start) }
  }

  private subscript(): Expr {
    const start = this.tok
    let lower: Expr | null = null
    if (!this.isOp(':')) {
      if (this.isOp('*')) return this.starExpr()
      lower = this.namedExpr()
      if (!this.isOp(':')) return lower
    }
    this.next()
    const upper = this.isOp(':') || this.isOp(']') || this.isOp(',') ? null : this.test()
    let step: Expr | null = null
    if (this.eatOp(':')) step = this.isOp(']') || this.isOp(',') ? null : this.test()
    return { type: 'Slice', lower, upper, step, ...this.spanFrom(start) }
  }

  /** Arguments of a call, after `(`. */
  callArgs(): { args: Expr[]; keywords: Keyword[] } {
    const args: Expr[] = []
    const keywords: Keyword[] = []
    while (!this.isOp(')')) {
      const start = this.tok
      if (this.eatOp('*')) {
        const value = this.test()
        args.push({ type: 'Starred', value, ...this.span(start, value) })
      } else if (this.eatOp('**')) {
        const value = this.test()
        keywords.push({ name: null, value, span: this.span(start, value) })
      } else if (start.kind === 'name' && this.peek().kind === 'op' && this.peek().text === '=') {
        if (KEYWORDS.has(start.text)) {
          if (['True', 'False', 'None'].includes(start.text))
            throw this.error(`cannot assign to ${start.text}`, start)
          throw this.invalid()
        }
        this.next()
        this.next()
        const value = this.test()
        if (keywords.some((k) => k.name === start.text))
          throw this.error(`keyword argument repeated: ${start.text}`, this.span(start, value))
        keywords.push({ name: start.text, value, span: this.span(start, value) })
      } else {
        const value = this.namedExpr()
        if (this.isOp('=')) {
          throw this.error(
            'expression cannot contain assignment, perhaps you meant "=="?',
            this.span(value, value),
          )
        }
        if (this.isName('for') || this.isName('async')) {
          const generators = this.compFor()
          const g: Expr = { type: 'GeneratorExp', elt: value, generators, ...this.spanFrom(start) }
          if (args.length > 0 || keywords.length > 0 || !this.isOp(')')) {
            throw this.error('Generator expression must be parenthesized', g)
          }
          args.push(g)
        } else {
          if (keywords.length > 0) {
            const unpack = keywords.some((k) => k.name === null)
            throw this.error(
              unpack
                ? 'positional argument follows keyword argument unpacking'
                : 'positional argument follows keyword argument',
              { line: this.tok.line, col: this.tok.col },
            )
          }
          args.push(value)
        }
      }
      if (!this.eatOp(',')) {
        if (!this.isOp(')')) {
          if (this.tok.kind !== 'newline' && this.tok.kind !== 'end' && this.isExprStart()) {
            throw this.forgotComma(start)
          }
          throw this.invalid()
        }
        break
      }
    }
    return { args, keywords }
  }

  /** The "Perhaps you forgot a comma?" error spanning from `last` to the end of the following expression. */
  forgotComma(last: Span | Token): PySyntaxError {
    const saved = this.pos
    let end: Span | Token = this.tok
    try {
      end = this.test()
    } catch {
      end = this.tokens[saved]!
    }
    this.pos = saved
    return this.error('invalid syntax. Perhaps you forgot a comma?', this.span(last, end))
  }

  /** Where CPython 3.11 reports f-string errors: just after the string token. */
  fstringAt(t: Token): { line: number; col: number } {
    return { line: t.endLine, col: t.endCol }
  }

  /** Whether the current token can start an expression. */
  isExprStart(t: Token = this.tok): boolean {
    if (t.kind === 'name') return !KEYWORDS.has(t.text) || EXPR_START_KEYWORDS.has(t.text)
    if (t.kind === 'number' || t.kind === 'string') return true
    return t.kind === 'op' && ['(', '[', '{', '-', '+', '~', '...', '*'].includes(t.text)
  }

  starExpr(): Expr {
    const t = this.next()
    const value = this.bitOr()
    return { type: 'Starred', value, ...this.span(t, value) }
  }

  /** A comma-separated list of expressions (star_expressions): a tuple when there is a comma. */
  exprList(allowStar = true, item: () => Expr = () => this.test()): Expr {
    const start = this.tok
    const first = allowStar && this.isOp('*') ? this.starExpr() : item()
    if (!this.isOp(',')) return first
    const elts = [first]
    while (this.eatOp(',')) {
      if (!this.isExprStart() || this.isName('for') || this.isName('in')) break
      elts.push(allowStar && this.isOp('*') ? this.starExpr() : item())
    }
    return { type: 'Tuple', elts, parens: false, ...this.spanFrom(start) }
  }

  compFor(): Comprehension[] {
    const gens: Comprehension[] = []
    while (this.isName('for') || this.isName('async')) {
      const isAsync = this.eatName('async')
      this.next()
      const target = this.exprList(true, () => this.bitOr())
      checkTarget(this, target, 'comprehension')
      if (!this.eatName('in')) throw this.invalid()
      const iter = this.orTest()
      const ifs: Expr[] = []
      while (this.isName('if')) {
        this.next()
        ifs.push(this.testNoCond())
      }
      gens.push({ target, iter, ifs, isAsync })
    }
    return gens
  }

  atom(): Expr {
    const t = this.tok
    switch (t.kind) {
      case 'name': {
        switch (t.text) {
          case 'None':
          case 'True':
          case 'False':
            this.next()
            return { type: 'Constant', kind: t.text, value: null, ...this.span(t, t) }
        }
        if (KEYWORDS.has(t.text)) {
          if (t.text === 'yield') throw this.invalid()
          throw this.invalid()
        }
        this.next()
        return { type: 'Name', id: t.text, ...this.span(t, t) }
      }
      case 'number':
        return this.number()
      case 'string':
        return this.strings()
      case 'op':
        switch (t.text) {
          case '(':
            return this.paren()
          case '[':
            return this.listDisplay()
          case '{':
            return this.braceDisplay()
          case '...':
            this.next()
            return { type: 'Constant', kind: 'Ellipsis', value: null, ...this.span(t, t) }
        }
        throw this.invalid()
      case 'newline':
      case 'indent':
      case 'dedent':
      case 'end':
        throw this.invalid()
    }
  }

  private number(): Expr {
    const t = this.next()
    const text = t.text.replace(/_/g, '')
    if (/[jJ]$/.test(text))
      return { type: 'Constant', kind: 'complex', value: Number(text.slice(0, -1)), ...this.span(t, t) }
    if (/^0[xXoObB]/.test(text) || /^[0-9]+$/.test(text)) {
      return { type: 'Constant', kind: 'int', value: parseIntLiteral(text), ...this.span(t, t) }
    }
    return { type: 'Constant', kind: 'float', value: Number(text), ...this.span(t, t) }
  }

  private paren(): Expr {
    const open = this.next()
    if (this.isOp(')')) {
      const close = this.next()
      return { type: 'Tuple', elts: [], parens: true, ...this.span(open, close) }
    }
    if (this.isName('yield')) {
      const y = this.yieldExpr()
      this.expectOp(')')
      return y
    }
    const first = this.isOp('*') ? this.starExpr() : this.namedExpr()
    if (this.isName('for') || this.isName('async')) {
      const generators = this.compFor()
      const close = this.expectOp(')')
      return { type: 'GeneratorExp', elt: first, generators, ...this.span(open, close) }
    }
    if (this.isOp(')')) {
      this.next()
      if (first.type === 'Starred') throw this.error('cannot use starred expression here', first)
      return first
    }
    if (!this.isOp(',')) {
      if (this.isExprStart()) throw this.forgotComma(first)
      throw this.invalid()
    }
    const elts = [first]
    while (this.eatOp(',')) {
      if (this.isOp(')')) break
      elts.push(this.isOp('*') ? this.starExpr() : this.namedExpr())
    }
    if (!this.isOp(')')) {
      if (this.isExprStart()) throw this.forgotComma(elts[elts.length - 1] ?? first)
      throw this.invalid()
    }
    const close = this.next()
    return { type: 'Tuple', elts, parens: true, ...this.span(open, close) }
  }

  private listDisplay(): Expr {
    const open = this.next()
    const elts: Expr[] = []
    if (!this.isOp(']')) {
      const first = this.isOp('*') ? this.starExpr() : this.namedExpr()
      if (this.isName('for') || this.isName('async')) {
        const generators = this.compFor()
        const close = this.expectOp(']')
        return { type: 'ListComp', elt: first, generators, ...this.span(open, close) }
      }
      elts.push(first)
      while (this.eatOp(',')) {
        if (this.isOp(']')) break
        elts.push(this.isOp('*') ? this.starExpr() : this.namedExpr())
      }
      if (!this.isOp(']')) {
        if (this.isExprStart()) throw this.forgotComma(elts[elts.length - 1] ?? first)
        throw this.invalid()
      }
    }
    const close = this.next()
    return { type: 'List', elts, ...this.span(open, close) }
  }

  private braceDisplay(): Expr {
    const open = this.next()
    if (this.isOp('}')) {
      const close = this.next()
      return { type: 'Dict', keys: [], values: [], ...this.span(open, close) }
    }
    if (this.isOp('**') || !this.isOp('*')) {
      let firstKey: Expr | null
      let firstValue: Expr
      if (this.eatOp('**')) {
        firstKey = null
        firstValue = this.bitOr()
      } else {
        const k = this.namedExpr()
        if (!this.isOp(':')) return this.setRest(open, k)
        this.next()
        firstKey = k
        firstValue = this.test()
        if (this.isName('for') || this.isName('async')) {
          const generators = this.compFor()
          const close = this.expectOp('}')
          return { type: 'DictComp', key: k, value: firstValue, generators, ...this.span(open, close) }
        }
      }
      const keys: (Expr | null)[] = [firstKey]
      const values: Expr[] = [firstValue]
      while (this.eatOp(',')) {
        if (this.isOp('}')) break
        if (this.eatOp('**')) {
          keys.push(null)
          values.push(this.bitOr())
        } else {
          keys.push(this.test())
          if (!this.isOp(':')) {
            if (this.isOp('}') || this.isOp(','))
              throw this.error("':' expected after dictionary key", {
                line: keys[keys.length - 1]!.endLine,
                col: keys[keys.length - 1]!.endCol - 1,
              })
            throw this.invalid()
          }
          this.next()
          values.push(this.test())
        }
      }
      if (!this.isOp('}')) {
        if (this.isExprStart()) throw this.forgotComma(values[values.length - 1]!)
        throw this.invalid()
      }
      const close = this.next()
      return { type: 'Dict', keys, values, ...this.span(open, close) }
    }
    return this.setRest(open, this.starExpr())
  }

  private setRest(open: Token, first: Expr): Expr {
    if (this.isName('for') || this.isName('async')) {
      const generators = this.compFor()
      const close = this.expectOp('}')
      return { type: 'SetComp', elt: first, generators, ...this.span(open, close) }
    }
    const elts = [first]
    while (this.eatOp(',')) {
      if (this.isOp('}')) break
      elts.push(this.isOp('*') ? this.starExpr() : this.namedExpr())
    }
    if (!this.isOp('}')) throw this.invalid()
    const close = this.next()
    return { type: 'Set', elts, ...this.span(open, close) }
  }

  yieldExpr(): Expr {
    const t = this.next()
    if (this.eatName('from')) {
      const value = this.test()
      return { type: 'YieldFrom', value, ...this.span(t, value) }
    }
    if (
      this.isOp(')') ||
      this.isOp(']') ||
      this.isOp('}') ||
      this.isOp('=') ||
      this.tok.kind === 'newline' ||
      this.isOp(';')
    ) {
      return { type: 'Yield', value: null, ...this.span(t, t) }
    }
    const value = this.exprList()
    return { type: 'Yield', value, ...this.span(t, value) }
  }

  /** Parameters of a def (closer ')') or a lambda (closer ':'). */
  parameters(closer: string, annotations: boolean): Arguments {
    const a: Arguments = {
      posonly: [],
      args: [],
      defaults: [],
      vararg: null,
      kwonly: [],
      kwDefaults: [],
      kwarg: null,
    }
    let seenStar = false
    const names = new Set<string>()
    const param = (): Arg => {
      const t = this.expectName()
      if (names.has(t.text)) throw this.error(`duplicate argument '${t.text}' in function definition`, t)
      names.add(t.text)
      let annotation: Expr | null = null
      if (annotations && this.eatOp(':')) annotation = this.test()
      return { name: t.text, annotation, span: this.span(t, t) }
    }
    while (!this.isOp(closer)) {
      if (this.eatOp('**')) {
        a.kwarg = param()
        this.eatOp(',')
        if (!this.isOp(closer)) throw this.invalid()
        break
      }
      if (this.eatOp('*')) {
        if (seenStar) throw this.error('* argument may appear only once', this.tokens[this.pos - 1]!)
        seenStar = true
        if (!this.isOp(',')) a.vararg = param()
        else if (this.peek().kind === 'op' && this.peek().text === closer)
          throw this.error('named arguments must follow bare *', this.tokens[this.pos - 1]!)
      } else if (this.isOp('/')) {
        const t = this.next()
        if (seenStar || a.posonly.length > 0) throw this.error('/ may appear only once', t)
        if (a.args.length === 0) throw this.error('at least one argument must precede /', t)
        a.posonly = a.args
        a.args = []
      } else {
        const p = param()
        let dflt: Expr | null = null
        if (this.eatOp('=')) dflt = this.test()
        if (seenStar) {
          a.kwonly.push(p)
          a.kwDefaults.push(dflt)
        } else {
          a.args.push(p)
          if (dflt) a.defaults.push(dflt)
          else if (a.defaults.length > 0)
            throw this.error('non-default argument follows default argument', p.span)
        }
      }
      if (!this.eatOp(',')) break
    }
    return a
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
    const p = new ExpressionParser(tokens, this.filename, this.lines.join('\n'))
    p.next()
    let e: Expr
    try {
      e = p.exprList()
      if (!p.isOp(')')) throw p.invalid()
    } catch (err) {
      if (err instanceof PySyntaxError) throw this.error('f-string: ' + err.msg, this.fstringAt(t))
      throw err
    }
    return e
  }
}

/** How CPython names an expression kind in assignment errors. */
export function describe(e: Expr): string {
  switch (e.type) {
    case 'Call':
      return 'function call'
    case 'Constant':
      return e.kind === 'None' || e.kind === 'True' || e.kind === 'False'
        ? e.kind
        : e.kind === 'Ellipsis'
          ? 'ellipsis'
          : 'literal'
    case 'JoinedStr':
    case 'FormattedValue':
      return 'f-string expression'
    case 'BinOp':
    case 'UnaryOp':
      return 'expression'
    case 'BoolOp':
      return 'expression'
    case 'Compare':
      return 'comparison'
    case 'Lambda':
      return 'lambda'
    case 'IfExp':
      return 'conditional expression'
    case 'ListComp':
      return 'list comprehension'
    case 'SetComp':
      return 'set comprehension'
    case 'DictComp':
      return 'dict comprehension'
    case 'GeneratorExp':
      return 'generator expression'
    case 'Dict':
      return 'dict literal'
    case 'Set':
      return 'set display'
    case 'Yield':
    case 'YieldFrom':
      return 'yield expression'
    case 'Await':
      return 'await expression'
    case 'NamedExpr':
      return 'named expression'
    case 'Name':
    case 'Attribute':
    case 'Subscript':
    case 'Starred':
    case 'List':
    case 'Tuple':
    case 'Slice':
      return e.type.toLowerCase()
  }
}

/** Raises CPython's error when `e` cannot be assigned to (or deleted, for `del`). */
export function checkTarget(
  p: TokenStream,
  e: Expr,
  ctx: 'assign' | 'comprehension' | 'for' | 'del' | 'with',
  eqHint = false,
): void {
  switch (e.type) {
    case 'Name':
      if (e.id === '__debug__') throw p.error('cannot assign to __debug__', e)
      return
    case 'Attribute':
    case 'Subscript':
      return
    case 'Starred':
      if (ctx === 'del') throw p.error('cannot delete starred', e)
      checkTarget(p, e.value, ctx, eqHint)
      return
    case 'Tuple':
    case 'List':
      for (const x of e.elts) checkTarget(p, x, ctx, eqHint)
      return
    default: {
      const what = describe(e)
      if (ctx === 'del') throw p.error(`cannot delete ${what}`, e)
      const hint = eqHint && !['Constant'].includes('') ? " here. Maybe you meant '==' instead of '='?" : ''
      if (e.type === 'Constant' && (e.kind === 'None' || e.kind === 'True' || e.kind === 'False')) {
        throw p.error(`cannot assign to ${what}`, e)
      }
      throw p.error(`cannot assign to ${what}${hint}`, e)
    }
  }
}

export type { Span }
