import type { CommandHandler } from '../registry'
import { installedApps } from '../../files'
import { inSchemaEditor } from '../../backends/sqlite/schema-block'
import { createModel } from '../../backends/sqlite/schema-model'
import { tableModel } from '../../backends/sqlite/table-model'
import type { ManageContext } from '../context'
import {
  MigrationExecutor,
  type MigrationTarget,
  type PlanStep,
  type ProgressEvent,
} from '../../migrations/executor'
import { AmbiguityError, MigrationKeyError, type MigrationKey } from '../../migrations/exceptions'
import { MigrationLoader, migrationLabel } from '../../migrations/loader'
import { MigrationRecorder, appliedId } from '../../migrations/recorder'
import { describe } from '../../migrations/operations/describe'
import type { Operation } from '../../migrations/operations/operation'
import type { Deconstructed } from '../../models/deconstructed'
import { detectChanges } from '../../migrations/autodetector/autodetector'
import { MigrationQuestioner } from '../../migrations/questioner'
import { COMMON_OPTIONS, parseArgs, type ParserSpec, verbosityOf } from './migrate-argparse'
import {
  CommandError,
  diskMigrations,
  requireInstalledApp,
  runCommand,
  runSystemChecks,
} from './migrate-support'
import { compareKeys } from '../../migrations/graph'
import { pyRepr } from '../../migrations/exceptions'

const USAGE = `usage: manage.py migrate [-h] [--noinput] [--database {default}] [--fake]
                         [--fake-initial] [--plan] [--run-syncdb] [--check]
                         [--prune] [--version] [-v {0,1,2,3}]
                         [--settings SETTINGS] [--pythonpath PYTHONPATH]
                         [--traceback] [--no-color] [--force-color]
                         [--skip-checks]
                         [app_label] [migration_name]`

const SPEC: ParserSpec = {
  prog: 'manage.py migrate',
  usage: USAGE,
  options: [
    ...COMMON_OPTIONS,
    { dest: 'interactive', flags: ['--noinput', '--no-input'], takesValue: false },
    { dest: 'fake', flags: ['--fake'], takesValue: false },
    { dest: 'fake_initial', flags: ['--fake-initial'], takesValue: false },
    { dest: 'plan', flags: ['--plan'], takesValue: false },
    { dest: 'run_syncdb', flags: ['--run-syncdb'], takesValue: false },
    { dest: 'check_unapplied', flags: ['--check'], takesValue: false },
    { dest: 'prune', flags: ['--prune'], takesValue: false },
  ],
  positionals: [
    { dest: 'app_label', optional: true },
    { dest: 'migration_name', optional: true },
  ],
}

/** Django's `Truncator(text).chars(40)`: at most 40 characters, the last one `…` when cut. */
function truncateChars(text: string, length = 40): string {
  const chars = [...text]
  if (chars.length <= length) return text
  return `${chars.slice(0, length - 1).join('')}…`
}

function sqlText(value: Deconstructed): string {
  if (value.kind === 'str') return value.value
  if (value.kind === 'list' || value.kind === 'tuple') {
    return `[${value.items.map((i) => (i.kind === 'str' ? pyRepr(i.value) : '…')).join(', ')}]`
  }
  return ''
}

/** The `--plan` line of an operation (Django's `describe_operation`) and whether it is an error. */
export function describeOperation(op: Operation, backwards: boolean): [string, boolean] {
  let prefix = ''
  let action: string | null
  if (op.kind === 'RunPython') {
    const code = backwards ? op.reverseCode : op.code
    action = code === undefined ? null : ''
  } else if (op.kind === 'RunSQL') {
    const sql = backwards ? op.reverseSql : op.sql
    action = sql === undefined || sql.kind === 'none' ? null : sqlText(sql)
  } else {
    action = ''
    if (backwards) prefix = 'Undo '
  }
  let isError = false
  if (action !== null) action = action.replace(/\n/g, '')
  else if (backwards) {
    action = 'IRREVERSIBLE'
    isError = true
  }
  const arrow = action ? ` -> ${action}` : ''
  return [prefix + describe(op) + truncateChars(arrow), isError]
}

