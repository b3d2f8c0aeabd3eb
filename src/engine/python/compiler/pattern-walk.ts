import type { Expr, Pattern } from '../ast'

/** What `walkPattern` calls for the expressions a pattern evaluates and the names it binds. */
export interface PatternVisitor {
  expr(e: Expr): void
  /** Receives a bound name and returns the name to keep (the mangled one, or the same). */
  name(n: string): string
}

/** Visits every expression and capture name of a pattern, depth first, left to right. */
export function walkPattern(p: Pattern, v: PatternVisitor): void {
  switch (p.type) {
    case 'MatchValue':
      v.expr(p.value)
      return
    case 'MatchSingleton':
      return
    case 'MatchSequence':
    case 'MatchOr':
      for (const q of p.patterns) walkPattern(q, v)
      return
    case 'MatchStar':
      if (p.name !== null) p.name = v.name(p.name)
      return
    case 'MatchMapping':
      for (const k of p.keys) v.expr(k)
      for (const q of p.patterns) walkPattern(q, v)
      if (p.rest !== null) p.rest = v.name(p.rest)
      return
    case 'MatchClass':
      v.expr(p.cls)
      for (const q of p.patterns) walkPattern(q, v)
      for (const q of p.kwdPatterns) walkPattern(q, v)
      return
    case 'MatchAs':
      if (p.pattern !== null) walkPattern(p.pattern, v)
      if (p.name !== null) p.name = v.name(p.name)
      return
    default:
      throw new TypeError(`unknown pattern node ${(p as { type: string }).type}`)
  }
}
