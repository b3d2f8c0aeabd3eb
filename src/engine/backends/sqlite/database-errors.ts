import { SqliteError } from '../../connection'
import { DjangoException } from '../../migrations/exceptions'

/** `django.db.utils.OperationalError` / `IntegrityError` / `ProgrammingError`: an error SQLite raised, as Django re-raises it. */
export class DatabaseError extends DjangoException {
  override readonly name = 'DatabaseError'
  /** Takes Django's class name for the error, SQLite's message and the statement that failed (if any). */
  constructor(
    readonly pythonName: string,
    message: string,
    readonly sql: string | null = null,
  ) {
    super(message)
  }
}

const INTEGRITY = /^(NOT NULL|UNIQUE|FOREIGN KEY|CHECK|PRIMARY KEY) constraint failed|^constraint failed/

/** Takes an error thrown by the connection, returns the Django error Python's sqlite3 driver would have led to. */
export function databaseError(error: unknown): unknown {
  if (!(error instanceof SqliteError)) return error
  const kind = INTEGRITY.test(error.message) ? 'IntegrityError' : 'OperationalError'
  return new DatabaseError(`django.db.utils.${kind}`, error.message, error.sql)
}
