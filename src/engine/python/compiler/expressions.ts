import { newComplex } from '../objects/complex'
import type { Arguments, Expr, Keyword, Span, Stmt } from '../ast'
import { PyFloat } from '../objects/base'
import { PySyntaxError } from '../syntax-error'
import type { Scope } from './scope'
import { ConstPool, jsName, Unit } from './unit'

const FRAME_BUILTINS = new Set(['globals', 'locals', 'vars', 'dir', 'eval', 'exec'])
const BINOP_FAST: Record<string, string> = {
  '+': 'add',
  '-': 'sub',
  '*': 'mul',
  '%': 'mod',
  '//': 'floordiv',
}
const COMPARE: Record<string, string> = {
  '<': 'lt',
  '<=': 'le',
  '>': 'gt',
  '>=': 'ge',
  '==': 'eq',
  '!=': 'ne',
}

/** Generates JS expressions from Python expressions; the statement compiler extends it. */
export abstract class ExpressionCompiler {
  readonly pool = new ConstPool()
  futureAnnotations = false

  constructor(
    readonly filename: string,
    readonly lines: string[],
    readonly scopes: Map<object, Scope>,
  ) {}

  abstract functionBody(u: Unit, body: Stmt[]): void
  /** Compiles a def/lambda into a `O.makeFunction(...)` expression. */
  abstract makeFunction(
    u: Unit,
    node: object,
    name: string,
    args: Arguments,
    body: Stmt[],
    docstring?: boolean,
    returns?: Expr | null,
  ): string
  /** Compiles a comprehension or generator expression into a call of a nested JS function. */
  protected abstract comprehension(
    u: Unit,
    e: Expr & { type: 'ListComp' | 'SetComp' | 'DictComp' | 'GeneratorExp' },
  ): string

  error(msg: string, node: { line: number; col: number; endLine?: number; endCol?: number }): PySyntaxError {
    const end = node.endLine === node.line && node.endCol !== undefined ? node.endCol + 1 : undefined
    return new PySyntaxError(
      'SyntaxError',
      msg,
      this.filename,
      node.line,
      node.col + 1,
      this.lines[node.line - 1] ?? '',
      end,
    )
  }

  /** A JS expression reading a Python name. */
  load(u: Unit, name: string, span: Span): string {
    const kind = u.scope.resolve(name)
    const q = JSON.stringify(name)
    switch (kind) {
      case 'local': {
        const isParam = u.scope.params.includes(name) && !u.scope.deleted.has(name)
        return isParam ? jsName(name) : `(${jsName(name)} ?? O.unboundLocal(${q}, P = ${u.pos(span)}))`
      }
      case 'free':
        return `(${jsName(name)} ?? O.unboundFree(${q}, P = ${u.pos(span)}))`
      case 'global':
        return `(G.m.get(${q}) ?? O.loadGlobal(G, B, ${q}, ${u.code.varnames.length > 0 ? u.codeRef : 'null'}, P = ${u.pos(span)}))`
      case 'name':
        return `O.loadName(NS, G, B, ${q}, P = ${u.pos(span)})`
      case 'classname':
        return `(NS.m.get(${q}) ?? ${jsName(name)} ?? O.unboundFree(${q}, P = ${u.pos(span)}))`
    }
  }

  /** A JS expression storing `value` (a JS expression) into a Python name; evaluates to the value. */
  storeName(u: Unit, name: string, value: string): string {
    const q = JSON.stringify(name)
    switch (u.scope.resolve(name)) {
      case 'local':
      case 'free':
        return `(${jsName(name)} = ${value})`
      case 'global':
        return `O.storeGlobal(G, ${q}, ${value})`
      case 'name':
      case 'classname':
        return `O.storeName(NS, ${q}, ${value})`
    }
  }

