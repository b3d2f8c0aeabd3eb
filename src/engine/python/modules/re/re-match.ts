import { PyObject, type PyType, type PyValue } from '../../objects/base'
import { newTuple } from '../../objects/containers'
import { IndexError, pyError } from '../../objects/exceptions'
import { nativeClass } from '../../objects/native'
import { asInt } from '../../objects/numbers'
import { repr } from '../../objects/repr'
import { newDict, None, typeOf } from '../../objects/types'
import { CodePointIndex } from './code-points'
import type { Spans } from './matcher'
import type { TemplatePart } from './template'
import type { TranslatedPattern } from './translate'

/** A `re.Match`: the subject, its spans (UTF-16 offsets) and the pattern it came from. */
export class PyMatch extends PyObject {
  constructor(
    cls: PyType,
    readonly pattern: PyValue,
    readonly translated: TranslatedPattern,
    readonly subject: string,
    readonly index: CodePointIndex,
    readonly spans: Spans,
    readonly pos: number,
    readonly endpos: number,
  ) {
    super(cls)
  }

  /** The text of group `g`, or `fallback` when it did not take part. */
  text(g: number, fallback: PyValue = None): PyValue {
    const span = this.spans[g]
    return span ? this.subject.slice(span[0], span[1]) : fallback
  }

  /** The span of group `g` in code points, (-1, -1) when it did not take part. */
  span(g: number): [number, number] {
    const span = this.spans[g]
    return span ? [this.index.toPoints(span[0]), this.index.toPoints(span[1])] : [-1, -1]
  }

  /** Resolves a group reference (number or name) to its number; IndexError `no such group` otherwise. */
  groupNumber(g: PyValue): number {
    if (typeof g === 'string') {
      const n = this.translated.groupNames.get(g)
      if (n !== undefined) return n
    } else {
      const n = asInt(g)
      if (n !== undefined && n >= 0 && n <= this.translated.groupCount) return Number(n)
    }
    throw pyError(IndexError, 'no such group')
  }

  /** The last matched group (greatest end; on a tie the later group), or null (`Match.lastindex`). */
  lastIndex(): number | null {
    let best: number | null = null
    for (let g = 1; g <= this.translated.groupCount; g++) {
      const span = this.spans[g]
      if (span && (best === null || span[1] >= this.spans[best]![1])) best = g
    }
    return best
  }

  /** Expands a parsed template against this match (unmatched groups expand to ''). */
  expand(parts: readonly TemplatePart[]): string {
    return parts.map((part) => (typeof part === 'string' ? part : (this.text(part, '') as string))).join('')
  }
}

function self(v: PyValue): PyMatch {
  if (v instanceof PyMatch) return v
  throw pyError(IndexError, `descriptor requires a 're.Match' object but received a '${typeOf(v).name}'`)
}

/** The `re.Match` class; `expandTemplate` parses a template for `Match.expand`. */
export function matchClass(expandTemplate: (match: PyMatch, template: PyValue) => string): PyType {
  const cls = nativeClass({
    name: 'Match',
    module: 're',
    methods: {
      group: [
        '(self, *groups)',
        ([s, groups]) => {
          const m = self(s)
          const wanted = (groups as { items: PyValue[] }).items
          if (wanted.length === 0) return m.text(0)
          if (wanted.length === 1) return m.text(m.groupNumber(wanted[0]))
          return newTuple(wanted.map((g) => m.text(m.groupNumber(g))))
        },
      ],
      __getitem__: ['(self, g, /)', ([s, g]) => self(s).text(self(s).groupNumber(g))],
      groups: [
        '(self, default=None)',
        ([s, fallback]) => {
          const m = self(s)
          const out: PyValue[] = []
          for (let g = 1; g <= m.translated.groupCount; g++) out.push(m.text(g, fallback))
          return newTuple(out)
        },
      ],
      groupdict: [
        '(self, default=None)',
        ([s, fallback]) => {
          const m = self(s)
          const d = newDict()
          for (const [name, g] of m.translated.groupNames) d.set(name, m.text(g, fallback))
          return d
        },
      ],
      span: ['(self, group=0, /)', ([s, g]) => newTuple(self(s).span(self(s).groupNumber(g)))],
      start: ['(self, group=0, /)', ([s, g]) => self(s).span(self(s).groupNumber(g))[0]],
      end: ['(self, group=0, /)', ([s, g]) => self(s).span(self(s).groupNumber(g))[1]],
      expand: ['(self, template)', ([s, template]) => expandTemplate(self(s), template)],
      __repr__: [
        '(self)',
        ([s]) => {
          const m = self(s)
          const [start, end] = m.span(0)
          return `<re.Match object; span=(${start}, ${end}), match=${repr(m.text(0))}>`
        },
      ],
      __bool__: ['(self)', () => true],
    },
    properties: {
      string: [(s) => self(s).subject],
      re: [(s) => self(s).pattern],
      pos: [(s) => self(s).pos],
      endpos: [(s) => self(s).endpos],
      lastindex: [(s) => self(s).lastIndex() ?? None],
      lastgroup: [
        (s) => {
          const m = self(s)
          const last = m.lastIndex()
          for (const [name, g] of m.translated.groupNames) if (g === last) return name
          return None
        },
      ],
      regs: [
        (s) => {
          const m = self(s)
          return newTuple(m.spans.map((_, g) => newTuple(m.span(g))))
        },
      ],
    },
  })
  return cls
}
