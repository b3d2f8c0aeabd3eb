import type { Expr, Stmt } from '../ast'
import type { CodeInfo } from '../objects/exceptions'
import { parseModule } from '../parser/parser'
import { MatchCompiler } from './match'
import { manglePrivateNames } from './mangle'
import { analyzeScopes, type Scope } from './scope'
import { jsName, Unit } from './unit'

/** A compiled module: the JS source of its body function, its constants and its code info. */
export interface CompiledModule {
  /** `new Function('R', 'O', 'K', 'G', 'B', source)` returns the module body function. */
  source: string
  consts: unknown[]
  code: CodeInfo
}

/** Compiles Python source to JS (raises PySyntaxError). */
export function compileModule(sourceText: string, filename: string, namespaced = false): CompiledModule {
  const mod = parseModule(sourceText, filename)
  if (sourceText.includes('__')) manglePrivateNames(mod.body)
  const lines = sourceText.split('\n')
  const scopes = analyzeScopes(mod.body, filename, lines)
  scopes.get(mod.body)!.namespaced = namespaced
  const c = new StatementCompiler(filename, lines, scopes)
  c.futureAnnotations = mod.body.some(
    (s) =>
      s.type === 'ImportFrom' && s.module === '__future__' && s.names.some((n) => n.name === 'annotations'),
  )
  const u = new Unit(scopes.get(mod.body)!, c.pool, '<module>', '<module>', filename, lines, false)
  c.block(u, mod.body)
  const head = u.temps.length > 0 ? `let ${u.temps.join(', ')};\n` : ''
  const source = `return function (NS = G) {\n${head}let P = 0; const FID = ++R.fid;\ntry {\n${u.out.join('\n')}\n} catch (e) { throw O.traceback(R, e, ${u.codeRef}, P, FID) }\n}`
  return { source, consts: c.pool.values, code: u.code }
}

/** Compiles one expression (for eval()); the body function returns its value. */
export function compileExpression(
  expr: Expr,
  sourceText: string,
  filename: string,
  namespaced = false,
): CompiledModule {
  const lines = sourceText.split('\n')
  const body: Stmt[] = [
    { type: 'Expr', value: expr, line: expr.line, col: expr.col, endLine: expr.endLine, endCol: expr.endCol },
  ]
  const scopes = analyzeScopes(body, filename, lines)
  scopes.get(body)!.namespaced = namespaced
  const c = new StatementCompiler(filename, lines, scopes)
  const u = new Unit(scopes.get(body)!, c.pool, '<module>', '<module>', filename, lines, false)
  const value = c.expr(u, expr)
  const head = u.temps.length > 0 ? `let ${u.temps.join(', ')};\n` : ''
  const source = `return function (NS = G) {\n${head}let P = 0; const FID = ++R.fid;\ntry {\nreturn ${value};\n} catch (e) { throw O.traceback(R, e, ${u.codeRef}, P, FID) }\n}`
  return { source, consts: c.pool.values, code: u.code }
}

class StatementCompiler extends MatchCompiler {
  functionBody(u: Unit, body: Stmt[]): void {
    this.block(u, body)
  }

  block(u: Unit, body: Stmt[]): void {
    for (const s of body) this.stmt(u, s)
  }

  private nested(u: Unit, f: () => void): void {
    const saved = u.indent
    u.indent += '  '
    f()
    u.indent = saved
  }

