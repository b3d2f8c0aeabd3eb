import type { Arguments, Comprehension, Expr, Stmt } from '../ast'
import { ExpressionCompiler } from './expressions'
import { jsName, Unit } from './unit'

/**
 * Code units nested in an expression or statement: functions and lambdas (their signature, defaults,
 * annotations and body), comprehensions and generator expressions.
 */
export abstract class FunctionCompiler extends ExpressionCompiler {
  /** An annotation's value: evaluated, or its source text under `from __future__ import annotations`. */
  annotationValue(u: Unit, e: Expr): string {
    if (!this.futureAnnotations) return this.expr(u, e)
    const text =
      e.line === e.endLine
        ? (this.lines[e.line - 1] ?? '').slice(e.col, e.endCol)
        : this.lines.slice(e.line - 1, e.endLine).join('\n')
    return JSON.stringify(text)
  }

  /** Compiles a def/lambda into a `O.makeFunction(...)` expression. */
  makeFunction(
    u: Unit,
    node: object,
    name: string,
    args: Arguments,
    body: Stmt[],
    docstring = false,
    returns: Expr | null = null,
  ): string {
    const scope = this.scopes.get(node)!
    const annotated = [
      ...args.posonly,
      ...args.args,
      ...(args.vararg ? [args.vararg] : []),
      ...args.kwonly,
      ...(args.kwarg ? [args.kwarg] : []),
    ].filter((a) => a.annotation !== null)
    const annotationParts = annotated.map(
      (a) => `${JSON.stringify(a.name)}, ${this.annotationValue(u, a.annotation!)}`,
    )
    if (returns) annotationParts.push(`"return", ${this.annotationValue(u, returns)}`)
    const annotations = annotationParts.length > 0 ? `O.buildDict([${annotationParts.join(', ')}])` : 'null'
    const qualPrefix =
      u.code.qualname === '<module>'
        ? ''
        : u.isClassBody
          ? u.code.qualname + '.'
          : u.code.qualname + '.<locals>.'
    const inner = new Unit(scope, this.pool, name, qualPrefix + name, this.filename, this.lines, false)
    const defaults = args.defaults.map((d) => this.expr(u, d))
    const kwdefaults = args.kwDefaults.map((d) => (d ? this.expr(u, d) : 'undefined'))
    const sig = {
      names: [...args.posonly, ...args.args, ...args.kwonly].map((a) => a.name),
      nposonly: args.posonly.length,
      npos: args.posonly.length + args.args.length,
      nkwonly: args.kwonly.length,
      varargs: args.vararg?.name ?? null,
      varkw: args.kwarg?.name ?? null,
    }
    this.functionBody(inner, body)
    const params = scope.params
    const decl = params.map((p, i) => `${jsName(p)} = A[${i}]`)
    const locals = [...scope.bound].filter((n) => scope.isLocal(n) && !params.includes(n)).map(jsName)
    if (scope.usesClassCell && !u.isClassBody) void 0
    const head = [...decl, ...locals, ...inner.temps]
    const lines: string[] = []
    lines.push(`function (A) {`)
    if (head.length > 0) lines.push(`  let ${head.join(', ')};`)
    const code = inner.codeRef
    const bodyText = inner.out.join('\n')
    if (scope.isGenerator) {
      lines.push(`  const FID = ++R.fid;`)
      lines.push(`  return O.makeGenerator(R, ${code}, (function* () {`)
      lines.push(`    let P = 0;`)
      lines.push(`    try {`)
      lines.push(bodyText)
      lines.push(`    } catch (e) { throw O.traceback(R, e, ${code}, P, FID) }`)
      lines.push(`  })());`)
    } else {
      lines.push(`  let P = 0; const FID = ++R.fid;`)
      lines.push(`  if (--R.steps < 0) R.tick();`)
      lines.push(`  if (++R.depth > R.recursionLimit) O.recursionError(R);`)
      lines.push(`  try {`)
      lines.push(bodyText)
      lines.push(`    return O.None;`)
      lines.push(`  } catch (e) { throw O.traceback(R, e, ${code}, P, FID) } finally { R.depth-- }`)
    }
    lines.push(`}`)
    const sigRef = this.pool.add(sig)
    const doc =
      docstring &&
      body[0]?.type === 'Expr' &&
      body[0].value.type === 'Constant' &&
      body[0].value.kind === 'str'
        ? JSON.stringify(body[0].value.value)
        : 'O.None'
    return `O.makeFunction(${code}, ${sigRef}, [${defaults.join(', ')}], [${kwdefaults.join(', ')}], G, ${doc}, ${lines.join('\n')}, ${annotations})`
  }

