import { DjangoException } from '../../migrations/exceptions'
import { installedApps } from '../../files'
import { DatabaseError, databaseError } from '../../backends/sqlite/database-errors'
import type { ManageContext } from '../context'
import type { DiskMigrations } from '../../migrations/loader'
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
