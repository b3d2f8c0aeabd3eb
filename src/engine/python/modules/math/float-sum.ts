/**
 * The correctly rounded sum of floats (`math.fsum`), by Shewchuk's exact partial sums; null when
 * an intermediate sum overflows while the inputs are finite.
 */
export function exactSum(values: readonly number[]): number | null {
  const partials: number[] = []
  let specialSum = 0
  let infSum = 0
  for (let x of values) {
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) specialSum = NaN
      else infSum += x
      specialSum += x
      continue
    }
    let i = 0
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x]
      const hi = x + y
      if (!Number.isFinite(hi)) return null
      const lo = y - (hi - x)
      if (lo !== 0) partials[i++] = lo
      x = hi
    }
    partials.length = i
    partials.push(x)
  }
  if (specialSum !== 0 || Number.isNaN(specialSum)) return Number.isNaN(infSum) ? NaN : specialSum
  let n = partials.length
  if (n === 0) return 0
  let hi = partials[--n]!
  let lo = 0
  while (n > 0) {
    const x = hi
    const y = partials[--n]!
    hi = x + y
    const yr = hi - x
    lo = y - yr
    if (lo !== 0) break
  }
  if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
    const y = lo * 2
    const x = hi + y
    const yr = x - hi
    if (y === yr) hi = x
  }
  return hi
}
