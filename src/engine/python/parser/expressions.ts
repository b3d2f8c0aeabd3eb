import type { Comprehension, Expr } from '../ast'
import type { Token } from '../tokenizer'
import { ArgumentListParser } from './argument-lists'
import { checkTarget, describe } from './assignment-targets'
import { parseIntLiteral } from './literals'
import { KEYWORDS } from './token-stream'

const COMPARE_OPS = new Set(['<', '>', '==', '>=', '<=', '!='])
const EXPR_START_KEYWORDS = new Set(['None', 'True', 'False', 'not', 'lambda', 'await', 'yield'])

/** Recursive-descent parser for Python expressions; the statement parser extends it. */
export class ExpressionParser extends ArgumentListParser {
  protected parseFStringExpression(tokens: Token[]): Expr {
    const p = new ExpressionParser(tokens, this.filename, this.lines.join('\n'))
    p.next()
    const e = p.exprList()
    if (!p.isOp(')')) throw p.invalid()
    return e
  }

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
}