  stmt(u: Unit, s: Stmt): void {
    const p = u.pos(s)
    switch (s.type) {
      case 'Expr':
        if (s.value.type === 'Constant') return
        u.emit(`P = ${p}; ${this.expr(u, s.value)};`)
        return
      case 'Assign': {
        const v = this.expr(u, s.value)
        if (s.targets.length === 1) {
          u.emit(`P = ${p}; ${this.store(u, s.targets[0]!, v)};`)
          return
        }
        const t = u.tmp()
        u.emit(`P = ${p}; ${t} = ${v};`)
        for (const target of s.targets) u.emit(`${this.store(u, target, t)};`)
        return
      }
      case 'AugAssign':
        this.augAssign(u, s as Stmt & { type: 'AugAssign' }, p)
        return
      case 'AnnAssign': {
        if (s.value) u.emit(`P = ${p}; ${this.store(u, s.target, this.expr(u, s.value))};`)
        if (u.scope.kind !== 'function' && s.simple && s.target.type === 'Name') {
          const ann = this.futureAnnotations
            ? JSON.stringify(this.sourceOf(s.annotation))
            : this.expr(u, s.annotation)
          u.emit(`O.annotate(NS, ${JSON.stringify(s.target.id)}, ${ann});`)
        }
        return
      }
      case 'Pass':
        return
      case 'Break':
        u.emit(`break ${u.loops[u.loops.length - 1]!.label};`)
        return
      case 'Continue':
        u.emit(`continue;`)
        return
      case 'Return':
        u.emit(`P = ${p}; return ${s.value ? this.expr(u, s.value) : 'O.None'};`)
        return
      case 'Delete':
        for (const t of s.targets) this.del(u, t, p)
        return
      case 'Raise': {
        const exc = s.exc ? this.expr(u, s.exc) : 'undefined'
        const cause = s.cause ? this.expr(u, s.cause) : 'undefined'
        u.emit(`P = ${p}; throw O.raise(R, ${exc}, ${cause}, P = ${p});`)
        return
      }
      case 'Global':
      case 'Nonlocal':
        return
      case 'Assert': {
        const msg = s.msg ? this.expr(u, s.msg) : 'undefined'
        u.emit(`P = ${p}; if (!O.truthy(${this.expr(u, s.test)})) throw O.assertionError(${msg});`)
        return
      }
      case 'Import':
        for (const a of s.names) {
          if (a.asname)
            u.emit(
              `P = ${p}; ${this.storeName(u, a.asname, `O.importModule(R, ${JSON.stringify(a.name)}, G, 0, true)`)};`,
            )
          else
            u.emit(
              `P = ${p}; ${this.storeName(u, a.name.split('.')[0]!, `O.importModule(R, ${JSON.stringify(a.name)}, G, 0, false)`)};`,
            )
        }
        return
      case 'ImportFrom': {
        const t = u.tmp()
        const names = s.names.map((n) => n.name)
        u.emit(
          `P = ${p}; ${t} = O.importFrom(R, ${JSON.stringify(s.module ?? '')}, G, ${s.level}, ${JSON.stringify(names)});`,
        )
        if (names[0] === '*') {
          u.emit(`O.importStar(${t}, NS);`)
          return
        }
        s.names.forEach((n, i) => u.emit(`${this.storeName(u, n.asname ?? n.name, `${t}[${i}]`)};`))
        return
      }
      case 'If': {
        u.emit(`P = ${p}; if (O.truthy(${this.expr(u, s.test)})) {`)
        this.nested(u, () => this.block(u, s.body))
        if (s.orelse.length > 0) {
          u.emit(`} else {`)
          this.nested(u, () => this.block(u, s.orelse))
        }
        u.emit(`}`)
        return
      }
      case 'While': {
        const label = u.label()
        u.emit(`${label}: {`)
        u.emit(`  while (true) {`)
        u.emit(`    if (--R.steps < 0) R.tick();`)
        u.emit(`    P = ${p}; if (!O.truthy(${this.expr(u, s.test)})) break;`)
        u.loops.push({ label, hasElse: s.orelse.length > 0 })
        this.nested(u, () => this.nested(u, () => this.block(u, s.body)))
        u.loops.pop()
        u.emit(`  }`)
        this.nested(u, () => this.block(u, s.orelse))
        u.emit(`}`)
        return
      }
      case 'For': {
        const label = u.label()
        const it = u.tmp()
        const v = u.tmp()
        const iterPos = p
        const temporary = s.iter.type === 'Call' || s.iter.type === 'GeneratorExp'
        u.emit(`P = ${iterPos}; ${it} = O.iter(${this.expr(u, s.iter)});`)
        if (temporary) u.emit(`try {`)
        u.emit(`${label}: {`)
        u.emit(`  for (;;) {`)
        u.emit(`    if (--R.steps < 0) R.tick();`)
        u.emit(`    P = ${iterPos}; ${v} = ${it}.nx(); if (${v} === undefined) break;`)
        u.emit(`    P = ${p}; ${this.store(u, s.target, v)};`)
        u.loops.push({ label, hasElse: s.orelse.length > 0 })
        this.nested(u, () => this.nested(u, () => this.block(u, s.body)))
        u.loops.pop()
        u.emit(`  }`)
        this.nested(u, () => this.block(u, s.orelse))
        u.emit(`}`)
        if (temporary) u.emit(`} finally { O.closeTemporary(${it}) }`)
        return
      }
      case 'With':
        this.withStmt(u, s.items, 0, s.body, p)
        return
      case 'Try':
        this.tryStmt(u, s as Stmt & { type: 'Try' })
        return
      case 'FunctionDef': {
        const decos = s.decorators.map((d) => {
          const t = u.tmp()
          u.emit(`P = ${u.pos(d)}; ${t} = ${this.expr(u, d)};`)
          return [t, u.pos(d)] as const
        })
        let f = this.makeFunction(u, s, s.name, s.args, s.body, true, s.returns)
        for (let i = decos.length - 1; i >= 0; i--)
          f = `O.call(${decos[i]![0]}, [${f}], null, P = ${decos[i]![1]})`
        u.emit(`P = ${p}; ${this.storeName(u, s.name, f)};`)
        return
      }
      case 'ClassDef':
        this.classDef(u, s as Stmt & { type: 'ClassDef' }, p)
        return
      case 'Match':
        this.matchStmt(u, s as Stmt & { type: 'Match' }, p)
        return
    }
  }

