/**
 * The similarity of two strings as Python's `difflib.SequenceMatcher(None, a, b).ratio()` computes it:
 * twice the number of matched characters over the total length, matching longest common blocks first.
 */
export function similarity(a: string, b: string): number {
  const total = a.length + b.length
  if (total === 0) return 1
  return (2 * matchedCharacters(a, 0, a.length, b, 0, b.length)) / total
}

function matchedCharacters(a: string, alo: number, ahi: number, b: string, blo: number, bhi: number): number {
  let bestI = alo
  let bestJ = blo
  let bestSize = 0
  let lengths = new Map<number, number>()
  for (let i = alo; i < ahi; i++) {
    const next = new Map<number, number>()
    for (let j = blo; j < bhi; j++) {
      if (a[i] !== b[j]) continue
      const k = (lengths.get(j - 1) ?? 0) + 1
      next.set(j, k)
      if (k > bestSize) {
        bestI = i - k + 1
        bestJ = j - k + 1
        bestSize = k
      }
    }
    lengths = next
  }
  if (bestSize === 0) return 0
  return (
    bestSize +
    matchedCharacters(a, alo, bestI, b, blo, bestJ) +
    matchedCharacters(a, bestI + bestSize, ahi, b, bestJ + bestSize, bhi)
  )
}

/**
 * The best "good enough" matches of `word` among `possibilities`, best first, as Python's
 * `difflib.get_close_matches(word, possibilities, n, cutoff)` returns them.
 */
export function closeMatches(word: string, possibilities: readonly string[], n = 3, cutoff = 0.6): string[] {
  const scored: [number, string][] = []
  for (const candidate of possibilities) {
    const score = similarity(candidate, word)
    if (score >= cutoff) scored.push([score, candidate])
  }
  scored.sort((x, y) => (y[0] !== x[0] ? y[0] - x[0] : x[1] < y[1] ? 1 : x[1] > y[1] ? -1 : 0))
  return scored.slice(0, n).map(([, candidate]) => candidate)
}
