import { walkPattern } from './pattern-walk'
import type { Arguments, Comprehension, Expr, Stmt } from '../ast'
import { PySyntaxError } from '../syntax-error'

/** A name's storage as resolved at compile time. */
export type NameKind = 'local' | 'free' | 'global' | 'name' | 'classname'

/** The symbol table of one module, function, lambda, comprehension or class body. */
export class Scope {
  readonly bound = new Set<string>()
  readonly globals = new Set<string>()
  readonly nonlocals = new Set<string>()
  readonly params: string[] = []
  readonly deleted = new Set<string>()
  readonly used = new Set<string>()
  isGenerator = false
  /** Module code run by exec()/eval() with a separate locals mapping: names live in NS. */
  namespaced = false
  usesClassCell = false
  /** The first parameter's name (for zero-argument super()). */
  firstParam: string | null = null

  constructor(
    readonly kind: 'module' | 'function' | 'class',
    readonly name: string,
    readonly parent: Scope | null,
  ) {}

  /** The nearest enclosing function scope (skipping class bodies). */
  enclosingFunction(): Scope | null {
    let s = this.parent
    while (s !== null && s.kind === 'class') s = s.parent
    return s !== null && s.kind === 'function' ? s : null
  }

  /** Whether the name is a local JS variable of this function scope. */
  isLocal(name: string): boolean {
    return (
      this.kind === 'function' && this.bound.has(name) && !this.globals.has(name) && !this.nonlocals.has(name)
    )
  }

  /** How `name` is stored when read or written in this scope. */
  resolve(name: string): NameKind {
    if (this.kind === 'module') return this.namespaced ? 'name' : 'global'
    if (this.globals.has(name)) return 'global'
    if (this.kind === 'function') {
      if (this.nonlocals.has(name)) return 'free'
      if (this.bound.has(name)) return 'local'
      return this.findFree(name) ? 'free' : 'global'
    }
    if (this.bound.has(name) || this.nonlocals.has(name)) {
      return this.nonlocals.has(name) ? 'free' : 'name'
    }
    return this.findFree(name) ? 'classname' : 'name'
  }

  private findFree(name: string): boolean {
    if (name === '__class__') {
      let s: Scope | null = this.parent
      while (s !== null) {
        if (s.kind === 'class') {
          s.usesClassCell = true
          return true
        }
        s = s.parent
      }
      return false
    }
    let s = this.enclosingFunction()
    while (s !== null) {
      if (s.globals.has(name)) return false
      if (s.isLocal(name) || s.nonlocals.has(name)) return true
      s = s.enclosingFunction()
    }
    return false
  }
}