  private sourceOf(e: Expr): string {
    if (e.line !== e.endLine) return this.lines.slice(e.line - 1, e.endLine).join('\n')
    return (this.lines[e.line - 1] ?? '').slice(e.col, e.endCol)
  }

  private augAssign(u: Unit, s: Stmt & { type: 'AugAssign' }, p: number): void {
    const op = JSON.stringify(s.op)
    const value = this.expr(u, s.value)
    const pos = u.pos(s, { kind: 0 })
    const t = s.target
    if (t.type === 'Name') {
      u.emit(
        `P = ${p}; ${this.storeName(u, t.id, `O.inplace(${this.load(u, t.id, t)}, ${value}, ${op}, P = ${pos})`)};`,
      )
    } else if (t.type === 'Attribute') {
      const o = u.tmp()
      const name = JSON.stringify(t.attr)
      u.emit(
        `P = ${p}; ${o} = ${this.expr(u, t.value)}; O.setattr(${o}, ${name}, O.inplace(O.getattr(${o}, ${name}), ${value}, ${op}, P = ${pos}));`,
      )
    } else if (t.type === 'Subscript') {
      const o = u.tmp()
      const k = u.tmp()
      u.emit(
        `P = ${p}; ${o} = ${this.expr(u, t.value)}; ${k} = ${this.expr(u, t.slice)}; O.setitem(${o}, ${k}, O.inplace(O.getitem(${o}, ${k}), ${value}, ${op}, P = ${pos}));`,
      )
    }
  }

