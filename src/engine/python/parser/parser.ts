import type { Alias, ExceptHandler, Expr, Module, Stmt, WithItem } from '../ast'
import { tokenize, type Token } from '../tokenizer'
import { checkTarget, describe } from './assignment-targets'
import { PatternParser } from './patterns'

const AUG_OPS = new Set(['+=', '-=', '*=', '/=', '//=', '%=', '**=', '>>=', '<<=', '&=', '|=', '^=', '@='])

/** Parses Python source into a Module, raising PySyntaxError with CPython's wording. */
export function parseModule(source: string, filename: string): Module {
  const p = new StatementParser(tokenize(source, filename), filename, source)
  const body: Stmt[] = []
  while (p.tok.kind !== 'end') {
    if (p.tok.kind === 'newline') {
      p.next()
      continue
    }
    if (p.tok.kind === 'indent')
      throw p.error('unexpected indent', { line: p.tok.line, col: -1 }, 'IndentationError')
    body.push(...p.statement())
  }
  return { body }
}

/** Parses a single expression (for eval()). */
export function parseExpression(source: string, filename: string): Expr {
  const p = new StatementParser(tokenize(source.trim(), filename), filename, source)
  const e = p.exprList()
  while (p.tok.kind === 'newline') p.next()
  if (p.tok.kind !== 'end') throw p.invalid()
  return e
}

class StatementParser extends PatternParser {
  loopDepth = 0

  /** The last statement of a block (for compound statement spans), or a fallback. */
  private lastOf(body: Stmt[], fallback: Token | Stmt): Stmt | Token {
    return body[body.length - 1] ?? fallback
  }

  /** One statement line (possibly several `;`-separated simple statements) or a compound statement. */
  statement(): Stmt[] {
    const t = this.tok
    if (t.kind === 'name') {
      switch (t.text) {
        case 'if':
          return [this.ifStmt()]
        case 'while':
          return [this.whileStmt()]
        case 'for':
          return [this.forStmt(false)]
        case 'try':
          return [this.tryStmt()]
        case 'with':
          return [this.withStmt(false)]
        case 'def':
          return [this.funcDef([], t, false)]
        case 'class':
          return [this.classDef([], t)]
        case 'match':
          if (this.startsMatch()) return [this.matchStmt()]
          break
        case 'async': {
          const n = this.peek()
          if (n.kind === 'name' && (n.text === 'def' || n.text === 'for' || n.text === 'with')) {
            this.next()
            if (n.text === 'def') return [this.funcDef([], t, true)]
            if (n.text === 'for') return [this.forStmt(true)]
            return [this.withStmt(true)]
          }
          break
        }
      }
    } else if (t.kind === 'op' && t.text === '@') {
      return [this.decorated()]
    }
    return this.simpleStatements()
  }

  private simpleStatements(): Stmt[] {
    const out: Stmt[] = [this.smallStatement()]
    while (this.eatOp(';')) {
      if (this.tok.kind === 'newline') break
      out.push(this.smallStatement())
    }
    if (this.tok.kind !== 'newline' && this.tok.kind !== 'end') {
      const prev = out[out.length - 1]!
      if (prev.type === 'Expr' && this.isExprStart()) {
        if (prev.value.type === 'Name' && prev.value.id === 'print' && this.tok.kind !== 'op') {
          throw this.error("Missing parentheses in call to 'print'. Did you mean print(...)?", {
            line: prev.line,
            col: prev.col,
            endLine: this.tok.endLine,
            endCol: this.lastOnLine().endCol,
          })
        }
        if (
          prev.value.type === 'Name' &&
          this.tok.kind === 'name' &&
          !['if', 'else', 'in', 'is', 'and', 'or', 'not', 'for'].includes(this.tok.text)
        ) {
          throw this.invalid()
        }
        if (prev.value.type !== 'Name' || this.tok.kind !== 'name') {
          throw this.error('invalid syntax. Perhaps you forgot a comma?', {
            line: prev.line,
            col: prev.col,
            endLine: this.tok.endLine,
            endCol: this.tok.endCol,
          })
        }
      }
      if (this.isOp('=') && prev.type === 'Expr') checkTarget(this, prev.value, 'assign', true)
      throw this.invalid()
    }
    this.next()
    return out
  }

