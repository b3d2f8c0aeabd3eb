import { assertNever } from '../util/assert-never'

/**
 * The checks a lesson declares in its front matter, as a discriminated union on `kind`, and their
 * validation from the YAML values an author wrote.
 */

/** A table exists (or, with `absent`, does not). */
export interface TableCheck {
  readonly kind: 'table'
  readonly label: string
  readonly table: string
  readonly absent: boolean
}

/** A column exists, optionally with its declared type (`varchar(200)`, compared case-insensitively) and nullability. */
export interface ColumnCheck {
  readonly kind: 'column'
  readonly label: string
  readonly table: string
  readonly column: string
  readonly type: string | null
  readonly null: boolean | null
  readonly absent: boolean
}

/** An index exists on the table, found by its columns (in order) or by its name. */
export interface IndexCheck {
  readonly kind: 'index'
  readonly label: string
  readonly table: string
  readonly columns: readonly string[] | null
  readonly name: string | null
  readonly absent: boolean
}

/** A named constraint (CHECK, UNIQUE, or a unique index of that name) exists on the table. */
export interface ConstraintCheck {
  readonly kind: 'constraint'
  readonly label: string
  readonly table: string
  readonly name: string
  readonly absent: boolean
}

/** A migration (`app.name`) is recorded in django_migrations, or with `applied: false` is not. */
export interface AppliedCheck {
  readonly kind: 'applied'
  readonly label: string
  readonly app: string
  readonly name: string
  readonly applied: boolean
}

/** `makemigrations --check --dry-run` exits 0: the models have no change left without a migration. */
export interface NoPendingChangesCheck {
  readonly kind: 'no-pending-changes'
  readonly label: string
}

/** A migration file of the app whose name matches the glob, optionally with exactly these top-level operations. */
export interface MigrationCheck {
  readonly kind: 'migration'
  readonly label: string
  readonly app: string
  readonly name: string
  readonly operations: readonly string[] | null
}

/** `manage.py shell -v 0 -c CODE` prints exactly `output`. */
export interface ShellCheck {
  readonly kind: 'shell'
  readonly label: string
  readonly code: string
  readonly output: string
}

/** The learner ran a command whose argv starts with these words (`sqlmigrate`, `migrate library zero`). */
export interface RanCheck {
  readonly kind: 'ran'
  readonly label: string
  readonly command: readonly string[]
}

/** The table holds `count` rows (those matching the SQL `where` when given). */
export interface RowsCheck {
  readonly kind: 'rows'
  readonly label: string
  readonly table: string
  readonly count: number
  readonly where: string | null
}

/** One check of a lesson. */
export type LessonCheck =
  | TableCheck
  | ColumnCheck
  | IndexCheck
  | ConstraintCheck
  | AppliedCheck
  | NoPendingChangesCheck
  | MigrationCheck
  | ShellCheck
  | RanCheck
  | RowsCheck

/** The check kinds, in the order the authoring guide lists them. */
export const CHECK_KINDS = [
  'table',
  'column',
  'index',
  'constraint',
  'applied',
  'no-pending-changes',
  'migration',
  'shell',
  'ran',
  'rows',
] as const satisfies readonly LessonCheck['kind'][]

/** What is wrong with a check as written (the caller adds the file and line); `field` is the offending key. */
export class CheckSpecError extends Error {
  override readonly name = 'CheckSpecError'
  /** Takes the message and the field it is about, if any. */
  constructor(
    message: string,
    readonly field: string | null = null,
  ) {
    super(message)
  }
}

const FIELDS: Readonly<Record<LessonCheck['kind'], readonly string[]>> = {
  table: ['table', 'absent'],
  column: ['table', 'column', 'type', 'null', 'absent'],
  index: ['table', 'columns', 'name', 'absent'],
  constraint: ['table', 'name', 'absent'],
  applied: ['migration', 'applied'],
  'no-pending-changes': [],
  migration: ['app', 'name', 'operations'],
  shell: ['code', 'output'],
  ran: ['command'],
  rows: ['table', 'count', 'where'],
}

class Fields {
  constructor(
    readonly raw: Readonly<Record<string, unknown>>,
    readonly kind: string,
  ) {}

  string(key: string): string {
    const value = this.raw[key]
    if (value === undefined) throw new CheckSpecError(`check '${this.kind}' needs '${key}'`, key)
    if (typeof value !== 'string' || value === '')
      throw new CheckSpecError(
        `check '${this.kind}': '${key}' must be a non-empty string, not ${show(value)}`,
        key,
      )
    return value
  }

  optionalString(key: string): string | null {
    return this.raw[key] === undefined ? null : this.string(key)
  }

