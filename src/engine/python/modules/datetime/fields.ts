/**
 * The broken-down fields of a date, time or datetime that formatting reads: calendar fields,
 * the UTC offset in microseconds (null when naive) and the tzinfo's name (null when naive).
 */
export interface DateTimeFields {
  readonly year: number
  readonly month: number
  readonly day: number
  readonly hour: number
  readonly minute: number
  readonly second: number
  readonly microsecond: number
  readonly utcoffset: number | null
  readonly tzname: string | null
}

/** Pads a non-negative integer with zeros to `width` digits. */
export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0')
}

/**
 * A UTC offset in microseconds as `+HH:MM` (with `:SS` and `.ffffff` only when non-zero), the
 * isoformat spelling; `separator` '' gives the `%z` spelling `+HHMM`.
 */
export function formatOffset(offsetMicros: number, separator: string): string {
  const sign = offsetMicros < 0 ? '-' : '+'
  let rest = Math.abs(offsetMicros)
  const micro = rest % 1_000_000
  rest = (rest - micro) / 1_000_000
  const seconds = rest % 60
  const minutes = Math.floor(rest / 60) % 60
  const hours = Math.floor(rest / 3600)
  let text = `${sign}${pad(hours, 2)}${separator}${pad(minutes, 2)}`
  if (seconds !== 0 || micro !== 0) text += `${separator}${pad(seconds, 2)}`
  if (micro !== 0) text += `.${pad(micro, 6)}`
  return text
}