  private lastOnLine(): Token {
    let i = this.pos
    while (this.tokens[i + 1] && this.tokens[i + 1]!.kind !== 'newline' && this.tokens[i + 1]!.kind !== 'end')
      i++
    return this.tokens[i]!
  }

  private smallStatement(): Stmt {
    const t = this.tok
    if (t.kind === 'name') {
      switch (t.text) {
        case 'pass':
          this.next()
          return { type: 'Pass', ...this.span(t, t) }
        case 'break':
          this.next()
          if (this.loopDepth === 0) throw this.error("'break' outside loop", t)
          return { type: 'Break', ...this.span(t, t) }
        case 'continue':
          this.next()
          if (this.loopDepth === 0) throw this.error("'continue' not properly in loop", t)
          return { type: 'Continue', ...this.span(t, t) }
        case 'return': {
          this.next()
          const value = this.atStatementEnd() ? null : this.exprList()
          return { type: 'Return', value, ...this.spanFrom(t) }
        }
        case 'raise': {
          this.next()
          if (this.atStatementEnd()) return { type: 'Raise', exc: null, cause: null, ...this.spanFrom(t) }
          const exc = this.test()
          const cause = this.eatName('from') ? this.test() : null
          return { type: 'Raise', exc, cause, ...this.spanFrom(t) }
        }
        case 'global':
        case 'nonlocal': {
          this.next()
          const names = [this.expectName().text]
          while (this.eatOp(',')) names.push(this.expectName().text)
          return { type: t.text === 'global' ? 'Global' : 'Nonlocal', names, ...this.spanFrom(t) }
        }
        case 'del': {
          this.next()
          const target = this.exprList(false, () => this.bitOr())
          const targets = target.type === 'Tuple' && !target.parens ? target.elts : [target]
          for (const x of targets) checkTarget(this, x, 'del')
          return { type: 'Delete', targets, ...this.spanFrom(t) }
        }
        case 'assert': {
          this.next()
          const test = this.test()
          const msg = this.eatOp(',') ? this.test() : null
          return { type: 'Assert', test, msg, ...this.spanFrom(t) }
        }
        case 'import':
          return this.importStmt()
        case 'from':
          return this.fromImport()
      }
    }
    return this.exprStatement()
  }

  private atStatementEnd(): boolean {
    return this.tok.kind === 'newline' || this.tok.kind === 'end' || this.isOp(';')
  }

  private exprStatement(): Stmt {
    const start = this.tok
    const first = this.isName('yield') ? this.yieldExpr() : this.exprList()
    if (this.isOp('=')) {
      const targets = [first]
      let value: Expr = first
      while (this.eatOp('=')) {
        value = this.isName('yield') ? this.yieldExpr() : this.exprList()
        targets.push(value)
      }
      targets.pop()
      for (const x of targets) checkTarget(this, x, 'assign', true)
      return { type: 'Assign', targets, value, ...this.spanFrom(start) }
    }
    if (this.tok.kind === 'op' && AUG_OPS.has(this.tok.text)) {
      if (first.type !== 'Name' && first.type !== 'Attribute' && first.type !== 'Subscript') {
        throw this.error(`'${describe(first)}' is an illegal expression for augmented assignment`, first)
      }
      const op = this.next().text.slice(0, -1)
      const value = this.isName('yield') ? this.yieldExpr() : this.exprList()
      return { type: 'AugAssign', target: first, op, value, ...this.spanFrom(start) }
    }
    if (this.isOp(':')) {
      this.next()
      if (first.type === 'Tuple') throw this.error('only single target (not tuple) can be annotated', first)
      if (first.type === 'List') throw this.error('only single target (not list) can be annotated', first)
      checkTarget(this, first, 'assign')
      const annotation = this.test()
      const value = this.eatOp('=') ? this.exprList() : null
      return {
        type: 'AnnAssign',
        target: first,
        annotation,
        value,
        simple: first.type === 'Name',
        ...this.spanFrom(start),
      }
    }
    return { type: 'Expr', value: first, ...this.spanFrom(start) }
  }

  private dottedName(): string {
    let name = this.expectName().text
    while (this.eatOp('.')) name += '.' + this.expectName().text
    return name
  }

  private importStmt(): Stmt {
    const t = this.next()
    const names: Alias[] = []
    do {
      const s = this.tok
      const name = this.dottedName()
      const asname = this.eatName('as') ? this.expectName().text : null
      names.push({ name, asname, span: this.spanFrom(s) })
    } while (this.eatOp(','))
    return { type: 'Import', names, ...this.spanFrom(t) }
  }