function progressPrinter(ctx: ManageContext, verbosity: number): (event: ProgressEvent) => void {
  let start = 0
  const elapsed = (): string => (verbosity > 1 ? ` (${((Date.now() - start) / 1000).toFixed(3)}s)` : '')
  return (event) => {
    if (verbosity < 1) return
    switch (event.action) {
      case 'apply_start':
        start = Date.now()
        ctx.io.stdout(`  Applying ${migrationLabel(event.migration)}...`)
        return
      case 'apply_success':
      case 'unapply_success':
        ctx.io.stdout(`${event.fake ? ' FAKED' : ' OK'}${elapsed()}\n`)
        return
      case 'unapply_start':
        start = Date.now()
        ctx.io.stdout(`  Unapplying ${migrationLabel(event.migration)}...`)
        return
      case 'render_start':
        start = Date.now()
        ctx.io.stdout('  Rendering model states...')
        return
      case 'render_success':
        ctx.io.stdout(` DONE${elapsed()}\n`)
        return
    }
  }
}

function isMigrationFile(path: string, app: string): boolean {
  const prefix = `${app}/migrations/`
  const rest = path.slice(prefix.length)
  return path.startsWith(prefix) && !rest.includes('/') && rest.endsWith('.py') && rest !== '__init__.py'
}

async function pendingChangeApps(ctx: ManageContext, loader: MigrationLoader): Promise<string[]> {
  if (ctx.project === undefined) return []
  const models = await ctx.project.modelsState(ctx.files)
  if (models.kind !== 'models') return []
  const changes = await detectChanges(
    loader.projectState(),
    models.state,
    new MigrationQuestioner(
      {},
      {
        specifiedApps: new Set(),
        hasEmptyMigrationsPackage: (app) => !ctx.files.list().some((p) => isMigrationFile(p, app)),
      },
    ),
    {
      graph: loader.graph,
      now: ctx.clock.now(),
    },
  )
  return [...changes.keys()].sort()
}