  /** A JS expression assigning `value` to any assignment target. */
  store(u: Unit, target: Expr, value: string): string {
    switch (target.type) {
      case 'Name':
        return this.storeName(u, target.id, value)
      case 'Attribute': {
        const p = u.pos(target)
        return `O.setattr(${this.expr(u, target.value)}, ${JSON.stringify(target.attr)}, ${value}, P = ${p})`
      }
      case 'Subscript': {
        const p = u.pos(target)
        return `O.setitem(${this.expr(u, target.value)}, ${this.expr(u, target.slice)}, ${value}, P = ${p})`
      }
      case 'Tuple':
      case 'List': {
        const t = u.tmp()
        const star = target.elts.findIndex((e) => e.type === 'Starred')
        const n = target.elts.length
        const parts: string[] = []
        const up = u.pos(target)
        if (star < 0) parts.push(`${t} = O.unpack(${value}, ${n}, P = ${up})`)
        else {
          if (target.elts.filter((e) => e.type === 'Starred').length > 1)
            throw this.error('multiple starred expressions in assignment', target)
          parts.push(`${t} = O.unpackStar(${value}, ${star}, ${n - star - 1}, P = ${up})`)
        }
        target.elts.forEach((e, i) =>
          parts.push(this.store(u, e.type === 'Starred' ? e.value : e, `${t}[${i}]`)),
        )
        return `(${parts.join(', ')})`
      }
      case 'Starred':
        throw this.error('starred assignment target must be in a list or tuple', target)
      default:
        throw this.error(`cannot assign to ${target.type}`, target)
    }
  }

  /** A JS expression for a sequence of items with `*spread` support, as a JS array. */
  array(u: Unit, elts: Expr[], callee: string | null = null): string {
    const parts = elts.map((e) =>
      e.type === 'Starred'
        ? callee === null
          ? `...O.toArray(${this.expr(u, e.value)})`
          : `...O.starArgs(${callee}, ${this.expr(u, e.value)})`
        : this.expr(u, e),
    )
    return `[${parts.join(', ')}]`
  }

  /** Call arguments as [argsArrayExpr, kwnamesExpr] or a call via `callEx` when `*`/`**` appear. */
  callArgs(
    u: Unit,
    args: Expr[],
    keywords: Keyword[],
    callee: string | null = null,
  ): { args: string; kwn: string; ex: string | null } {
    const hasStar = args.some((a) => a.type === 'Starred')
    const hasDoubleStar = keywords.some((k) => k.name === null)
    if (hasDoubleStar || hasStar) {
      const kwParts = keywords.map((k) =>
        k.name === null
          ? `[null, ${this.expr(u, k.value)}]`
          : `[${JSON.stringify(k.name)}, ${this.expr(u, k.value)}]`,
      )
      return { args: this.array(u, args, callee), kwn: 'null', ex: `[${kwParts.join(', ')}]` }
    }
    const vals = [...args.map((a) => this.expr(u, a)), ...keywords.map((k) => this.expr(u, k.value))]
    const kwn = keywords.length > 0 ? this.pool.add(keywords.map((k) => k.name)) : 'null'
    return { args: `[${vals.join(', ')}]`, kwn, ex: null }
  }

