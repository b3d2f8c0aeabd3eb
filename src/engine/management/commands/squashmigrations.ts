import { AmbiguityError, MigrationKeyError } from '../../migrations/exceptions'
import { InputEndedError } from '../../migrations/interactive-questioner'
import { MigrationLoader } from '../../migrations/loader'
import { migration, type Migration, type MigrationDependency } from '../../migrations/migration'
import type { Operation } from '../../migrations/operations/operation'
import { optimize } from '../../migrations/optimizer'
import { MigrationRecorder } from '../../migrations/recorder'
import { migrationFileText } from '../../migrations/writer/migration-writer'
import type { ManageContext } from '../context'
import type { CommandHandler } from '../registry'
import { ArgumentError, parseArgs, verbosityOf } from './migrate-argparse'
import {
  CommandError,
  diskMigrations,
  requireInstalledApp,
  runCommand,
  runSystemChecks,
} from './migrate-support'
import {
  SQUASHMIGRATIONS_HELP,
  SQUASHMIGRATIONS_PARSER,
  squashPositionals,
} from './squashmigrations-arguments'

/** The link Django's squashing errors point at. */
export const SQUASHING_DOCS = 'https://docs.djangoproject.com/en/5.2/topics/migrations/#squashing-migrations'

/** What Django prints after writing a migration whose RunPython functions the writer could not copy. */
export function manualPortingMessage(kind: 'squashed' | 'optimized'): string {
  return (
    'Manual porting required\n' +
    '  Your migrations contained functions that must be manually copied over,\n' +
    '  as we could not safely copy their implementation.\n' +
    `  See the comment at the top of the ${kind} migration for details.\n`
  )
}

/** Whether a written migration file lists functions to copy by hand (Django's `needs_manual_porting`). */
export function needsManualPorting(fileText: string): boolean {
  return fileText.includes('\n# Functions from the following migrations need manual copying.\n')
}

/**
 * The migration matching a name prefix in `app`, with the CommandErrors squashmigrations and
 * optimizemigration raise for an ambiguous or unknown prefix.
 */
export function findMigration(loader: MigrationLoader, app: string, name: string): Migration {
  try {
    return loader.getMigrationByPrefix(app, name)
  } catch (error) {
    if (error instanceof AmbiguityError) {
      throw new CommandError(
        `More than one migration matches '${name}' in app '${app}'. Please be more specific.`,
      )
    }
    if (error instanceof MigrationKeyError) {
      throw new CommandError(`Cannot find a migration matching '${name}' from app '${app}'.`)
    }
    throw error
  }
}

/** Asks `Do you wish to proceed? [y/N] ` until the answer starts with y or n; an empty answer is no. */
async function askProceed(ctx: ManageContext): Promise<boolean> {
  for (;;) {
    ctx.io.stdout('Do you wish to proceed? [y/N] ')
    const line = await ctx.io.readLine()
    if (line === null) throw new InputEndedError()
    if (line === '') return false
    const answer = line[0]!.toLowerCase()
    if (answer === 'y' || answer === 'n') return answer === 'y'
  }
}

/**
 * The dependencies of a squash: every dependency of the first squashed migration, and the other apps'
 * (and swappable) dependencies of the rest, each once.
 */
function squashDependencies(squashed: readonly Migration[]): MigrationDependency[] {
  const seen = new Set<string>()
  const dependencies: MigrationDependency[] = []
  squashed.forEach((m, i) => {
    for (const dep of m.dependencies) {
      if (dep.setting === undefined && dep.appLabel === m.appLabel && i > 0) continue
      const key = dep.setting !== undefined ? `setting ${dep.setting}` : `${dep.appLabel}\u0000${dep.name}`
      if (seen.has(key)) continue
      seen.add(key)
      dependencies.push(dep)
    }
  })
  return dependencies
}

/**
 * `manage.py squashmigrations app_label [start_migration_name] migration_name`: lists the migrations of
 * the app up to `migration_name` (from `start_migration_name`), asks to proceed unless `--noinput`,
 * concatenates and optimizes their operations and writes `NNNN_squashed_<last>.py` with `replaces`,
 * as Django 5.2 does. Returns the exit status.
 */
export const squashmigrations: CommandHandler = (argv, ctx) =>
  runCommand(ctx, SQUASHMIGRATIONS_PARSER, async () => {
    const args = parseArgs(SQUASHMIGRATIONS_PARSER, argv)
    if (args.options.has('help')) {
      ctx.io.stdout(SQUASHMIGRATIONS_HELP)
      return 0
    }
    if (args.options.has('version')) {
      ctx.io.stdout('5.2.18\n')
      return 0
    }
    const positionals = squashPositionals(
      (args.positionals.get('args') as readonly string[] | undefined) ?? [],
    )
    if ('error' in positionals) throw new ArgumentError(positionals.error)
    const stop = await runSystemChecks(ctx, args.options.has('skip_checks'))
    if (stop !== null) return stop
    try {
      return await squash(ctx, {
        ...positionals,
        verbosity: verbosityOf(args),
        interactive: !args.options.has('noinput'),
        optimize: !args.options.has('no_optimize'),
        squashedName: (args.options.get('squashed_name') as string | undefined) ?? null,
        includeHeader: !args.options.has('no_header'),
      })
    } catch (error) {
      if (error instanceof InputEndedError) {
        ctx.io.stderr(
          'Traceback (most recent call last):\n  File "manage.py", line 22, in <module>\nEOFError: EOF when reading a line\n',
        )
        return 1
      }
      throw error
    }
  })