/** `manage.py migrate [app_label] [migration_name]` with Django 5.2's options, output and errors. */
export const migrate: CommandHandler = (argv, ctx) =>
  runCommand(ctx, SPEC, async () => {
    const args = parseArgs(SPEC, argv)
    if (args.options.has('help')) {
      ctx.io.stdout(`${USAGE}\n`)
      return 0
    }
    const verbosity = verbosityOf(args)
    const stop = await runSystemChecks(ctx, args.options.has('skip_checks'), true)
    if (stop !== null) return stop
    const disk = await diskMigrations(ctx)
    if ('stderr' in disk) {
      ctx.io.stderr(disk.stderr)
      return disk.exitCode
    }
    const connection = ctx.connection()
    const recorder = new MigrationRecorder(connection, ctx.clock)
    const executor = new MigrationExecutor(
      (replace) => new MigrationLoader(disk, recorder.appliedMigrations(), { replaceMigrations: replace }),
      {
        connection,
        clock: ctx.clock,
        host: ctx.runPython ?? { runPython: async () => {} },
        progress: progressPrinter(ctx, verbosity),
      },
    )
    executor.loader.checkConsistentHistory(recorder.appliedMigrations())
    const conflicts = executor.loader.detectConflicts()
    if (conflicts.size > 0) {
      const names = [...conflicts].map(([app, leaves]) => `${leaves.join(', ')} in ${app}`).join('; ')
      throw new CommandError(
        `Conflicting migrations detected; multiple leaf nodes in the migration graph: (${names}).\nTo fix them run 'python manage.py makemigrations --merge'`,
      )
    }
    const appLabel = args.positionals.get('app_label') as string | undefined
    const migrationName = args.positionals.get('migration_name') as string | undefined
    const runSyncdb = args.options.has('run_syncdb')
    if (appLabel !== undefined) {
      requireInstalledApp(ctx, appLabel)
      if (runSyncdb) {
        if (executor.loader.migratedApps.has(appLabel))
          throw new CommandError(`Can't use run_syncdb with app '${appLabel}' as it has migrations.`)
      } else if (!executor.loader.migratedApps.has(appLabel)) {
        throw new CommandError(`App '${appLabel}' does not have migrations.`)
      }
    }
    let targets: MigrationTarget[]
    let labelsOnly = true
    if (appLabel !== undefined && migrationName !== undefined) {
      if (migrationName === 'zero') targets = [[appLabel, null]]
      else {
        let name: string
        try {
          name = executor.loader.getMigrationByPrefix(appLabel, migrationName).name
        } catch (error) {
          if (error instanceof AmbiguityError) {
            throw new CommandError(
              `More than one migration matches '${migrationName}' in app '${appLabel}'. Please be more specific.`,
            )
          }
          if (error instanceof MigrationKeyError) {
            throw new CommandError(
              `Cannot find a migration matching '${migrationName}' from app '${appLabel}'.`,
            )
          }
          throw error
        }
        let target: MigrationKey = [appLabel, name]
        const squash = executor.loader.replacements.get(appliedId(target))
        if (!executor.loader.graph.has(target) && squash !== undefined)
          target = squash.replaces[squash.replaces.length - 1]!
        targets = [target]
      }
      labelsOnly = false
    } else if (appLabel !== undefined) {
      targets = executor.loader.graph.leafNodes().filter((k) => k[0] === appLabel)
    } else {
      targets = executor.loader.graph.leafNodes()
    }
    if (args.options.has('prune')) {
      if (appLabel === undefined)
        throw new CommandError('Migrations can be pruned only when an app is specified.')
      await prune(ctx, executor, appLabel, verbosity)
    }
    const plan = executor.migrationPlan(targets)
    if (args.options.has('plan')) {
      ctx.io.stdout('Planned operations:\n')
      if (plan.length === 0) ctx.io.stdout('  No planned migration operations.\n')
      for (const step of plan) {
        ctx.io.stdout(`${migrationLabel(step.migration)}\n`)
        for (const op of step.migration.operations)
          ctx.io.stdout(`    ${describeOperation(op, step.backwards)[0]}\n`)
      }
      return args.options.has('check_unapplied') && plan.length > 0 ? 1 : 0
    }
    if (args.options.has('check_unapplied')) return plan.length > 0 ? 1 : 0
    if (args.options.has('prune')) return 0
    const syncApps = runSyncdb
      ? appLabel !== undefined
        ? [appLabel]
        : [...executor.loader.unmigratedApps].sort()
      : []
    if (verbosity >= 1) {
      ctx.io.stdout('Operations to perform:\n')
      if (syncApps.length > 0) {
        ctx.io.stdout(
          appLabel !== undefined
            ? `  Synchronize unmigrated app: ${appLabel}\n`
            : `  Synchronize unmigrated apps: ${syncApps.join(', ')}\n`,
        )
      }
      if (labelsOnly) {
        const apps = [...new Set(targets.map((t) => t[0]))].sort()
        ctx.io.stdout(`  Apply all migrations: ${apps.join(', ') || '(none)'}\n`)
      } else if (targets[0]![1] === null) {
        ctx.io.stdout(`  Unapply all migrations: ${targets[0]![0]}\n`)
      } else {
        ctx.io.stdout(`  Target specific migration: ${targets[0]![1]}, from ${targets[0]![0]}\n`)
      }
    }
    const handlers = (phase: string) => {
      if (verbosity >= 2)
        for (const app of installedApps(ctx.files))
          ctx.io.stdout(`Running ${phase}-migrate handlers for application ${app}\n`)
    }
    handlers('pre')
    if (syncApps.length > 0) await syncUnmigratedApps(ctx, syncApps, verbosity)
    if (verbosity >= 1) ctx.io.stdout('Running migrations:\n')
    const state = executor.createProjectState(true)
    if (plan.length === 0) {
      if (verbosity >= 1) {
        ctx.io.stdout('  No migrations to apply.\n')
        const changed = await pendingChangeApps(ctx, executor.loader)
        if (changed.length > 0) {
          ctx.io.stdout(
            `  Your models in app(s): ${changed.map(pyRepr).join(', ')} have changes that are not yet reflected in a migration, and so won't be applied.\n`,
          )
          ctx.io.stdout(
            "  Run 'manage.py makemigrations' to make new migrations, and then re-run 'manage.py migrate' to apply them.\n",
          )
        }
      }
      await executor.migrate(targets, { plan, state })
      handlers('post')
      return 0
    }
    await executor.migrate(targets, {
      plan: plan as PlanStep[],
      state,
      fake: args.options.has('fake'),
      fakeInitial: args.options.has('fake_initial'),
    })
    handlers('post')
    return 0
  })

