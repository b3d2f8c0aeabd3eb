import type { Span } from '../ast'
import type { CodeInfo } from '../objects/exceptions'
import type { Scope } from './scope'

/** Constants shared by all code units of one compiled module (referenced as `K[i]`). */
export class ConstPool {
  readonly values: unknown[] = []
  add(v: unknown): string {
    this.values.push(v)
    return `K[${this.values.length - 1}]`
  }
}

/** Where traceback carets point inside a position: the whole range or an anchored part. */
export type Anchor = { kind: 0 } | { kind: 1 | 2; a: number; b: number }

/** The state of one JS function being generated (a Python module, function, class body or comprehension). */
export class Unit {
  readonly out: string[] = []
  readonly temps: string[] = []
  readonly code: CodeInfo
  readonly codeRef: string
  loops: { label: string; hasElse: boolean }[] = []
  private labelCount = 0
  indent = '  '

  constructor(
    readonly scope: Scope,
    readonly pool: ConstPool,
    name: string,
    qualname: string,
    filename: string,
    lines: string[],
    /** Whether names live in `NS` (class bodies) rather than JS variables. */
    readonly isClassBody: boolean,
  ) {
    this.code = { name, qualname, filename, positions: [], lines, varnames: [...scope.bound] }
    this.codeRef = pool.add(this.code)
  }

  tmp(): string {
    const t = `t${this.temps.length}`
    this.temps.push(t)
    return t
  }

  label(): string {
    return `L${this.labelCount++}`
  }

  emit(line: string): void {
    this.out.push(this.indent + line)
  }

  /** Registers a source position and returns its index (for `P = index`). */
  pos(span: Span, anchor: Anchor = { kind: 0 }): number {
    const p = this.code.positions
    const idx = p.length / 7
    p.push(
      span.line,
      span.col,
      span.endLine,
      span.endCol,
      anchor.kind,
      anchor.kind === 0 ? 0 : anchor.a,
      anchor.kind === 0 ? 0 : anchor.b,
    )
    return idx
  }
}

/** The JS variable name of a Python local. */
export const jsName = (name: string): string => '$' + name
