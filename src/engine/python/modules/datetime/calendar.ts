/**
 * Proleptic Gregorian calendar arithmetic as Python's `datetime` uses it: day ordinals where
 * 0001-01-01 is day 1, weekdays with Monday as 0, ISO weeks.
 */

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]

/** The smallest and largest years `datetime` accepts. */
export const MIN_YEAR = 1
export const MAX_YEAR = 9999
/** The ordinal of 9999-12-31. */
export const MAX_ORDINAL = 3652059

/** True when `year` is a Gregorian leap year. */
export function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
}

/** The number of days in `month` of `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month]!
}

/** The number of days in the year before the first of `month`. */
export function daysBeforeMonth(year: number, month: number): number {
  return DAYS_BEFORE_MONTH[month]! + (month > 2 && isLeap(year) ? 1 : 0)
}

function daysBeforeYear(year: number): number {
  const y = year - 1
  return y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400)
}

/** The day ordinal of a date (0001-01-01 is 1), as `date.toordinal()`. */
export function toOrdinal(year: number, month: number, day: number): number {
  return daysBeforeYear(year) + daysBeforeMonth(year, month) + day
}

/** A calendar date as a plain value. */
export interface Ymd {
  readonly year: number
  readonly month: number
  readonly day: number
}

/** The date of a day ordinal, as `date.fromordinal(n)`; the caller checks 1 <= n <= MAX_ORDINAL. */
export function fromOrdinal(ordinal: number): Ymd {
  let year = Math.floor((ordinal - 1) / 365.2425) + 1
  while (daysBeforeYear(year) >= ordinal) year--
  while (daysBeforeYear(year + 1) < ordinal) year++
  let rest = ordinal - daysBeforeYear(year)
  let month = 1
  while (month < 12 && daysBeforeMonth(year, month + 1) < rest) month++
  rest -= daysBeforeMonth(year, month)
  return { year, month, day: rest }
}

/** The weekday of a date, Monday 0 to Sunday 6 (`date.weekday()`). */
export function weekday(year: number, month: number, day: number): number {
  return (toOrdinal(year, month, day) + 6) % 7
}

/** The day of the year, 1 to 366 (`%j`). */
export function dayOfYear(year: number, month: number, day: number): number {
  return daysBeforeMonth(year, month) + day
}

function isoWeek1Monday(year: number): number {
  const firstDay = toOrdinal(year, 1, 1)
  const firstWeekday = (firstDay + 6) % 7
  let monday = firstDay - firstWeekday
  if (firstWeekday > 3) monday += 7
  return monday
}

/** The ISO calendar of a date: ISO year, week 1..53 and weekday 1..7 (`date.isocalendar()`). */
export function isoCalendar(year: number, month: number, day: number): readonly [number, number, number] {
  const ordinal = toOrdinal(year, month, day)
  let isoYear = year
  let monday = isoWeek1Monday(isoYear)
  let offset = ordinal - monday
  if (offset < 0) {
    isoYear--
    monday = isoWeek1Monday(isoYear)
    offset = ordinal - monday
  } else if (offset >= 52 * 7 && ordinal >= isoWeek1Monday(isoYear + 1)) {
    isoYear++
    offset = ordinal - isoWeek1Monday(isoYear)
  }
  return [isoYear, Math.floor(offset / 7) + 1, (offset % 7) + 1]
}

/**
 * The ordinal of an ISO (year, week, weekday), as `date.fromisocalendar`; a string is the
 * ValueError message CPython raises for out-of-range parts.
 */
export function fromIsoCalendar(year: number, week: number, day: number): number | string {
  if (year < MIN_YEAR || year > MAX_YEAR) return `Year is out of range: ${year}`
  if (week <= 0 || week >= 53) {
    const longYear = week === 53 && (weekday(year, 1, 1) === 3 || (weekday(year, 1, 1) === 2 && isLeap(year)))
    if (!longYear) return `Invalid week: ${week}`
  }
  if (day <= 0 || day > 7) return `Invalid weekday: ${day} (range is [1, 7])`
  return isoWeek1Monday(year) + (week - 1) * 7 + (day - 1)
}