/** Builds the scopes of a module: a map from each scope-owning node (module body, def, lambda, class, comprehension) to its Scope. */
export function analyzeScopes(body: Stmt[], filename: string, lines: string[]): Map<object, Scope> {
  const scopes = new Map<object, Scope>()
  const module = new Scope('module', '<module>', null)
  scopes.set(body, module)
  const err = (msg: string, node: { line: number; col: number; endLine?: number; endCol?: number }) =>
    new PySyntaxError(
      'SyntaxError',
      msg,
      filename,
      node.line,
      node.col + 1,
      lines[node.line - 1] ?? '',
      node.endLine === node.line && node.endCol !== undefined ? node.endCol + 1 : undefined,
    )

  const bindTarget = (s: Scope, e: Expr): void => {
    switch (e.type) {
      case 'Name':
        s.bound.add(e.id)
        return
      case 'Tuple':
      case 'List':
        for (const x of e.elts) bindTarget(s, x)
        return
      case 'Starred':
        bindTarget(s, e.value)
        return
      default:
        expr(s, e)
    }
  }

  const args = (s: Scope, parent: Scope, a: Arguments): void => {
    for (const d of a.defaults) expr(parent, d)
    for (const d of a.kwDefaults) if (d) expr(parent, d)
    const all = [...a.posonly, ...a.args, ...a.kwonly]
    for (const p of all) if (p.annotation) expr(parent, p.annotation)
    for (const p of [...a.posonly, ...a.args]) s.params.push(p.name)
    if (a.vararg) s.params.push(a.vararg.name)
    for (const p of a.kwonly) s.params.push(p.name)
    if (a.kwarg) s.params.push(a.kwarg.name)
    for (const p of s.params) s.bound.add(p)
    s.firstParam = a.posonly[0]?.name ?? a.args[0]?.name ?? a.vararg?.name ?? null
  }

  const comprehension = (s: Scope, node: object, gens: Comprehension[], elts: Expr[]): void => {
    expr(s, gens[0]!.iter)
    const c = new Scope('function', '<comp>', s)
    scopes.set(node, c)
    gens.forEach((g, i) => {
      if (i > 0) expr(c, g.iter)
      bindTarget(c, g.target)
      for (const cond of g.ifs) expr(c, cond)
    })
    for (const e of elts) expr(c, e)
  }

  const expr = (s: Scope, e: Expr): void => {
    switch (e.type) {
      case 'Name':
        s.used.add(e.id)
        return
      case 'Constant':
        return
      case 'JoinedStr':
        for (const v of e.values) expr(s, v)
        return
      case 'FormattedValue':
        expr(s, e.value)
        if (e.spec) expr(s, e.spec)
        return
      case 'BinOp':
        expr(s, e.left)
        expr(s, e.right)
        return
      case 'UnaryOp':
        expr(s, e.operand)
        return
      case 'BoolOp':
        for (const v of e.values) expr(s, v)
        return
      case 'Compare':
        expr(s, e.left)
        for (const v of e.comparators) expr(s, v)
        return
      case 'Call':
        expr(s, e.func)
        for (const a of e.args) expr(s, a)
        for (const k of e.keywords) expr(s, k.value)
        if (e.func.type === 'Name' && e.func.id === 'super' && e.args.length === 0) s.resolve('__class__')
        return
      case 'Attribute':
        expr(s, e.value)
        return
      case 'Subscript':
        expr(s, e.value)
        expr(s, e.slice)
        return
      case 'Slice':
        if (e.lower) expr(s, e.lower)
        if (e.upper) expr(s, e.upper)
        if (e.step) expr(s, e.step)
        return
      case 'Starred':
        expr(s, e.value)
        return
      case 'List':
      case 'Tuple':
      case 'Set':
        for (const x of e.elts) expr(s, x)
        return
      case 'Dict':
        for (const k of e.keys) if (k) expr(s, k)
        for (const v of e.values) expr(s, v)
        return
      case 'IfExp':
        expr(s, e.test)
        expr(s, e.body)
        expr(s, e.orelse)
        return
      case 'Lambda': {
        const f = new Scope('function', '<lambda>', s)
        scopes.set(e, f)
        args(f, s, e.args)
        expr(f, e.body)
        return
      }
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        comprehension(s, e, e.generators, [e.elt])
        if (e.type === 'GeneratorExp') scopes.get(e)!.isGenerator = true
        return
      case 'DictComp':
        comprehension(s, e, e.generators, [e.key, e.value])
        return
      case 'Yield':
      case 'YieldFrom':
        if (s.kind !== 'function') throw err("'yield' outside function", e)
        if (s.name === '<comp>') throw err("'yield' inside list comprehension", e)
        s.isGenerator = true
        if (e.value) expr(s, e.value)
        return
      case 'Await':
        throw err("'await' outside function", e)
      case 'NamedExpr': {
        let t = s
        while (t.name === '<comp>' && t.parent) t = t.parent
        bindTarget(t, e.target)
        expr(s, e.value)
        return
      }
    }
  }

  const stmts = (s: Scope, body: Stmt[]): void => {
    for (const st of body) stmt(s, st)
  }

  const declare = (s: Scope, st: Stmt & { names: string[] }, kind: 'global' | 'nonlocal') => {
    for (const n of st.names) {
      if (s.params.includes(n)) throw err(`name '${n}' is parameter and ${kind}`, st)
      if (s.bound.has(n) || s.used.has(n)) {
        throw err(
          `name '${n}' is ${s.used.has(n) && !s.bound.has(n) ? 'used' : 'assigned to'} prior to ${kind} declaration`,
          st,
        )
      }
      if (kind === 'global') s.globals.add(n)
      else {
        if (s.kind === 'module') throw err('nonlocal declaration not allowed at module level', st)
        let f = s.enclosingFunction()
        while (f !== null && !f.isLocal(n) && !f.nonlocals.has(n)) f = f.enclosingFunction()
        if (f === null) throw err(`no binding for nonlocal '${n}' found`, st)
        s.nonlocals.add(n)
      }
    }
  }

  const stmt = (s: Scope, st: Stmt): void => {
    switch (st.type) {
      case 'Expr':
        expr(s, st.value)
        return
      case 'Assign':
        expr(s, st.value)
        for (const t of st.targets) bindTarget(s, t)
        return
      case 'AugAssign':
        expr(s, st.value)
        if (st.target.type === 'Name') s.used.add(st.target.id)
        bindTarget(s, st.target)
        return
      case 'AnnAssign':
        if (st.value) expr(s, st.value)
        if (s.kind !== 'function') expr(s, st.annotation)
        if (st.value || st.target.type !== 'Name' || s.kind !== 'function') bindTarget(s, st.target)
        else s.bound.add((st.target as { id: string }).id)
        return
      case 'Pass':
      case 'Break':
      case 'Continue':
        return
      case 'Return':
        if (s.kind !== 'function') throw err("'return' outside function", st)
        if (st.value) expr(s, st.value)
        return
      case 'Delete':
        for (const t of st.targets) {
          bindTarget(s, t)
          if (t.type === 'Name') s.deleted.add(t.id)
        }
        return
      case 'Raise':
        if (st.exc) expr(s, st.exc)
        if (st.cause) expr(s, st.cause)
        return
      case 'Global':
        declare(s, st, 'global')
        return
      case 'Nonlocal':
        declare(s, st, 'nonlocal')
        return
      case 'Assert':
        expr(s, st.test)
        if (st.msg) expr(s, st.msg)
        return
      case 'Import':
        for (const a of st.names) s.bound.add(a.asname ?? a.name.split('.')[0]!)
        return
      case 'ImportFrom':
        for (const a of st.names) {
          if (a.name === '*') {
            if (s.kind === 'function') throw err('import * only allowed at module level', st)
          } else s.bound.add(a.asname ?? a.name)
        }
        return
      case 'If':
      case 'While':
        expr(s, st.test)
        stmts(s, st.body)
        stmts(s, st.orelse)
        return
      case 'For':
        expr(s, st.iter)
        bindTarget(s, st.target)
        stmts(s, st.body)
        stmts(s, st.orelse)
        return
      case 'With':
        for (const it of st.items) {
          expr(s, it.context)
          if (it.vars) bindTarget(s, it.vars)
        }
        stmts(s, st.body)
        return
      case 'Try':
        stmts(s, st.body)
        for (const h of st.handlers) {
          if (h.exType) expr(s, h.exType)
          if (h.name) s.bound.add(h.name)
          stmts(s, h.body)
        }
        stmts(s, st.orelse)
        stmts(s, st.finalbody)
        return
      case 'FunctionDef': {
        for (const d of st.decorators) expr(s, d)
        if (st.returns && s.kind !== 'function') expr(s, st.returns)
        const f = new Scope('function', st.name, s)
        scopes.set(st, f)
        args(f, s, st.args)
        stmts(f, st.body)
        s.bound.add(st.name)
        return
      }
      case 'Match':
        expr(s, st.subject)
        for (const c of st.cases) {
          walkPattern(c.pattern, {
            expr: (e) => expr(s, e),
            name: (n) => {
              s.bound.add(n)
              return n
            },
          })
          if (c.guard) expr(s, c.guard)
          stmts(s, c.body)
        }
        return
      case 'ClassDef': {
        for (const d of st.decorators) expr(s, d)
        for (const b of st.bases) expr(s, b)
        for (const k of st.keywords) expr(s, k.value)
        const c = new Scope('class', st.name, s)
        scopes.set(st, c)
        stmts(c, st.body)
        s.bound.add(st.name)
        return
      }
    }
  }

  stmts(module, body)
  return scopes
}