  private del(u: Unit, t: Expr, p: number): void {
    switch (t.type) {
      case 'Name': {
        const q = JSON.stringify(t.id)
        switch (u.scope.resolve(t.id)) {
          case 'local':
          case 'free':
            u.emit(
              `P = ${p}; if (${jsName(t.id)} === undefined) O.unboundLocal(${q}); ${jsName(t.id)} = undefined;`,
            )
            return
          case 'global':
            u.emit(`P = ${p}; O.deleteName(G, ${q});`)
            return
          default:
            u.emit(`P = ${p}; O.deleteName(NS, ${q});`)
            return
        }
      }
      case 'Attribute':
        u.emit(`P = ${p}; O.delattr(${this.expr(u, t.value)}, ${JSON.stringify(t.attr)});`)
        return
      case 'Subscript':
        u.emit(`P = ${p}; O.delitem(${this.expr(u, t.value)}, ${this.expr(u, t.slice)});`)
        return
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.del(u, e, p)
        return
      default:
        throw this.error(`cannot delete ${t.type}`, t)
    }
  }

  private withStmt(
    u: Unit,
    items: { context: Expr; vars: Expr | null }[],
    i: number,
    body: Stmt[],
    p: number,
  ): void {
    if (i >= items.length) {
      this.block(u, body)
      return
    }
    const item = items[i]!
    const mgr = u.tmp()
    const exit = u.tmp()
    const ok = u.tmp()
    const e = u.tmp()
    const ctxPos = u.pos(item.context)
    u.emit(`P = ${ctxPos}; ${mgr} = ${this.expr(u, item.context)}; ${exit} = O.exitOf(${mgr}); ${ok} = true;`)
    const enter = `O.enter(${mgr})`
    u.emit(`try {`)
    this.nested(u, () => {
      u.emit(item.vars ? `${this.store(u, item.vars, enter)};` : `${enter};`)
      this.withStmt(u, items, i + 1, body, p)
    })
    u.emit(`} catch (${e}) {`)
    u.emit(`  ${ok} = false; ${e} = O.caught(R, ${e}, ${u.codeRef}, P, FID);`)
    u.emit(
      `  R.excStack.push(${e}); try { P = ${p}; if (!O.truthy(O.callExit(${exit}, ${mgr}, ${e}))) throw ${e}; } catch (e2) { throw O.chain(R, e2, ${e}) } finally { R.excStack.pop() }`,
    )
    u.emit(`} finally { if (${ok}) { P = ${p}; O.callExit(${exit}, ${mgr}, undefined); } }`)
  }

  private tryStmt(u: Unit, s: Stmt & { type: 'Try' }): void {
    const hasFinally = s.finalbody.length > 0
    if (hasFinally) u.emit(`try {`)
    const run = () => {
      if (s.handlers.length === 0) {
        this.block(u, s.body)
        return
      }
      const ok = s.orelse.length > 0 ? u.tmp() : null
      const e = u.tmp()
      if (ok) u.emit(`${ok} = false;`)
      u.emit(`try {`)
      this.nested(u, () => {
        this.block(u, s.body)
        if (ok) u.emit(`${ok} = true;`)
      })
      u.emit(`} catch (${e}) {`)
      this.nested(u, () => {
        u.emit(`${e} = O.caught(R, ${e}, ${u.codeRef}, P, FID);`)
        u.emit(`R.excStack.push(${e});`)
        u.emit(`try {`)
        s.handlers.forEach((h, idx) => {
          const hp = u.pos(h.exType ?? h)
          const cond = h.exType ? `O.matches(${e}, ${this.expr(u, h.exType)}, P = ${hp})` : 'true'
          u.emit(`  ${idx === 0 ? '' : '} else '}if (${cond}) {`)
          this.nested(u, () =>
            this.nested(u, () => {
              if (h.name) {
                u.emit(`${this.storeName(u, h.name, e)};`)
                u.emit(`try {`)
                this.nested(u, () => this.block(u, h.body))
                u.emit(`} finally { ${this.clearName(u, h.name)} }`)
              } else this.block(u, h.body)
            }),
          )
        })
        u.emit(`  } else throw ${e};`)
        u.emit(`} catch (e2) { throw O.chain(R, e2, ${e}) } finally { R.excStack.pop() }`)
      })
      u.emit(`}`)
      if (ok) {
        u.emit(`if (${ok}) {`)
        this.nested(u, () => this.block(u, s.orelse))
        u.emit(`}`)
      }
    }
    if (hasFinally) {
      this.nested(u, run)
      const saved = u.tmp()
      u.emit(`} finally {`)
      u.emit(`  ${saved} = P;`)
      this.nested(u, () => this.block(u, s.finalbody))
      u.emit(`  P = ${saved};`)
      u.emit(`}`)
    } else run()
  }