interface SquashOptions {
  readonly appLabel: string
  readonly start: string | null
  readonly end: string
  readonly verbosity: number
  readonly interactive: boolean
  readonly optimize: boolean
  readonly squashedName: string | null
  readonly includeHeader: boolean
}

async function squash(ctx: ManageContext, opts: SquashOptions): Promise<number> {
  const { appLabel, verbosity } = opts
  const out = (line: string) => ctx.io.stdout(`${line}\n`)
  requireInstalledApp(ctx, appLabel)
  const disk = await diskMigrations(ctx)
  if ('stderr' in disk) {
    ctx.io.stderr(disk.stderr)
    return disk.exitCode
  }
  const applied = new MigrationRecorder(ctx.connection(), ctx.clock).appliedMigrations()
  const loader = new MigrationLoader(disk, applied)
  if (!loader.migratedApps.has(appLabel)) {
    throw new CommandError(
      `App '${appLabel}' does not have migrations (so squashmigrations on it makes no sense)`,
    )
  }
  const end = findMigration(loader, appLabel, opts.end)
  let toSquash = loader.graph
    .forwardsPlan([end.appLabel, end.name])
    .filter(([app]) => app === end.appLabel)
    .map((key) => loader.graph.migration(key)!)
  let start: Migration | null = null
  if (opts.start !== null) {
    start = findMigration(loader, appLabel, opts.start)
    const at = toSquash.findIndex((m) => m.appLabel === start!.appLabel && m.name === start!.name)
    if (at < 0) {
      throw new CommandError(
        `The migration '${start.appLabel}.${start.name}' cannot be found. Maybe it comes after the ` +
          `migration '${end.appLabel}.${end.name}'?\nHave a look at:\n  python manage.py showmigrations ` +
          `${appLabel}\nto debug this issue.`,
      )
    }
    toSquash = toSquash.slice(at)
  }
  if (verbosity > 0 || opts.interactive) {
    out('Will squash the following migrations:')
    for (const m of toSquash) out(` - ${m.name}`)
    if (opts.interactive && !(await askProceed(ctx))) return 0
  }
  const operations: Operation[] = []
  for (const m of toSquash) {
    if (m.replaces.length > 0) {
      throw new CommandError(
        `You cannot squash squashed migrations! Please transition it to a normal migration first: ${SQUASHING_DOCS}`,
      )
    }
    operations.push(...m.operations)
  }
  let newOperations: readonly Operation[] = operations
  if (!opts.optimize) {
    if (verbosity > 0) out('(Skipping optimization.)')
  } else {
    if (verbosity > 0) out('Optimizing...')
    newOperations = optimize(operations, end.appLabel)
    if (verbosity > 0) {
      if (newOperations.length === operations.length) out('  No optimizations possible.')
      else out(`  Optimized from ${operations.length} operations to ${newOperations.length} operations.`)
    }
  }
  const last = toSquash[toSquash.length - 1]!
  let name: string
  if (start !== null) {
    name =
      opts.squashedName !== null && opts.squashedName !== ''
        ? `${start.name.split('_')[0]}_${opts.squashedName}`
        : `${start.name}_squashed_${last.name}`
  } else {
    name = `0001_${opts.squashedName !== null && opts.squashedName !== '' ? opts.squashedName : `squashed_${last.name}`}`
  }
  const squashed = migration({
    appLabel,
    name,
    dependencies: squashDependencies(toSquash),
    replaces: toSquash.map((m) => [m.appLabel, m.name] as const),
    initial: start === null ? true : null,
    operations: newOperations,
  })
  const path = `${appLabel}/migrations/${name}.py`
  if (ctx.files.read(path) !== undefined) {
    throw new CommandError(`Migration ${name} already exists. Use a different name.`)
  }
  const text = migrationFileText(squashed, { generatedAt: opts.includeHeader ? ctx.clock.now() : null })
  ctx.files.write(path, text)
  if (verbosity > 0) {
    ctx.io.stdout(
      `Created new squashed migration ${path}\n` +
        '  You should commit this migration but leave the old ones in place;\n' +
        '  the new migration will be used for new installs. Once you are sure\n' +
        '  all instances of the codebase have applied the migrations you squashed,\n' +
        '  you can delete them.\n',
    )
    if (needsManualPorting(text)) ctx.io.stdout(manualPortingMessage('squashed'))
  }
  return 0
}
