/** Evaluates a lesson's checks against the learner's workspace: files, database and the commands run. */
import type { SqliteConnection } from '../connection'
import type { ProjectFiles } from '../files'
import { assertNever } from '../util/assert-never'
import type { LessonCheck } from './lesson-check'
import type { ManageRunner } from './manage-runner'
import { globMatches, migrationOperations } from './migration-operations'
import { columnsOf, constraintNames, indexesOf, tableExists } from './schema-facts'

/** Everything a check may look at. */
export interface CheckContext {
  readonly files: ProjectFiles
  readonly connection: SqliteConnection
  /** The argv of every manage.py command the learner ran in this lesson, in order. */
  readonly commands: readonly (readonly string[])[]
  /** Runs a manage.py command that leaves no trace on the workspace (on a copy of its files and database). */
  readonly inspect: ManageRunner
}

/** A check's verdict: passed or not, and why (shown next to the task). */
export interface CheckResult {
  readonly kind: LessonCheck['kind']
  readonly label: string
  readonly passed: boolean
  readonly reason: string
}

type Verdict = readonly [passed: boolean, reason: string]

function quoted(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}

function tableCheck(connection: SqliteConnection, table: string, absent: boolean): Verdict {
  const exists = tableExists(connection, table)
  if (absent) return [!exists, exists ? `table ${table} still exists` : `there is no table ${table}`]
  return [exists, exists ? `table ${table} exists` : `there is no table ${table}`]
}

function verdict(check: LessonCheck, ctx: CheckContext): Verdict | Promise<Verdict> {
  const { connection } = ctx
  switch (check.kind) {
    case 'table':
      return tableCheck(connection, check.table, check.absent)
    case 'column': {
      if (!tableExists(connection, check.table)) return [false, `there is no table ${check.table}`]
      const column = columnsOf(connection, check.table).find((c) => c.name === check.column)
      if (check.absent)
        return [
          column === undefined,
          column === undefined
            ? `${check.table} has no column ${check.column}`
            : `${check.table}.${check.column} still exists`,
        ]
      if (column === undefined) return [false, `${check.table} has no column ${check.column}`]
      if (check.type !== null && column.type.toLowerCase() !== check.type.toLowerCase())
        return [false, `${check.table}.${check.column} is ${column.type}, not ${check.type}`]
      if (check.null !== null && column.notNull === check.null)
        return [false, `${check.table}.${check.column} is ${column.notNull ? 'NOT NULL' : 'nullable'}`]
      return [true, `${check.table}.${check.column} is ${column.type}${column.notNull ? ' NOT NULL' : ''}`]
    }
    case 'index': {
      if (!tableExists(connection, check.table)) return [false, `there is no table ${check.table}`]
      const wanted = check.name ?? `on (${check.columns!.join(', ')})`
      const found = indexesOf(connection, check.table).some((index) =>
        check.name !== null
          ? index.name === check.name
          : index.columns.join('\0') === check.columns!.join('\0'),
      )
      if (check.absent)
        return [
          !found,
          found ? `${check.table} still has an index ${wanted}` : `${check.table} has no index ${wanted}`,
        ]
      return [
        found,
        found ? `${check.table} has an index ${wanted}` : `${check.table} has no index ${wanted}`,
      ]
    }
    case 'constraint': {
      if (!tableExists(connection, check.table)) return [false, `there is no table ${check.table}`]
      const found = constraintNames(connection, check.table).includes(check.name)
      if (check.absent)
        return [
          !found,
          found
            ? `${check.table} still has constraint ${check.name}`
            : `${check.table} has no constraint ${check.name}`,
        ]
      return [
        found,
        found
          ? `${check.table} has constraint ${check.name}`
          : `${check.table} has no constraint ${check.name}`,
      ]
    }
    case 'applied': {
      const recorded =
        tableExists(connection, 'django_migrations') &&
        connection.query('SELECT 1 FROM django_migrations WHERE app = ? AND name = ?', [
          check.app,
          check.name,
        ]).rows.length > 0
      const node = `${check.app}.${check.name}`
      return [recorded === check.applied, recorded ? `${node} is applied` : `${node} is not applied`]
    }
    case 'no-pending-changes':
      return ctx
        .inspect(['makemigrations', '--check', '--dry-run'], '')
        .then((outcome): Verdict =>
          outcome.status === 0
            ? [true, 'makemigrations --check finds no changes']
            : [false, `makemigrations --check exits ${outcome.status}: ${firstLine(outcome.output)}`],
        )
    case 'migration': {
      const prefix = `${check.app}/migrations/`
      const matching = ctx.files
        .list()
        .filter(
          (path) =>
            path.startsWith(prefix) && path.endsWith('.py') && !path.slice(prefix.length).includes('/'),
        )
        .filter((path) => globMatches(check.name, path.slice(prefix.length, -3)))
      if (matching.length === 0) return [false, `no migration ${check.app}/migrations/${check.name}.py`]
      if (check.operations === null) return [true, `${matching[0]} exists`]
      const want = check.operations.join(', ')
      for (const path of matching) {
        const operations = migrationOperations(ctx.files.read(path) ?? '')
        if (operations !== null && operations.join(', ') === want) return [true, `${path} holds ${want}`]
      }
      const seen = matching.map(
        (path) =>
          `${path}: ${(migrationOperations(ctx.files.read(path) ?? '') ?? []).join(', ') || 'no operations'}`,
      )
      return [false, `wanted ${want}; found ${seen.join('; ')}`]
    }
    case 'shell':
      return ctx.inspect(['shell', '-v', '0', '-c', check.code], '').then((outcome): Verdict => {
        if (outcome.status !== 0) return [false, `the code fails: ${lastLine(outcome.output)}`]
        const shown = JSON.stringify(outcome.stdout)
        return outcome.stdout === check.output
          ? [true, `prints ${shown}`]
          : [false, `prints ${shown}, not ${JSON.stringify(check.output)}`]
      })
    case 'ran': {
      const ran = ctx.commands.some(
        (argv) => argv.length >= check.command.length && check.command.every((word, i) => argv[i] === word),
      )
      const command = `manage.py ${check.command.join(' ')}`
      return [ran, ran ? `ran ${command}` : `${command} has not been run yet`]
    }
    case 'rows': {
      if (!tableExists(connection, check.table)) return [false, `there is no table ${check.table}`]
      const where = check.where === null ? '' : ` WHERE ${check.where}`
      let count: number
      try {
        count = Number(connection.query(`SELECT count(*) FROM ${quoted(check.table)}${where}`).rows[0]![0])
      } catch (error) {
        return [false, `the query failed: ${error instanceof Error ? error.message : String(error)}`]
      }
      const rows = `${count} row${count === 1 ? '' : 's'}${check.where === null ? '' : ` where ${check.where}`}`
      return [
        count === check.count,
        `${check.table} has ${rows}${count === check.count ? '' : ` (wanted ${check.count})`}`,
      ]
    }
    default:
      return assertNever(check)
  }
}

function lastLine(text: string): string {
  return text.trim().split('\n').at(-1) ?? ''
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? ''
}

/** Evaluates every check in order; a check that throws fails with the error as its reason. */
export async function evaluateChecks(
  checks: readonly LessonCheck[],
  ctx: CheckContext,
): Promise<CheckResult[]> {
  const results: CheckResult[] = []
  for (const check of checks) {
    let passed: boolean
    let reason: string
    try {
      ;[passed, reason] = await verdict(check, ctx)
    } catch (error) {
      passed = false
      reason = error instanceof Error ? error.message : String(error)
    }
    results.push({ kind: check.kind, label: check.label, passed, reason })
  }
  return results
}
