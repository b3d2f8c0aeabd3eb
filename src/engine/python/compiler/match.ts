import type { Pattern, Stmt } from '../ast'
import { FunctionCompiler } from './functions'
import type { Unit } from './unit'

type MatchStmt = Stmt & { type: 'Match' }

/** The capture names of one pattern, mapped to the JS temporaries holding them until the case matches. */
type Captures = Map<string, string>

/** Whether a pattern matches every subject (a wildcard or a bare capture, possibly in a group or an or). */
function irrefutable(p: Pattern): boolean {
  if (p.type === 'MatchAs') return p.pattern === null || irrefutable(p.pattern)
  if (p.type === 'MatchOr') return p.patterns.some(irrefutable)
  return false
}

/** The first capture pattern inside `p` (where CPython points "bind different names" errors). */
function firstCapture(p: Pattern): Pattern | null {
  switch (p.type) {
    case 'MatchAs':
      return (p.pattern && firstCapture(p.pattern)) ?? (p.name !== null ? p : null)
    case 'MatchStar':
      return p.name !== null ? p : null
    case 'MatchSequence':
    case 'MatchOr':
      return p.patterns.map(firstCapture).find((q) => q !== null) ?? null
    case 'MatchMapping':
      return p.patterns.map(firstCapture).find((q) => q !== null) ?? (p.rest !== null ? p : null)
    case 'MatchClass':
      return [...p.patterns, ...p.kwdPatterns].map(firstCapture).find((q) => q !== null) ?? null
    case 'MatchValue':
    case 'MatchSingleton':
      return null
  }
}

/** Compiles match statements (PEP 634) to a labelled JS block of `if`s over pattern tests. */
export abstract class MatchCompiler extends FunctionCompiler {
  abstract block(u: Unit, body: Stmt[]): void

  matchStmt(u: Unit, s: MatchStmt, p: number): void {
    s.cases.forEach((c, i) => {
      if (i < s.cases.length - 1 && c.guard === null && irrefutable(c.pattern))
        throw this.unreachable(c.pattern)
    })
    const subject = u.tmp()
    const label = u.label()
    u.emit(`P = ${p}; ${subject} = ${this.expr(u, s.subject)};`)
    u.emit(`${label}: {`)
    const saved = u.indent
    u.indent += '  '
    for (const c of s.cases) {
      const captures: Captures = new Map()
      const test = this.pattern(u, c.pattern, subject, captures)
      u.emit(`P = ${u.pos(c.pattern)}; if (${test}) {`)
      u.indent += '  '
      for (const [name, t] of captures) u.emit(`${this.storeName(u, name, t)};`)
      if (c.guard !== null) {
        u.emit(`P = ${u.pos(c.guard)}; if (O.truthy(${this.expr(u, c.guard)})) {`)
        u.indent += '  '
      }
      this.block(u, c.body)
      u.emit(`break ${label};`)
      if (c.guard !== null) {
        u.indent = u.indent.slice(2)
        u.emit(`}`)
      }
      u.indent = u.indent.slice(2)
      u.emit(`}`)
    }
    u.indent = saved
    u.emit(`}`)
  }

  private unreachable(p: Pattern): Error {
    const at = { line: p.line, col: p.col }
    if (p.type === 'MatchAs' && p.pattern === null && p.name !== null)
      return this.error(`name capture '${p.name}' makes remaining patterns unreachable`, at)
    if (p.type === 'MatchOr') return this.unreachable(p.patterns.find(irrefutable)!)
    if (p.type === 'MatchAs' && p.pattern !== null && p.name === null) return this.unreachable(p.pattern)
    return this.error('wildcard makes remaining patterns unreachable', at)
  }

  private checkDuplicateKeys(p: Pattern & { type: 'MatchMapping' }): void {
    const seen = new Set<string>()
    for (const k of p.keys) {
      if (k.type !== 'Constant') continue
      const key = `${k.kind}:${String(k.value)}`
      if (seen.has(key)) throw this.error(`mapping pattern checks duplicate key (${this.sourceText(k)})`, p)
      seen.add(key)
    }
  }

  private sourceText(e: { line: number; col: number; endLine: number; endCol: number }): string {
    const line = this.lines[e.line - 1] ?? ''
    return e.endLine === e.line ? line.slice(e.col, e.endCol) : line.slice(e.col)
  }

  private capture(u: Unit, name: string, p: Pattern, captures: Captures): string {
    if (captures.has(name))
      throw this.error(`multiple assignments to name '${name}' in pattern`, { line: p.line, col: p.col })
    const t = u.tmp()
    captures.set(name, t)
    return t
  }

