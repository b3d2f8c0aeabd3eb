import { DjangoException } from '../../migrations/exceptions'
import { installedApps } from '../../files'
import { DatabaseError, databaseError } from '../../backends/sqlite/database-errors'
import type { ManageContext } from '../context'
import type { DiskMigrations } from '../../migrations/loader'
import type { ProjectState } from '../../migrations/project-state'
import { getOption } from '../../migrations/model-state'
import { kwarg } from '../../migrations/field-state'
import { ArgumentError, type ParserSpec } from './migrate-argparse'

/** A `CommandError`: printed as `CommandError: <message>` on stderr, exit status 1 (or `status`). */
export class CommandError extends Error {
  override readonly name = 'CommandError'
  /** Takes the message and the exit status (1 unless Django uses another). */
  constructor(
    message: string,
    readonly status = 1,
  ) {
    super(message)
  }
}

/** Django's "No installed app with label 'x'." check; throws CommandError. */
export function requireInstalledApp(ctx: ManageContext, label: string): void {
  if (!installedApps(ctx.files).includes(label))
    throw new CommandError(`No installed app with label '${label}'.`)
}

/**
 * The migration files as the migration commands need them. The bridge reads real files through the
 * context's `project` loader; without one, an app's migrations package must hold no migration files.
 */
export async function diskMigrations(
  ctx: ManageContext,
): Promise<DiskMigrations | { stderr: string; exitCode: number }> {
  const apps = installedApps(ctx.files)
  const project = ctx.project
  if (project !== undefined) {
    const loaded = await project.migrations(ctx.files)
    if (loaded.kind === 'failure') return { stderr: loaded.stderr, exitCode: loaded.exitCode }
    return { installedApps: apps, packages: loaded.packages, migrations: loaded.migrations }
  }
  const packages = apps.filter((app) => ctx.files.read(`${app}/migrations/__init__.py`) !== undefined)
  const files = ctx.files
    .list()
    .filter((p) => /^[^/]+\/migrations\/[^/_~][^/]*\.py$/.test(p) && packages.includes(p.split('/')[0]!))
  if (files.length > 0) {
    throw new CommandError('The playground cannot read migration files yet.')
  }
  return { installedApps: apps, packages, migrations: [] }
}

/** Runs a command body, printing argparse errors, CommandErrors and Python tracebacks as Django does. */
export async function runCommand(
  ctx: ManageContext,
  spec: ParserSpec,
  body: () => Promise<number>,
): Promise<number> {
  try {
    return await body()
  } catch (thrown) {
    const error = databaseError(thrown)
    if (error instanceof ArgumentError) {
      ctx.io.stderr(`${spec.usage}\n${spec.prog}: error: ${error.message}\n`)
      return 2
    }
    if (error instanceof CommandError) {
      ctx.io.stderr(`CommandError: ${error.message}\n`)
      return error.status
    }
    if (error instanceof DjangoException || error instanceof DatabaseError) {
      ctx.io.stderr(
        `Traceback (most recent call last):\n  File "manage.py", line 22, in <module>\n${error.tracebackLine()}\n`,
      )
      return 1
    }
    throw error
  }
}

/**
 * The database checks `migrate` adds to the system checks on SQLite: comments on tables
 * (models.W046) and on columns (fields.W163) are not supported. Returns the warning lines.
 */
export function databaseCheckWarnings(state: ProjectState): string[] {
  const lines: string[] = []
  for (const model of state.models) {
    const label = `${model.appLabel}.${model.name}`
    const comment = getOption(model, 'db_table_comment')
    if (comment !== undefined && comment.kind === 'str' && comment.value !== '') {
      lines.push(`${label}: (models.W046) SQLite does not support comments on tables (db_table_comment).`)
    }
    for (const [name, field] of model.fields) {
      const db = kwarg(field, 'db_comment')
      if (db !== undefined && db.kind === 'str' && db.value !== '') {
        lines.push(
          `${label}.${name}: (fields.W163) SQLite does not support comments on columns (db_comment).`,
        )
      }
    }
  }
  return lines
}

/** Adds warning lines to a system-check report (creating one when there is none), sorted as Django sorts them. */
export function withWarnings(report: string, warnings: readonly string[]): string {
  if (warnings.length === 0) return report
  if (report === '')
    return `System check identified some issues:\n\nWARNINGS:\n${[...warnings].sort().join('\n')}\n`
  const marker = '\nWARNINGS:\n'
  const at = report.indexOf(marker)
  if (at < 0) return `${report.replace(/\n$/, '')}\n\nWARNINGS:\n${[...warnings].sort().join('\n')}\n`
  const start = at + marker.length
  const end = report.indexOf('\n\n', start)
  const block = report
    .slice(start, end < 0 ? report.length : end)
    .replace(/\n$/, '')
    .split('\n')
  const merged = [...block, ...warnings].sort().join('\n')
  return `${report.slice(0, start)}${merged}${end < 0 ? '\n' : report.slice(end)}`
}

/** Runs the system checks through the bridge as commands do before they work; returns an exit status to stop with, or null. */
export async function runSystemChecks(
  ctx: ManageContext,
  skip: boolean,
  databases = false,
): Promise<number | null> {
  if (ctx.project === undefined || skip) return null
  const models = await ctx.project.modelsState(ctx.files)
  if (models.kind === 'failure') {
    ctx.io.stderr(models.stderr)
    return models.exitCode
  }
  const report = databases
    ? withWarnings(models.checkOutput, databaseCheckWarnings(models.state))
    : models.checkOutput
  if (report !== '') ctx.io.stderr(report)
  return null
}
