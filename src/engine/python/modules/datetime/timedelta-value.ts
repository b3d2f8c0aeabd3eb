/**
 * A `timedelta` as one exact count of microseconds, with CPython's normalised split into
 * days, seconds (0..86399) and microseconds (0..999999), and its str/repr.
 */

/** Microseconds in a day. */
export const DAY_MICROS = 86_400_000_000n

/** The largest magnitude of `days` a timedelta may hold. */
export const MAX_DAYS = 999_999_999n

/** CPython's normalised parts of a duration. */
export interface TimedeltaParts {
  readonly days: bigint
  readonly seconds: number
  readonly microseconds: number
}

/** Splits a duration in microseconds into days (floored), seconds and microseconds. */
export function splitMicros(total: bigint): TimedeltaParts {
  let days = total / DAY_MICROS
  let rest = total % DAY_MICROS
  if (rest < 0n) {
    days -= 1n
    rest += DAY_MICROS
  }
  return { days, seconds: Number(rest / 1_000_000n), microseconds: Number(rest % 1_000_000n) }
}

/** True when the duration fits timedelta's range (|days| <= 999999999). */
export function inRange(total: bigint): boolean {
  const { days } = splitMicros(total)
  return days >= -MAX_DAYS && days <= MAX_DAYS
}

/** The OverflowError text for an out-of-range duration, as CPython words it. */
export function rangeError(total: bigint): string {
  return `days=${splitMicros(total).days}; must have magnitude <= 999999999`
}

/** `repr(timedelta)`: `datetime.timedelta(days=1, seconds=5)`, `datetime.timedelta(0)` for zero. */
export function timedeltaRepr(total: bigint, qualifiedName = 'datetime.timedelta'): string {
  const { days, seconds, microseconds } = splitMicros(total)
  const parts: string[] = []
  if (days !== 0n) parts.push(`days=${days}`)
  if (seconds !== 0) parts.push(`seconds=${seconds}`)
  if (microseconds !== 0) parts.push(`microseconds=${microseconds}`)
  return `${qualifiedName}(${parts.length ? parts.join(', ') : '0'})`
}

/** `str(timedelta)`: `-1 day, 23:59:59.000001`, `2 days, 1:00:00`, `0:00:00`. */
export function timedeltaStr(total: bigint): string {
  const { days, seconds, microseconds } = splitMicros(total)
  const clock =
    `${Math.floor(seconds / 3600)}:${String(Math.floor(seconds / 60) % 60).padStart(2, '0')}:` +
    `${String(seconds % 60).padStart(2, '0')}${microseconds ? `.${String(microseconds).padStart(6, '0')}` : ''}`
  if (days === 0n) return clock
  return `${days} day${days === 1n || days === -1n ? '' : 's'}, ${clock}`
}
