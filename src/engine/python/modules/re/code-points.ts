/**
 * Converts between the UTF-16 offsets JavaScript regexps report and the code-point offsets Python
 * uses; the identity when the string has no astral characters.
 */
export class CodePointIndex {
  readonly #units: number[] | null

  constructor(readonly text: string) {
    if (!/[\ud800-\udfff]/.test(text)) {
      this.#units = null
      return
    }
    const units: number[] = []
    let unit = 0
    for (const ch of text) {
      units.push(unit)
      unit += ch.length
    }
    units.push(unit)
    this.#units = units
  }

  /** The length in code points. */
  get length(): number {
    return this.#units === null ? this.text.length : this.#units.length - 1
  }

  /** The UTF-16 offset of a code-point offset. */
  toUnits(points: number): number {
    return this.#units === null ? points : this.#units[points]!
  }

  /** The code-point offset of a UTF-16 offset. */
  toPoints(units: number): number {
    if (this.#units === null) return units
    let lo = 0
    let hi = this.#units.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.#units[mid]! < units) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}
