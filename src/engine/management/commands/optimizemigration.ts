import { MigrationLoader } from '../../migrations/loader'
import { migration } from '../../migrations/migration'
import { optimize } from '../../migrations/optimizer'
import { migrationFileText } from '../../migrations/writer/migration-writer'
import type { CommandHandler } from '../registry'
import { ArgumentError, parseArgs, type ParserSpec, verbosityOf } from './migrate-argparse'
import {
  CommandError,
  diskMigrations,
  requireInstalledApp,
  runCommand,
  runSystemChecks,
} from './migrate-support'
import { OPTIONS_WITHOUT_DATABASE } from './squashmigrations-arguments'
import { findMigration, manualPortingMessage, needsManualPorting, SQUASHING_DOCS } from './squashmigrations'
import { BASE_OPTIONS_HELP } from './base-options-help'

/** The usage block argparse prints for `manage.py optimizemigration`. */
const OPTIMIZEMIGRATION_USAGE = `usage: manage.py optimizemigration [-h] [--check] [--version] [-v {0,1,2,3}]
                                   [--settings SETTINGS]
                                   [--pythonpath PYTHONPATH] [--traceback]
                                   [--no-color] [--force-color]
                                   [--skip-checks]
                                   app_label migration_name`

/** The text `manage.py optimizemigration --help` prints (Django 5.2, Python 3.11 argparse). */
const OPTIMIZEMIGRATION_HELP = `${OPTIMIZEMIGRATION_USAGE}

Optimizes the operations for the named migration.

positional arguments:
  app_label             App label of the application to optimize the migration
                        for.
  migration_name        Migration name to optimize the operations for.

options:
  -h, --help            show this help message and exit
  --check               Exit with a non-zero status if the migration can be
                        optimized.
${BASE_OPTIONS_HELP}`

/** The parser of `optimizemigration app_label migration_name [--check]` (the positionals are checked after `--version`). */
const OPTIMIZEMIGRATION_PARSER: ParserSpec = {
  prog: 'manage.py optimizemigration',
  usage: OPTIMIZEMIGRATION_USAGE,
  options: [
    { dest: 'help', flags: ['-h', '--help'], takesValue: false },
    { dest: 'check', flags: ['--check'], takesValue: false },
    ...OPTIONS_WITHOUT_DATABASE.filter((o) => o.dest !== 'help'),
  ],
  positionals: [{ dest: 'args', optional: true, many: true }],
}

/**
 * `manage.py optimizemigration app_label migration_name [--check]`: optimizes the operations of one
 * migration and rewrites its file as Django 5.2 does (a migration whose RunPython functions would need
 * copying by hand is written as `<name>_optimized.py` replacing it). `--check` exits 1 when the
 * migration could be optimized, without writing. Returns the exit status.
 */
export const optimizemigration: CommandHandler = (argv, ctx) =>
  runCommand(ctx, OPTIMIZEMIGRATION_PARSER, async () => {
    const args = parseArgs(OPTIMIZEMIGRATION_PARSER, argv)
    if (args.options.has('help')) {
      ctx.io.stdout(OPTIMIZEMIGRATION_HELP)
      return 0
    }
    if (args.options.has('version')) {
      ctx.io.stdout('5.2.18\n')
      return 0
    }
    const words = (args.positionals.get('args') as readonly string[] | undefined) ?? []
    if (words.length < 2) {
      const missing = ['app_label', 'migration_name'].slice(words.length).join(', ')
      throw new ArgumentError(`the following arguments are required: ${missing}`)
    }
    if (words.length > 2) throw new ArgumentError(`unrecognized arguments: ${words.slice(2).join(' ')}`)
    const [appLabel, name] = words as [string, string]
    const stop = await runSystemChecks(ctx, args.options.has('skip_checks'))
    if (stop !== null) return stop
    const verbosity = verbosityOf(args)
    requireInstalledApp(ctx, appLabel)
    const disk = await diskMigrations(ctx)
    if ('stderr' in disk) {
      ctx.io.stderr(disk.stderr)
      return disk.exitCode
    }
    const loader = new MigrationLoader(disk, null)
    if (!loader.migratedApps.has(appLabel))
      throw new CommandError(`App '${appLabel}' does not have migrations.`)
    const found = findMigration(loader, appLabel, name)
    const operations = optimize(found.operations, found.appLabel)
    if (operations.length === found.operations.length) {
      if (verbosity > 0) ctx.io.stdout('No optimizations possible.\n')
      return 0
    }
    if (verbosity > 0) {
      ctx.io.stdout(
        `Optimizing from ${found.operations.length} operations to ${operations.length} operations.\n`,
      )
    }
    if (args.options.has('check')) return 1
    let optimized = migration({ ...found, operations })
    let text = migrationFileText(optimized, { generatedAt: ctx.clock.now() })
    if (needsManualPorting(text)) {
      if (found.replaces.length > 0) {
        throw new CommandError(
          `Migration will require manual porting but is already a squashed migration.\nTransition to a normal migration first: ${SQUASHING_DOCS}`,
        )
      }
      optimized = migration({
        appLabel: found.appLabel,
        name: `${found.name}_optimized`,
        dependencies: found.dependencies,
        replaces: [[found.appLabel, found.name]],
        operations,
      })
      text = migrationFileText(optimized, { generatedAt: ctx.clock.now() })
      if (verbosity > 0) ctx.io.stdout(manualPortingMessage('optimized'))
    }
    const path = `${appLabel}/migrations/${optimized.name}.py`
    ctx.files.write(path, text)
    if (verbosity > 0) ctx.io.stdout(`Optimized migration ${path}\n`)
    return 0
  })