  text(key: string): string {
    const value = this.raw[key]
    if (value === undefined) throw new CheckSpecError(`check '${this.kind}' needs '${key}'`, key)
    if (typeof value !== 'string')
      throw new CheckSpecError(`check '${this.kind}': '${key}' must be a string, not ${show(value)}`, key)
    return value
  }

  boolean(key: string, fallback: boolean): boolean
  boolean(key: string, fallback: null): boolean | null
  boolean(key: string, fallback: boolean | null): boolean | null {
    const value = this.raw[key]
    if (value === undefined) return fallback
    if (typeof value !== 'boolean')
      throw new CheckSpecError(
        `check '${this.kind}': '${key}' must be true or false, not ${show(value)}`,
        key,
      )
    return value
  }

  strings(key: string): readonly string[] | null {
    const value = this.raw[key]
    if (value === undefined) return null
    if (
      !Array.isArray(value) ||
      value.length === 0 ||
      value.some((item) => typeof item !== 'string' || item === '')
    )
      throw new CheckSpecError(
        `check '${this.kind}': '${key}' must be a non-empty list of strings, not ${show(value)}`,
        key,
      )
    return value as string[]
  }
}

function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value)
}

/** Validates one check as parsed from YAML; throws CheckSpecError naming the mistake. */
export function checkFromYaml(raw: unknown): LessonCheck {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw new CheckSpecError(`a check must be a mapping with 'kind' and 'label', not ${show(raw)}`)
  const record = raw as Record<string, unknown>
  const kind = record['kind']
  if (kind === undefined) throw new CheckSpecError("a check needs 'kind'")
  if (typeof kind !== 'string' || !(CHECK_KINDS as readonly string[]).includes(kind))
    throw new CheckSpecError(`unknown check kind ${show(kind)} (expected one of: ${CHECK_KINDS.join(', ')})`)
  const known = kind as LessonCheck['kind']
  const allowed = new Set(['kind', 'label', ...FIELDS[known]])
  const unknown = Object.keys(record).filter((key) => !allowed.has(key))
  if (unknown.length > 0)
    throw new CheckSpecError(
      `check '${known}' has unknown field '${unknown[0]}' (its fields: ${['label', ...FIELDS[known]].join(', ')})`,
      unknown[0],
    )
  const f = new Fields(record, known)
  const label = f.string('label')
  switch (known) {
    case 'table':
      return { kind: known, label, table: f.string('table'), absent: f.boolean('absent', false) }
    case 'column':
      return {
        kind: known,
        label,
        table: f.string('table'),
        column: f.string('column'),
        type: f.optionalString('type'),
        null: f.boolean('null', null),
        absent: f.boolean('absent', false),
      }
    case 'index': {
      const columns = f.strings('columns')
      const name = f.optionalString('name')
      if ((columns === null) === (name === null))
        throw new CheckSpecError("check 'index' needs either 'columns' or 'name' (exactly one)")
      return {
        kind: known,
        label,
        table: f.string('table'),
        columns,
        name,
        absent: f.boolean('absent', false),
      }
    }
    case 'constraint':
      return {
        kind: known,
        label,
        table: f.string('table'),
        name: f.string('name'),
        absent: f.boolean('absent', false),
      }
    case 'applied': {
      const migration = f.string('migration')
      const dot = migration.indexOf('.')
      if (dot <= 0 || dot === migration.length - 1)
        throw new CheckSpecError(
          `check 'applied': 'migration' must be app.name (e.g. library.0001_initial), not ${show(migration)}`,
          'migration',
        )
      return {
        kind: known,
        label,
        app: migration.slice(0, dot),
        name: migration.slice(dot + 1),
        applied: f.boolean('applied', true),
      }
    }
    case 'no-pending-changes':
      return { kind: known, label }
    case 'migration':
      return {
        kind: known,
        label,
        app: f.string('app'),
        name: f.string('name'),
        operations: f.strings('operations'),
      }
    case 'shell':
      return { kind: known, label, code: f.string('code'), output: f.text('output') }
    case 'ran': {
      const command = f.string('command').trim().split(/\s+/)
      if (command[0] === 'python' || command[0] === 'manage.py' || command[0] === './manage.py')
        throw new CheckSpecError(
          `check 'ran': 'command' holds the manage.py command only (e.g. "sqlmigrate library"), not ${show(f.raw['command'])}`,
        )
      return { kind: known, label, command }
    }
    case 'rows': {
      const count = record['count']
      if (count === undefined) throw new CheckSpecError("check 'rows' needs 'count'", 'count')
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0)
        throw new CheckSpecError(
          `check 'rows': 'count' must be a whole number ≥ 0, not ${show(count)}`,
          'count',
        )
      return { kind: known, label, table: f.string('table'), count, where: f.optionalString('where') }
    }
    default:
      return assertNever(known)
  }
}
