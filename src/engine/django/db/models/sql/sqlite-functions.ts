import type { SqliteConnection, SqlValue } from '../../../../connection'

function parts(value: SqlValue): Date | null {
  if (typeof value !== 'string') return null
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?/.exec(value)
  if (m === null) return null
  const [, y, mo, d, h, mi, s] = m
  return new Date(
    Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)),
  )
}

function isoWeek(date: Date): [year: number, week: number] {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
  const day = d.getUTCDay() || 7
  d.setUTCDate(d.getUTCDate() + 4 - day)
  const start = Date.UTC(d.getUTCFullYear(), 0, 1)
  return [d.getUTCFullYear(), Math.ceil(((d.getTime() - start) / 86400000 + 1) / 7)]
}

/** Takes a lookup name (`year`, `month`, `week_day`…) and a date or datetime text, returns the part, or null. */
function extract(lookup: SqlValue, value: SqlValue): SqlValue {
  const d = parts(value)
  if (d === null) return null
  switch (lookup) {
    case 'year':
      return d.getUTCFullYear()
    case 'iso_year':
      return isoWeek(d)[0]
    case 'month':
      return d.getUTCMonth() + 1
    case 'day':
      return d.getUTCDate()
    case 'week':
      return isoWeek(d)[1]
    case 'week_day':
      return d.getUTCDay() + 1
    case 'iso_week_day':
      return d.getUTCDay() || 7
    case 'quarter':
      return Math.floor(d.getUTCMonth() / 3) + 1
    case 'hour':
      return d.getUTCHours()
    case 'minute':
      return d.getUTCMinutes()
    case 'second':
      return d.getUTCSeconds()
    default:
      return null
  }
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/**
 * Registers on `connection` the SQL functions Django's SQLite backend adds to every connection and the
 * ORM's SQL calls: `django_date_extract`, `django_datetime_extract`, `django_datetime_cast_date`,
 * `django_datetime_cast_time` (time zone UTC), and `REGEXP`. Does nothing when the port cannot.
 */
export function registerDjangoFunctions(connection: SqliteConnection): void {
  if (connection.createFunction === undefined) return
  connection.createFunction('django_date_extract', (lookup, value) => extract(lookup ?? null, value ?? null))
  connection.createFunction('django_datetime_extract', (lookup, value, tzname, connTzname) => {
    void tzname
    void connTzname
    return extract(lookup ?? null, value ?? null)
  })
  connection.createFunction('django_datetime_cast_date', (value, tzname, connTzname) => {
    void tzname
    void connTzname
    const d = parts(value ?? null)
    return d === null ? null : `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
  })
  connection.createFunction('django_datetime_cast_time', (value, tzname, connTzname) => {
    void tzname
    void connTzname
    const d = parts(value ?? null)
    return d === null ? null : `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  })
  connection.createFunction('regexp', (pattern, value) => {
    if (pattern === null || value === null || pattern === undefined || value === undefined) return null
    const text = String(pattern)
    const flags = text.startsWith('(?i)') ? 'i' : ''
    return new RegExp(flags === 'i' ? text.slice(4) : text, flags).test(String(value)) ? 1 : 0
  })
}