  /** A JS expression evaluating a Python expression. */
  expr(u: Unit, e: Expr): string {
    switch (e.type) {
      case 'Name':
        return this.load(u, e.id, e)
      case 'Constant':
        switch (e.kind) {
          case 'None':
            return 'O.None'
          case 'True':
            return 'true'
          case 'False':
            return 'false'
          case 'Ellipsis':
            return 'O.Ellipsis'
          case 'int':
            return typeof e.value === 'bigint' ? `${e.value}n` : String(e.value)
          case 'float':
            return this.pool.add(new PyFloat(e.value as number))
          case 'complex':
            return this.pool.add(newComplex(0, e.value as number))
          case 'str':
            return JSON.stringify(e.value)
          case 'bytes':
            return `O.bytesConst(${JSON.stringify(e.value)})`
        }
        break
      case 'JoinedStr': {
        if (e.values.length === 0) return '""'
        return (
          '(' +
          e.values
            .map((v) => (v.type === 'Constant' ? JSON.stringify(v.value) : this.expr(u, v)))
            .join(' + ') +
          ')'
        )
      }
      case 'FormattedValue': {
        const spec = e.spec ? this.expr(u, e.spec) : '""'
        return `O.formatField(${this.expr(u, e.value)}, ${JSON.stringify(e.conversion)}, ${spec})`
      }
      case 'BinOp': {
        const l = this.expr(u, e.left)
        const r = this.expr(u, e.right)
        const p = u.pos(e, { kind: 1, a: e.left.endCol, b: e.right.col })
        const fast = BINOP_FAST[e.op]
        if (fast) return `O.${fast}(${l}, ${r}, P = ${p})`
        return `O.binop(${l}, ${r}, ${JSON.stringify(e.op)}, P = ${p})`
      }
      case 'UnaryOp': {
        const v = this.expr(u, e.operand)
        if (e.op === 'not') return `!O.truthy(${v})`
        if (e.op === '-' && e.operand.type === 'Constant' && e.operand.kind === 'int') {
          const n = e.operand.value as number | bigint
          return typeof n === 'bigint'
            ? -n >= -9007199254740991n
              ? String(Number(-n))
              : `${-n}n`
            : String(-n)
        }
        return `O.unary(${v}, ${JSON.stringify(e.op)}, P = ${u.pos(e)})`
      }
      case 'BoolOp': {
        const t = u.tmp()
        let out = this.expr(u, e.values[e.values.length - 1]!)
        for (let i = e.values.length - 2; i >= 0; i--) {
          const v = this.expr(u, e.values[i]!)
          out =
            e.op === 'and'
              ? `(O.truthy(${t} = ${v}) ? ${out} : ${t})`
              : `(O.truthy(${t} = ${v}) ? ${t} : ${out})`
        }
        return out
      }
      case 'Compare':
        return this.compare(u, e as Expr & { type: 'Compare' })
      case 'Call':
        return this.call(u, e as Expr & { type: 'Call' })
      case 'Attribute':
        return `O.getattr(${this.expr(u, e.value)}, ${JSON.stringify(e.attr)}, P = ${u.pos(e)})`
      case 'Subscript': {
        const p = u.pos(e, { kind: 2, a: e.value.endCol, b: e.endCol })
        return `O.getitem(${this.expr(u, e.value)}, ${this.expr(u, e.slice)}, P = ${p})`
      }
      case 'Slice': {
        const part = (x: Expr | null) => (x ? this.expr(u, x) : 'O.None')
        return `O.newSlice(${part(e.lower)}, ${part(e.upper)}, ${part(e.step)})`
      }
      case 'Starred':
        throw this.error("can't use starred expression here", e)
      case 'List':
        return `O.newList(${this.array(u, e.elts)})`
      case 'Tuple':
        return `O.newTuple(${this.array(u, e.elts)})`
      case 'Set':
        return `O.newSet(${this.array(u, e.elts)})`
      case 'Dict': {
        const parts = e.keys.map((k, i) =>
          k === null
            ? `O.DSTAR, ${this.expr(u, e.values[i]!)}`
            : `${this.expr(u, k)}, ${this.expr(u, e.values[i]!)}`,
        )
        return `O.buildDict([${parts.join(', ')}])`
      }
      case 'IfExp':
        return `(O.truthy(${this.expr(u, e.test)}) ? ${this.expr(u, e.body)} : ${this.expr(u, e.orelse)})`
      case 'Lambda': {
        const body: Stmt[] = [
          {
            type: 'Return',
            value: e.body,
            line: e.body.line,
            col: e.body.col,
            endLine: e.body.endLine,
            endCol: e.body.endCol,
          },
        ]
        return this.makeFunction(u, e, '<lambda>', e.args, body)
      }
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        return this.comprehension(u, e)
      case 'Yield': {
        const v = e.value ? this.expr(u, e.value) : 'O.None'
        return `(yield ${v})`
      }
      case 'YieldFrom':
        return `(yield* O.yieldFrom(${this.expr(u, e.value)}))`
      case 'Await':
        throw this.error("'await' outside async function", e)
      case 'NamedExpr': {
        const t = u.tmp()
        const target = e.target as Expr & { type: 'Name' }
        let s = u.scope
        while (s.name === '<comp>' && s.parent) s = s.parent
        const kind = s.resolve(target.id)
        const q = JSON.stringify(target.id)
        const store =
          s === u.scope
            ? this.storeName(u, target.id, t)
            : kind === 'global'
              ? `O.storeGlobal(G, ${q}, ${t})`
              : kind === 'name' || kind === 'classname'
                ? `O.storeName(NS, ${q}, ${t})`
                : `(${jsName(target.id)} = ${t})`
        return `(${t} = ${this.expr(u, e.value)}, ${store}, ${t})`
      }
    }
    throw this.error('invalid syntax', e)
  }

