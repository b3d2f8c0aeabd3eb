import type { Arg, Arguments, Comprehension, Expr, Keyword, Span } from '../ast'
import type { PySyntaxError } from '../syntax-error'
import type { Token } from '../tokenizer'
import { StringLiteralParser } from './string-literals'
import { KEYWORDS } from './token-stream'

/**
 * Argument lists: the arguments of a call and the parameters of a def or lambda, with CPython's
 * errors for misplaced keywords, defaults and stars. Expression parsing comes from the subclass.
 */
export abstract class ArgumentListParser extends StringLiteralParser {
  abstract test(): Expr
  abstract namedExpr(): Expr
  abstract compFor(): Comprehension[]
  abstract isExprStart(t?: Token): boolean

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
}
