import type { Expr } from '../ast'
import type { TokenStream } from './token-stream'

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
