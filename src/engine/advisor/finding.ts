import type { Migration } from '../migrations/migration'
import type { ProjectState } from '../migrations/project-state'

/** How serious a finding is: `error` breaks a deploy or loses data unexpectedly, `warning` needs care, `info` teaches. */
export type Severity = 'error' | 'warning' | 'info'

/** The stable identifiers of the advisor's rules (documentation and the UI key on them). */
export type RuleId =
  | 'sqlite-table-rebuild'
  | 'column-dropped'
  | 'table-dropped'
  | 'field-renamed'
  | 'model-renamed'
  | 'table-renamed'
  | 'not-null-column-without-default'
  | 'callable-default-evaluated-once'
  | 'column-type-changed'
  | 'unique-on-large-table'
  | 'index-on-large-table'
  | 'run-python-irreversible'
  | 'run-sql-irreversible'
  | 'data-migration-imports-models'
  | 'foreign-key-made-not-null'
  | 'column-made-not-null'

/**
 * One risk the advisor found: the rule that fired, its severity, the index of the operation it concerns
 * in `migration.operations` (null for the migration as a whole), a plain explanation, the safe
 * alternative as concrete steps, and the lock the operation takes on PostgreSQL (knowledge only).
 */
export interface Finding {
  readonly rule: RuleId
  readonly severity: Severity
  readonly operationIndex: number | null
  readonly explanation: string
  readonly safeAlternative: readonly string[]
  readonly postgresLock: string | null
}

/**
 * What the advisor inspects: the migration, the project state just before it, the SQL it produces on
 * SQLite exactly as `MigrationExecutor.collectSql` returns it (sqlmigrate's `--` comment lines included),
 * optionally the row count of each table by table name, and the migration file's source text.
 */
export interface AdvisorInput {
  readonly migration: Migration
  readonly stateBefore: ProjectState
  readonly sql: readonly string[]
  readonly rowCounts?: ReadonlyMap<string, number>
  readonly source?: string
}

/** Row count from which a table is "large": rewriting or indexing it takes noticeable time and locks. */
export const LARGE_TABLE_ROWS = 10_000
