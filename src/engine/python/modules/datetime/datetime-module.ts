import { pythonSourceModule } from '../python-source-module'
import type { NativeModule } from '../registry'
import { DATES_SOURCE } from './datetime-source-dates'
import { DATETIME_SOURCE } from './datetime-source-datetime'
import { DURATIONS_SOURCE } from './datetime-source-durations'

/** `datetime`, written in Python: Dates, times and durations: date, time, datetime, timedelta, tzinfo, timezone (Migration Playground). */
export const datetimeModule: NativeModule = pythonSourceModule(
  'datetime',
  DURATIONS_SOURCE + DATES_SOURCE + DATETIME_SOURCE,
)
