import type { CommandHandler } from '../registry'
import { MigrationExecutor } from '../../migrations/executor'
import { AmbiguityError, MigrationKeyError } from '../../migrations/exceptions'
import { MigrationLoader } from '../../migrations/loader'
import { MigrationRecorder } from '../../migrations/recorder'
import { COMMON_OPTIONS, parseArgs, type ParserSpec, verbosityOf } from './migrate-argparse'
import {
  CommandError,
  diskMigrations,
  requireInstalledApp,
  runCommand,
  runSystemChecks,
} from './migrate-support'

const USAGE = `usage: manage.py sqlmigrate [-h] [--database {default}] [--backwards]
                            [--version] [-v {0,1,2,3}] [--settings SETTINGS]
                            [--pythonpath PYTHONPATH] [--traceback]
                            [--no-color] [--force-color] [--skip-checks]
                            app_label migration_name`

const SPEC: ParserSpec = {
  prog: 'manage.py sqlmigrate',
  usage: USAGE,
  options: [...COMMON_OPTIONS, { dest: 'backwards', flags: ['--backwards'], takesValue: false }],
  positionals: [
    { dest: 'app_label', optional: false },
    { dest: 'migration_name', optional: false },
  ],
}

/** `manage.py sqlmigrate app_label migration_name [--backwards]`: the migration's SQL as Django 5.2 prints it. */
export const sqlmigrate: CommandHandler = (argv, ctx) =>
  runCommand(ctx, SPEC, async () => {
    const args = parseArgs(SPEC, argv)
    if (args.options.has('help')) {
      ctx.io.stdout(`${USAGE}\n`)
      return 0
    }
    const appLabel = args.positionals.get('app_label') as string
    const name = args.positionals.get('migration_name') as string
    const stop = await runSystemChecks(ctx, args.options.has('skip_checks'))
    if (stop !== null) return stop
    const disk = await diskMigrations(ctx)
    if ('stderr' in disk) {
      ctx.io.stderr(disk.stderr)
      return disk.exitCode
    }
    const connection = ctx.connection()
    const recorder = new MigrationRecorder(connection, ctx.clock)
    const executor = new MigrationExecutor(
      () => new MigrationLoader(disk, recorder.appliedMigrations(), { replaceMigrations: false }),
      {
        connection,
        clock: ctx.clock,
        host: ctx.runPython ?? { runPython: async () => {} },
      },
    )
    const loader = executor.loader
    requireInstalledApp(ctx, appLabel)
    if (!loader.migratedApps.has(appLabel))
      throw new CommandError(`App '${appLabel}' does not have migrations`)
    let migration
    try {
      migration = loader.getMigrationByPrefix(appLabel, name)
    } catch (error) {
      if (error instanceof AmbiguityError) {
        throw new CommandError(
          `More than one migration matches '${name}' in app '${appLabel}'. Please be more specific.`,
        )
      }
      if (error instanceof MigrationKeyError) {
        throw new CommandError(
          `Cannot find a migration matching '${name}' from app '${appLabel}'. Is it in INSTALLED_APPS?`,
        )
      }
      throw error
    }
    const statements = await executor.collectSql([{ migration, backwards: args.options.has('backwards') }])
    if (statements.length === 0) {
      if (verbosityOf(args) >= 1) ctx.io.stderr('No operations found.\n')
      return 0
    }
    const body = statements.join('\n')
    ctx.io.stdout(migration.atomic ? `BEGIN;\n${body}\nCOMMIT;\n` : `${body}\n`)
    return 0
  })