  private fromImport(): Stmt {
    const t = this.next()
    let level = 0
    while (this.isOp('.') || this.isOp('...')) level += this.next().text.length
    const module = this.isName('import') ? null : this.dottedName()
    if (!this.eatName('import')) throw this.invalid()
    const names: Alias[] = []
    if (this.isOp('*')) {
      const s = this.next()
      names.push({ name: '*', asname: null, span: this.span(s, s) })
    } else {
      const paren = this.eatOp('(')
      do {
        if (paren && this.isOp(')')) break
        const s = this.tok
        const name = this.expectName().text
        const asname = this.eatName('as') ? this.expectName().text : null
        names.push({ name, asname, span: this.spanFrom(s) })
      } while (this.eatOp(','))
      if (paren) this.expectOp(')')
      else if (this.tokens[this.pos - 1]!.text === ',')
        throw this.error(
          'trailing comma not allowed without surrounding parentheses',
          this.tokens[this.pos - 1]!,
        )
    }
    return { type: 'ImportFrom', module, names, level, ...this.spanFrom(t) }
  }

  /** The indented block after a compound statement header's ':'. */
  protected block(what: string, header: Token): Stmt[] {
    this.expectOp(':')
    if (this.tok.kind !== 'newline') return this.simpleStatements()
    this.next()
    const kind: string = this.tok.kind
    if (kind !== 'indent') {
      throw this.error(
        `expected an indented block after ${what} on line ${header.line}`,
        kind === 'end'
          ? { line: this.tokens[this.pos - 1]!.line, col: -1 }
          : { line: this.tok.line, col: this.tok.col },
        'IndentationError',
      )
    }
    this.next()
    const body: Stmt[] = []
    for (;;) {
      const k: string = this.tok.kind
      if (k === 'dedent' || k === 'end') break
      if (k === 'indent')
        throw this.error('unexpected indent', { line: this.tok.line, col: -1 }, 'IndentationError')
      body.push(...this.statement())
    }
    this.next()
    return body
  }

  private ifStmt(keyword = 'if'): Stmt {
    const t = this.next()
    const test = this.namedExpr()
    const body = this.block(`'${keyword}' statement`, t)
    let orelse: Stmt[] = []
    if (this.isName('elif')) {
      orelse = [this.ifStmt('elif')]
    } else if (this.isName('else')) {
      const e = this.next()
      orelse = this.block("'else' statement", e)
    }
    return {
      type: 'If',
      test,
      body,
      orelse,
      ...this.span(t, this.lastOf(orelse.length > 0 ? orelse : body, t)),
    }
  }

  private loopBody(what: string, header: Token): Stmt[] {
    this.loopDepth++
    try {
      return this.block(what, header)
    } finally {
      this.loopDepth--
    }
  }

  private whileStmt(): Stmt {
    const t = this.next()
    const test = this.namedExpr()
    const body = this.loopBody("'while' statement", t)
    let orelse: Stmt[] = []
    if (this.isName('else')) orelse = this.block("'else' statement", this.next())
    return {
      type: 'While',
      test,
      body,
      orelse,
      ...this.span(t, this.lastOf(orelse.length > 0 ? orelse : body, t)),
    }
  }

  private forStmt(isAsync: boolean): Stmt {
    const t = this.next()
    const target = this.exprList(true, () => this.bitOr())
    checkTarget(this, target, 'for')
    if (!this.eatName('in')) throw this.invalid()
    const iter = this.exprList()
    const body = this.loopBody("'for' statement", t)
    let orelse: Stmt[] = []
    if (this.isName('else')) orelse = this.block("'else' statement", this.next())
    return {
      type: 'For',
      target,
      iter,
      body,
      orelse,
      isAsync,
      ...this.span(t, this.lastOf(orelse.length > 0 ? orelse : body, t)),
    }
  }