  private compare(u: Unit, e: Expr & { type: 'Compare' }): string {
    const one = (op: string, l: string, r: string, pos: number): string => {
      switch (op) {
        case 'is':
          return `(${l} === ${r})`
        case 'is not':
          return `(${l} !== ${r})`
        case 'in':
          return `O.contains(${r}, ${l}, P = ${pos})`
        case 'not in':
          return `!O.contains(${r}, ${l}, P = ${pos})`
        default:
          return `O.${COMPARE[op]}(${l}, ${r}, P = ${pos})`
      }
    }
    if (e.ops.length === 1)
      return one(e.ops[0]!, this.expr(u, e.left), this.expr(u, e.comparators[0]!), u.pos(e))
    const res = u.tmp()
    let left = this.expr(u, e.left)
    const parts: string[] = []
    for (let i = 0; i < e.ops.length; i++) {
      const last = i === e.ops.length - 1
      let r: string
      let rv: string
      if (last) r = rv = this.expr(u, e.comparators[i]!)
      else {
        rv = u.tmp()
        r = `(${rv} = ${this.expr(u, e.comparators[i]!)})`
      }
      const prev = i === 0 ? e.left : e.comparators[i - 1]!
      const pos = u.pos({
        line: prev.line,
        col: prev.col,
        endLine: e.comparators[i]!.endLine,
        endCol: e.comparators[i]!.endCol,
      })
      parts.push(`${res} = ${one(e.ops[i]!, left, r, pos)}`)
      left = rv
    }
    let out = parts[parts.length - 1]!
    for (let i = parts.length - 2; i >= 0; i--) out = `(O.truthy(${parts[i]}) ? (${out}) : ${res})`
    return `(${out})`
  }

  private call(u: Unit, e: Expr & { type: 'Call' }): string {
    const f = e.func
    if (
      f.type === 'Name' &&
      f.id === 'super' &&
      e.args.length === 0 &&
      e.keywords.length === 0 &&
      u.scope.resolve('super') === 'global'
    ) {
      const first = u.scope.firstParam
      const self = first === null ? 'undefined' : jsName(first)
      const cls = u.scope.resolve('__class__') === 'free' ? jsName('__class__') : 'undefined'
      return `O.superNoArgs(${cls}, ${self}, P = ${u.pos(e)})`
    }
    if (f.type === 'Attribute') {
      const obj = this.expr(u, f.value)
      const a = this.callArgs(u, e.args, e.keywords)
      const p = u.pos(e)
      if (a.ex !== null)
        return `O.callEx(O.getattr(${obj}, ${JSON.stringify(f.attr)}), ${a.args}, ${a.ex}, P = ${p})`
      const args = a.args === '[]' ? '[undefined]' : `[undefined, ${a.args.slice(1)}`
      u.pos(f)
      return `O.callMethod(${obj}, ${JSON.stringify(f.attr)}, ${args}, ${a.kwn}, P = ${p})`
    }
    const fn = this.expr(u, f)
    if (
      f.type === 'Name' &&
      FRAME_BUILTINS.has(f.id) &&
      u.scope.resolve(f.id) !== 'local' &&
      u.scope.resolve(f.id) !== 'free'
    ) {
      const a = this.callArgs(u, e.args, e.keywords)
      if (a.ex === null) {
        const scope = u.scope
        const names = [...scope.bound].filter((n) => scope.isLocal(n))
        const locals =
          scope.kind === 'function'
            ? `() => O.localsDict(${JSON.stringify(names)}, [${names.map(jsName).join(', ')}])`
            : '() => NS'
        return `O.callFrame(${fn}, ${a.args}, ${a.kwn}, G, ${locals}, P = ${u.pos(e)})`
      }
    }
    if (e.args.some((x) => x.type === 'Starred') || e.keywords.some((k) => k.name === null)) {
      const t = u.tmp()
      const a = this.callArgs(u, e.args, e.keywords, t)
      return `O.callEx((${t} = ${fn}), ${a.args}, ${a.ex}, P = ${u.pos(e)})`
    }
    const a = this.callArgs(u, e.args, e.keywords)
    const p = u.pos(e)
    return `O.call(${fn}, ${a.args}, ${a.kwn}, P = ${p})`
  }
}