async function prune(
  ctx: ManageContext,
  executor: MigrationExecutor,
  appLabel: string,
  verbosity: number,
): Promise<void> {
  if (verbosity > 0) ctx.io.stdout('Pruning migrations:\n')
  const loader = executor.loader
  const toPrune = [...loader.appliedMigrations.values()]
    .filter((row) => row.app === appLabel && loader.diskMigration([row.app, row.name]) === undefined)
    .map((row): MigrationKey => [row.app, row.name])
    .sort(compareKeys)
  const blocked = [...loader.replacements.values()].filter((m) =>
    m.replaces.some((k) => toPrune.some((p) => p[0] === k[0] && p[1] === k[1])),
  )
  if (blocked.length > 0) {
    ctx.io.stdout(
      "  Cannot use --prune because the following squashed migrations have their 'replaces' attributes and may not be recorded as applied:\n",
    )
    for (const m of blocked) ctx.io.stdout(`    ${migrationLabel(m)}\n`)
    ctx.io.stdout(
      "  Re-run 'manage.py migrate' if they are not marked as applied, and remove 'replaces' attributes in their Migration classes.\n",
    )
    return
  }
  if (toPrune.length === 0) {
    if (verbosity > 0) ctx.io.stdout('  No migrations to prune.\n')
    return
  }
  for (const [app, name] of toPrune) {
    if (verbosity > 0) ctx.io.stdout(`  Pruning ${app}.${name}`)
    await executor.recorder.recordUnapplied(app, name)
    if (verbosity > 0) ctx.io.stdout(' OK\n')
  }
}

/** `--run-syncdb`: creates the tables of unmigrated apps' models that do not exist yet (Django's `sync_apps`). */
async function syncUnmigratedApps(
  ctx: ManageContext,
  apps: readonly string[],
  verbosity: number,
): Promise<void> {
  if (verbosity >= 1) ctx.io.stdout('Synchronizing apps without migrations:\n')
  const models = ctx.project === undefined ? null : await ctx.project.modelsState(ctx.files)
  const state = models !== null && models.kind === 'models' ? models.state : null
  const connection = ctx.connection()
  const tables = new Set(
    connection
      .query("SELECT name FROM sqlite_master WHERE type in ('table', 'view') AND NOT name='sqlite_sequence'")
      .rows.map((r) => String(r[0]).toLowerCase()),
  )
  if (verbosity >= 1) ctx.io.stdout('  Creating tables...\n')
  await inSchemaEditor(
    { connection, collectSql: false, atomic: true, defaults: ctx.clock },
    async (editor) => {
      for (const app of apps) {
        for (const model of state?.appModels(app) ?? []) {
          const table = tableModel(state!, app, model.name)
          if (!table.migratable || tables.has(table.dbTable.toLowerCase())) continue
          if (verbosity >= 3) ctx.io.stdout(`    Processing ${app}.${model.name} model\n`)
          if (verbosity >= 1) ctx.io.stdout(`    Creating table ${table.dbTable}\n`)
          createModel(editor, table)
        }
      }
      if (verbosity >= 1) ctx.io.stdout('    Running deferred SQL...\n')
    },
  )
}