  private clearName(u: Unit, name: string): string {
    switch (u.scope.resolve(name)) {
      case 'local':
      case 'free':
        return `${jsName(name)} = undefined;`
      case 'global':
        return `G.delete(${JSON.stringify(name)});`
      default:
        return `NS.delete(${JSON.stringify(name)});`
    }
  }

  private classDef(u: Unit, s: Stmt & { type: 'ClassDef' }, p: number): void {
    const scope: Scope = this.scopes.get(s)!
    const decos = s.decorators.map((d) => {
      const t = u.tmp()
      u.emit(`P = ${u.pos(d)}; ${t} = ${this.expr(u, d)};`)
      return t
    })
    const bases = u.tmp()
    const meta = u.tmp()
    const ns = u.tmp()
    const kw = s.keywords.filter((k) => k.name !== 'metaclass')
    const metaKw = s.keywords.find((k) => k.name === 'metaclass')
    u.emit(
      `P = ${p}; ${bases} = O.resolveBases(${this.array(u, s.bases)}); ${meta} = ${metaKw ? this.expr(u, metaKw.value) : 'undefined'};`,
    )
    u.emit(`${ns} = O.prepareNamespace(${meta}, ${JSON.stringify(s.name)}, ${bases});`)
    const qualPrefix =
      u.code.qualname === '<module>'
        ? ''
        : u.isClassBody
          ? u.code.qualname + '.'
          : u.code.qualname + '.<locals>.'
    const qualname = qualPrefix + s.name
    u.emit(
      `${ns}.set("__module__", G.m.get("__name__")); ${ns}.set("__qualname__", ${JSON.stringify(qualname)});`,
    )
    const inner = new Unit(scope, this.pool, s.name, qualname, this.filename, this.lines, true)
    const body = s.body
    if (body[0]?.type === 'Expr' && body[0].value.type === 'Constant' && body[0].value.kind === 'str') {
      inner.emit(`NS.set("__doc__", ${JSON.stringify(body[0].value.value)});`)
    }
    this.block(inner, body)
    const cell = scope.usesClassCell ? jsName('__class__') : null
    u.emit(`{`)
    if (cell) u.emit(`  let ${cell};`)
    const head = inner.temps.length > 0 ? `let ${inner.temps.join(', ')}; ` : ''
    u.emit(`  (function (NS) { ${head}let P = 0; const FID = ++R.fid; try {`)
    u.emit(inner.out.join('\n'))
    u.emit(`  } catch (e) { throw O.traceback(R, e, ${inner.codeRef}, P, FID) } })(${ns});`)
    const kwNames = JSON.stringify(kw.map((k) => k.name))
    const kwValues = `[${kw.map((k) => this.expr(u, k.value)).join(', ')}]`
    let cls = `O.buildClass(${meta}, ${JSON.stringify(s.name)}, ${bases}, ${ns}, ${kwNames}, ${kwValues}, P = ${p})`
    if (cell) cls = `(${cell} = ${cls})`
    for (let i = decos.length - 1; i >= 0; i--) cls = `O.call(${decos[i]}, [${cls}], null)`
    u.emit(`  P = ${p}; ${this.storeName(u, s.name, cls)};`)
    u.emit(`}`)
  }
}