  protected comprehension(
    u: Unit,
    e: Expr & { type: 'ListComp' | 'SetComp' | 'DictComp' | 'GeneratorExp' },
  ): string {
    const scope = this.scopes.get(e)!
    const kind =
      e.type === 'ListComp'
        ? 'listcomp'
        : e.type === 'SetComp'
          ? 'setcomp'
          : e.type === 'DictComp'
            ? 'dictcomp'
            : 'genexpr'
    const qualPrefix =
      u.code.qualname === '<module>'
        ? ''
        : u.isClassBody
          ? u.code.qualname + '.'
          : u.code.qualname + '.<locals>.'
    const inner = new Unit(
      scope,
      this.pool,
      `<${kind}>`,
      `${qualPrefix}<${kind}>`,
      this.filename,
      this.lines,
      false,
    )
    const gens: Comprehension[] = e.generators
    const firstIter = `O.iter(${this.expr(u, gens[0]!.iter)}, P = ${u.pos(gens[0]!.iter)})`
    const out = e.type === 'GeneratorExp' ? '' : inner.tmp()
    let body: string
    switch (e.type) {
      case 'ListComp':
        body = `${out}.push(${this.expr(inner, e.elt)});`
        break
      case 'SetComp':
        body = `${out}.table.set(${this.expr(inner, e.elt)}, true);`
        break
      case 'DictComp': {
        const k = inner.tmp()
        body = `${k} = ${this.expr(inner, e.key)}; ${out}.set(${k}, ${this.expr(inner, e.value)});`
        break
      }
      default:
        body = `yield ${this.expr(inner, e.elt)};`
    }
    for (let i = gens.length - 1; i >= 0; i--) {
      const g = gens[i]!
      const it = i === 0 ? 'IT' : inner.tmp()
      const v = inner.tmp()
      const conds = g.ifs.map((c) => `if (!O.truthy(${this.expr(inner, c)})) continue;`).join(' ')
      const store = this.store(inner, g.target, v)
      const init = i === 0 ? '' : `${it} = O.iter(${this.expr(inner, g.iter)}, P = ${inner.pos(g.iter)}); `
      body = `${init}for (;;) { if (--R.steps < 0) R.tick(); ${v} = ${it}.nx(); if (${v} === undefined) break; ${store}; ${conds} ${body} }`
    }
    const locals = [...scope.bound].filter((n) => scope.isLocal(n)).map(jsName)
    const head = [...locals, ...inner.temps]
    const decl = head.length > 0 ? `let ${head.join(', ')};` : ''
    const code = inner.codeRef
    if (e.type === 'GeneratorExp') {
      return `O.makeGenerator(R, ${code}, (function* (IT) { ${decl} let P = 0; const FID = ++R.fid; try { ${body} } catch (e) { throw O.traceback(R, e, ${code}, P, FID) } })(${firstIter}))`
    }
    const init =
      e.type === 'ListComp'
        ? `${out} = []`
        : e.type === 'SetComp'
          ? `${out} = O.newSet([])`
          : `${out} = O.newDict()`
    const result = e.type === 'ListComp' ? `O.newList(${out})` : out
    return `(function (IT) { ${decl} let P = 0; const FID = ++R.fid; try { ${init}; ${body} return ${result}; } catch (e) { throw O.traceback(R, e, ${code}, P, FID) } })(${firstIter}, P = ${u.pos(e)})`
  }
}
