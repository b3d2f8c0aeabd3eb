import type { Arguments, Expr, Stmt } from '../ast'
import { walkPattern } from './pattern-walk'

/** `__name` inside class `Cls` becomes `_Cls__name` (not dunder names, not when the class name is all underscores). */
export function mangleName(className: string | null, name: string): string {
  if (className === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name
  const stripped = className.replace(/^_+/, '')
  return stripped === '' ? name : `_${stripped}${name}`
}

/** Rewrites private names (`self.__x`, `__x = 1`, `def __f`) inside class bodies in place, like CPython's compiler. */
export function manglePrivateNames(body: Stmt[]): void {
  for (const s of body) stmt(s, null)
}

function args(a: Arguments, cls: string | null): void {
  for (const p of [...a.posonly, ...a.args, ...a.kwonly]) {
    p.name = mangleName(cls, p.name)
    if (p.annotation) expr(p.annotation, cls)
  }
  if (a.vararg) a.vararg.name = mangleName(cls, a.vararg.name)
  if (a.kwarg) a.kwarg.name = mangleName(cls, a.kwarg.name)
  for (const d of a.defaults) expr(d, cls)
  for (const d of a.kwDefaults) if (d) expr(d, cls)
}

function exprs(list: (Expr | null)[], cls: string | null): void {
  for (const e of list) if (e) expr(e, cls)
}

function expr(e: Expr, cls: string | null): void {
  switch (e.type) {
    case 'Name':
      e.id = mangleName(cls, e.id)
      return
    case 'Attribute':
      e.attr = mangleName(cls, e.attr)
      expr(e.value, cls)
      return
    case 'Constant':
      return
    case 'JoinedStr':
      exprs(e.values, cls)
      return
    case 'FormattedValue':
      expr(e.value, cls)
      if (e.spec) expr(e.spec, cls)
      return
    case 'BinOp':
      exprs([e.left, e.right], cls)
      return
    case 'UnaryOp':
      expr(e.operand, cls)
      return
    case 'BoolOp':
      exprs(e.values, cls)
      return
    case 'Compare':
      exprs([e.left, ...e.comparators], cls)
      return
    case 'Call':
      exprs([e.func, ...e.args, ...e.keywords.map((k) => k.value)], cls)
      return
    case 'Subscript':
      exprs([e.value, e.slice], cls)
      return
    case 'Slice':
      exprs([e.lower, e.upper, e.step], cls)
      return
    case 'Starred':
    case 'Await':
    case 'YieldFrom':
      expr(e.value, cls)
      return
    case 'Yield':
      if (e.value) expr(e.value, cls)
      return
    case 'List':
    case 'Tuple':
    case 'Set':
      exprs(e.elts, cls)
      return
    case 'Dict':
      exprs([...e.keys, ...e.values], cls)
      return
    case 'IfExp':
      exprs([e.test, e.body, e.orelse], cls)
      return
    case 'Lambda':
      args(e.args, cls)
      expr(e.body, cls)
      return
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
      expr(e.elt, cls)
      for (const g of e.generators) exprs([g.target, g.iter, ...g.ifs], cls)
      return
    case 'DictComp':
      exprs([e.key, e.value], cls)
      for (const g of e.generators) exprs([g.target, g.iter, ...g.ifs], cls)
      return
    case 'NamedExpr':
      exprs([e.target, e.value], cls)
      return
  }
}

function stmts(body: Stmt[], cls: string | null): void {
  for (const s of body) stmt(s, cls)
}

function stmt(s: Stmt, cls: string | null): void {
  switch (s.type) {
    case 'Expr':
      expr(s.value, cls)
      return
    case 'Assign':
      exprs([...s.targets, s.value], cls)
      return
    case 'AugAssign':
      exprs([s.target, s.value], cls)
      return
    case 'AnnAssign':
      exprs([s.target, s.annotation, s.value], cls)
      return
    case 'Return':
      if (s.value) expr(s.value, cls)
      return
    case 'Delete':
      exprs(s.targets, cls)
      return
    case 'Raise':
      exprs([s.exc, s.cause], cls)
      return
    case 'Global':
    case 'Nonlocal':
      s.names = s.names.map((n) => mangleName(cls, n))
      return
    case 'Assert':
      exprs([s.test, s.msg], cls)
      return
    case 'Import':
    case 'ImportFrom':
      for (const a of s.names) if (a.asname) a.asname = mangleName(cls, a.asname)
      return
    case 'If':
    case 'While':
      expr(s.test, cls)
      stmts(s.body, cls)
      stmts(s.orelse, cls)
      return
    case 'For':
      exprs([s.target, s.iter], cls)
      stmts(s.body, cls)
      stmts(s.orelse, cls)
      return
    case 'With':
      for (const it of s.items) exprs([it.context, it.vars], cls)
      stmts(s.body, cls)
      return
    case 'Try':
      stmts(s.body, cls)
      for (const h of s.handlers) {
        if (h.exType) expr(h.exType, cls)
        if (h.name) h.name = mangleName(cls, h.name)
        stmts(h.body, cls)
      }
      stmts(s.orelse, cls)
      stmts(s.finalbody, cls)
      return
    case 'FunctionDef':
      s.name = mangleName(cls, s.name)
      exprs(s.decorators, cls)
      if (s.returns) expr(s.returns, cls)
      args(s.args, cls)
      stmts(s.body, cls)
      return
    case 'ClassDef': {
      const own = s.name
      s.name = mangleName(cls, s.name)
      exprs([...s.decorators, ...s.bases, ...s.keywords.map((k) => k.value)], cls)
      stmts(s.body, own)
      return
    }
    case 'Match':
      expr(s.subject, cls)
      for (const c of s.cases) {
        walkPattern(c.pattern, { expr: (e) => expr(e, cls), name: (n) => mangleName(cls, n) })
        if (c.guard) expr(c.guard, cls)
        stmts(c.body, cls)
      }
      return
    case 'Pass':
    case 'Break':
    case 'Continue':
      return
  }
}