  /** A JS boolean expression testing `subject` (a JS expression free of side effects) against `p`. */
  private pattern(u: Unit, p: Pattern, subject: string, captures: Captures): string {
    switch (p.type) {
      case 'MatchValue':
        return `O.truthy(O.eq(${subject}, ${this.expr(u, p.value)}))`
      case 'MatchSingleton':
        return `${subject} === ${p.value === 'None' ? 'O.None' : p.value === 'True' ? 'true' : 'false'}`
      case 'MatchAs': {
        const inner = p.pattern === null ? 'true' : this.pattern(u, p.pattern, subject, captures)
        if (p.name === null) return inner
        return `(${inner} && ((${this.capture(u, p.name, p, captures)} = ${subject}), true))`
      }
      case 'MatchStar':
        throw this.error('can only use starred expression here', p)
      case 'MatchOr':
        return this.orPattern(u, p, subject, captures)
      case 'MatchSequence':
        return this.sequencePattern(u, p, subject, captures)
      case 'MatchMapping': {
        this.checkDuplicateKeys(p)
        const values = u.tmp()
        const keys = `[${p.keys.map((k) => this.expr(u, k)).join(', ')}]`
        const parts = [`(${values} = O.matchMapping(${subject}, ${keys})) !== null`]
        p.patterns.forEach((q, i) => parts.push(this.pattern(u, q, `${values}[${i}]`, captures)))
        if (p.rest !== null)
          parts.push(`((${this.capture(u, p.rest, p, captures)} = O.mappingRest(${subject}, ${keys})), true)`)
        return `(${parts.join(' && ')})`
      }
      case 'MatchClass': {
        const values = u.tmp()
        const kw = JSON.stringify(p.kwdAttrs)
        const parts = [
          `(${values} = O.matchClass(${subject}, ${this.expr(u, p.cls)}, ${p.patterns.length}, ${kw})) !== null`,
        ]
        ;[...p.patterns, ...p.kwdPatterns].forEach((q, i) =>
          parts.push(this.pattern(u, q, `${values}[${i}]`, captures)),
        )
        return `(${parts.join(' && ')})`
      }
      default:
        throw new TypeError(`unknown pattern node ${(p as { type: string }).type}`)
    }
  }

  private orPattern(u: Unit, p: Pattern & { type: 'MatchOr' }, subject: string, captures: Captures): string {
    let names: string[] | null = null
    const tests = p.patterns.map((q, i) => {
      if (i < p.patterns.length - 1 && irrefutable(q)) throw this.unreachable(q)
      const own: Captures = new Map()
      const test = this.pattern(u, q, subject, own)
      const sorted = [...own.keys()].sort()
      if (names !== null && sorted.join(',') !== names.join(',')) {
        const at = firstCapture(q) ?? q
        throw this.error('alternative patterns bind different names', { line: at.line, col: at.col })
      }
      if (i === 0) {
        for (const [name, t] of own) {
          if (captures.has(name))
            throw this.error(`multiple assignments to name '${name}' in pattern`, {
              line: q.line,
              col: q.col,
            })
          captures.set(name, t)
        }
      }
      names = sorted
      const moves = [...own].filter(([name, t]) => captures.get(name) !== t)
      const copy = moves.map(([name, t]) => `((${captures.get(name)} = ${t}), true)`)
      return copy.length === 0 ? test : `(${test} && ${copy.join(' && ')})`
    })
    return `(${tests.join(' || ')})`
  }

  private sequencePattern(
    u: Unit,
    p: Pattern & { type: 'MatchSequence' },
    subject: string,
    captures: Captures,
  ): string {
    const star = p.patterns.findIndex((q) => q.type === 'MatchStar')
    const items = u.tmp()
    const n = p.patterns.length
    const parts = [`(${items} = O.matchSequence(${subject}, ${n}, ${star >= 0})) !== null`]
    p.patterns.forEach((q, i) => {
      if (q.type === 'MatchStar') {
        if (q.name !== null) {
          const after = n - 1 - i
          const slice = `O.newList(${items}.slice(${i}, ${items}.length - ${after}))`
          parts.push(`((${this.capture(u, q.name, q, captures)} = ${slice}), true)`)
        }
        return
      }
      const index = star >= 0 && i > star ? `${items}.length - ${n - i}` : String(i)
      parts.push(this.pattern(u, q, `${items}[${index}]`, captures))
    })
    return `(${parts.join(' && ')})`
  }
}
