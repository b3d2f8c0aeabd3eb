import type { TranslatedPattern } from './translate'

/** The spans of one match: index 0 is the whole match, then each group (null when it did not take part). */
export type Spans = readonly (readonly [number, number] | null)[]

/** How a match is anchored: `search` anywhere, `match` at pos, `fullmatch` over pos..endpos. */
export type MatchMode = 'search' | 'match' | 'fullmatch'

/** The compiled JavaScript regexps behind one Python pattern. */
export interface Matcher {
  readonly pattern: TranslatedPattern
  readonly search: RegExp
  readonly sticky: RegExp
  readonly full: RegExp
}

/** Compiles a translated pattern; throws the JS SyntaxError when JavaScript rejects it. */
export function compileMatcher(pattern: TranslatedPattern): Matcher {
  const flags = `du${pattern.jsFlags}`
  return {
    pattern,
    search: new RegExp(pattern.source, `g${flags}`),
    sticky: new RegExp(pattern.source, `y${flags}`),
    full: new RegExp(`(?:${pattern.source})$`, `y${flags}`),
  }
}

/** Clamps `pos`/`endpos` as CPython does (negative counts as 0, past the end as the length). */
export function clampRange(length: number, pos: number, endpos: number | null): readonly [number, number] {
  const start = Math.min(Math.max(pos, 0), length)
  const end = endpos === null ? length : Math.min(Math.max(endpos, 0), length)
  return [start, end]
}

/** The first match at or after `pos` within `string[..endpos]`, anchored per `mode`; null when none. */
export function execAt(
  matcher: Matcher,
  string: string,
  pos: number,
  endpos: number,
  mode: MatchMode,
): Spans | null {
  if (pos > endpos) return null
  const regexp = mode === 'search' ? matcher.search : mode === 'match' ? matcher.sticky : matcher.full
  const subject = endpos === string.length ? string : string.slice(0, endpos)
  regexp.lastIndex = pos
  const result = regexp.exec(subject)
  if (result === null) return null
  return spansOf(result, matcher.pattern.groupCount)
}

function spansOf(result: RegExpExecArray, groupCount: number): Spans {
  const indices = result.indices!
  const spans: (readonly [number, number] | null)[] = []
  for (let g = 0; g <= groupCount; g++) {
    const span = indices[g]
    spans.push(span === undefined ? null : [span[0], span[1]])
  }
  return spans
}

/**
 * Every match of a search from `pos` to `endpos` in CPython's order: after an empty match the
 * next match may start at the same place only if it is not empty.
 */
export function* iterateMatches(
  matcher: Matcher,
  string: string,
  pos: number,
  endpos: number,
): Generator<Spans> {
  let at = pos
  let previousEmptyAt = -1
  while (at <= endpos) {
    let spans = execAt(matcher, string, at, endpos, 'search')
    if (spans === null) return
    let [start, end] = spans[0]!
    if (start === end && start === previousEmptyAt) {
      const retry = at < endpos ? execAt(matcher, string, at + 1, endpos, 'search') : null
      if (retry === null) return
      spans = retry
      ;[start, end] = spans[0]!
    }
    yield spans
    if (start === end) {
      previousEmptyAt = end
      at = end
    } else {
      previousEmptyAt = -1
      at = end
    }
  }
}