  private tryStmt(): Stmt {
    const t = this.next()
    const body = this.block("'try' statement", t)
    const handlers: ExceptHandler[] = []
    while (this.isName('except')) {
      const e = this.next()
      let exType: Expr | null = null
      let name: string | null = null
      if (!this.isOp(':')) {
        exType = this.test()
        if (this.isOp(',')) {
          const rest = this.exprList()
          void rest
          throw this.error('multiple exception types must be parenthesized', exType)
        }
        if (this.eatName('as')) name = this.expectName().text
      }
      const hbody = this.block("'except' statement", e)
      handlers.push({ exType, name, body: hbody, ...this.span(e, e) })
    }
    let orelse: Stmt[] = []
    let finalbody: Stmt[] = []
    if (this.isName('else')) {
      if (handlers.length === 0) throw this.invalid()
      orelse = this.block("'else' statement", this.next())
    }
    if (this.isName('finally')) finalbody = this.block("'finally' statement", this.next())
    if (handlers.length === 0 && finalbody.length === 0)
      throw this.error("expected 'except' or 'finally' block", this.tok)
    return { type: 'Try', body, handlers, orelse, finalbody, ...this.span(t, this.lastOf(body, t)) }
  }

  private withStmt(isAsync: boolean): Stmt {
    const t = this.next()
    const items: WithItem[] = []
    const parens = this.isOp('(') && this.parenthesizedWithItems()
    if (parens) this.next()
    do {
      if (parens && this.isOp(')')) break
      const context = this.test()
      let vars: Expr | null = null
      if (this.eatName('as')) {
        vars = this.bitOrTarget()
        checkTarget(this, vars, 'with')
      }
      items.push({ context, vars })
    } while (this.eatOp(','))
    if (parens) this.expectOp(')')
    const body = this.block("'with' statement", t)
    return { type: 'With', items, body, isAsync, ...this.span(t, this.lastOf(body, t)) }
  }

  private bitOrTarget(): Expr {
    return this.isOp('(') || this.isOp('[') ? this.atomTarget() : this.primary()
  }

  private atomTarget(): Expr {
    return this.primary()
  }

  /** Whether `with (` opens a parenthesized list of with-items rather than an expression. */
  private parenthesizedWithItems(): boolean {
    let depth = 0
    for (let i = this.pos; i < this.tokens.length; i++) {
      const tk = this.tokens[i]!
      if (tk.kind === 'op' && '([{'.includes(tk.text)) depth++
      else if (tk.kind === 'op' && ')]}'.includes(tk.text)) {
        depth--
        if (depth === 0) {
          const n = this.tokens[i + 1]!
          return n.kind === 'op' && n.text === ':'
        }
      } else if (depth === 1 && tk.kind === 'name' && tk.text === 'as') return true
    }
    return false
  }

  private decorated(): Stmt {
    const decorators: Expr[] = []
    while (this.isOp('@')) {
      this.next()
      decorators.push(this.namedExpr())
      if (this.tok.kind !== 'newline') throw this.invalid()
      this.next()
    }
    const t = this.tok
    if (this.isName('def')) return this.funcDef(decorators, t, false)
    if (this.isName('async') && this.peek().text === 'def') {
      this.next()
      return this.funcDef(decorators, t, true)
    }
    if (this.isName('class')) return this.classDef(decorators, t)
    throw this.invalid()
  }

  private funcDef(decorators: Expr[], t: Token, isAsync: boolean): Stmt {
    const defTok = this.next()
    const name = this.expectName()
    if (!this.isOp('(')) {
      if (this.isOp(':')) throw this.error("expected '('", this.tok)
      throw this.invalid()
    }
    this.next()
    const args = this.parameters(')', true)
    this.expectOp(')')
    const returns = this.eatOp('->') ? this.test() : null
    const saved = this.loopDepth
    this.loopDepth = 0
    const body = this.block(`function definition`, defTok)
    this.loopDepth = saved
    return {
      type: 'FunctionDef',
      name: name.text,
      args,
      body,
      decorators,
      returns,
      isAsync,
      ...this.span(t, this.lastOf(body, name)),
    }
  }

  private classDef(decorators: Expr[], t: Token): Stmt {
    const classTok = this.next()
    const name = this.expectName()
    let bases: Expr[] = []
    let keywords: import('../ast').Keyword[] = []
    if (this.eatOp('(')) {
      const r = this.callArgs()
      bases = r.args
      keywords = r.keywords
      this.expectOp(')')
    }
    const saved = this.loopDepth
    this.loopDepth = 0
    const body = this.block(`class definition`, classTok)
    this.loopDepth = saved
    return {
      type: 'ClassDef',
      name: name.text,
      bases,
      keywords,
      body,
      decorators,
      ...this.span(t, this.lastOf(body, name)),
    }
  }
}
