import { installedApps } from '../../files'
import { detectChanges, type Changes } from '../../migrations/autodetector/autodetector'
import { arrangeForGraph, freezeDraft, type GraphLeaves } from '../../migrations/autodetector/arrange'
import { InputEndedError, InteractiveMigrationQuestioner } from '../../migrations/interactive-questioner'
import { MigrationLoader } from '../../migrations/loader'
import type { Migration } from '../../migrations/migration'
import { formattedDescription } from '../../migrations/operations/describe'
import {
  type InitialPolicy,
  MigrationQuestioner,
  NonInteractiveMigrationQuestioner,
  type Questioner,
  QuestionerExit,
} from '../../migrations/questioner'
import { ProjectState } from '../../migrations/project-state'
import { MigrationRecorder } from '../../migrations/recorder'
import { migrationFileText } from '../../migrations/writer/migration-writer'
import type { ManageContext } from '../context'
import type { CommandHandler } from '../registry'
import { isIdentifier, MAKEMIGRATIONS_HELP, MAKEMIGRATIONS_PARSER } from './makemigrations-arguments'
import { handleMerge } from './makemigrations-merge'
import { updateLastMigrations } from './makemigrations-update'
import { parseArgs, type ParsedArgs, verbosityOf } from './migrate-argparse'
import { CommandError, diskMigrations, runCommand } from './migrate-support'

/** The options of one makemigrations run, parsed. */
interface Options {
  readonly appLabels: readonly string[]
  readonly verbosity: number
  readonly interactive: boolean
  readonly dryRun: boolean
  readonly check: boolean
  readonly merge: boolean
  readonly empty: boolean
  readonly name: string | undefined
  readonly includeHeader: boolean
  readonly scriptable: boolean
  readonly update: boolean
}

function options(parsed: ParsedArgs): Options {
  const labels = parsed.positionals.get('app_label')
  const name = parsed.options.get('name')
  const check = parsed.options.has('check')
  return {
    appLabels: Array.isArray(labels) ? labels : [],
    verbosity: verbosityOf(parsed),
    interactive: !parsed.options.has('noinput'),
    dryRun: parsed.options.has('dry_run') || check,
    check,
    merge: parsed.options.has('merge'),
    empty: parsed.options.has('empty'),
    name: typeof name === 'string' ? name : undefined,
    includeHeader: !parsed.options.has('no_header'),
    scriptable: parsed.options.has('scriptable'),
    update: parsed.options.has('update'),
  }
}

/** The relative path Django prints for a migration: `library/migrations/0002_book_price.py`. */
export function migrationPath(migration: Migration): string {
  return `${migration.appLabel}/migrations/${migration.name}.py`
}

/**
 * Django's `ask_initial` test for an app not named on the command line: its migrations package imports
 * (a regular package, or the namespace package an empty `migrations/` folder is; the playground's files
 * have no folders, so an app folder is taken to keep its `migrations/` folder) and holds no migration.
 */
function hasEmptyMigrationsPackage(ctx: ManageContext, app: string): boolean {
  const prefix = `${app}/migrations/`
  return !ctx.files
    .list()
    .some(
      (p) =>
        p.startsWith(prefix) &&
        !p.slice(prefix.length).includes('/') &&
        p.endsWith('.py') &&
        p !== `${prefix}__init__.py`,
    )
}

/**
 * `manage.py makemigrations`: loads the models and the migrations on disk through the context's project
 * loader, detects changes with Django's autodetector and questioner, writes the migration files and
 * prints what Django prints. Returns the exit status (2 for argparse errors and unknown apps, 1 for
 * CommandErrors and `--check` with changes, 3 when the questioner quits).
 */
export const makemigrations: CommandHandler = (args, ctx) =>
  runCommand(ctx, MAKEMIGRATIONS_PARSER, async () => {
    const parsed = parseArgs(MAKEMIGRATIONS_PARSER, args)
    if (parsed.options.has('help')) {
      ctx.io.stdout(MAKEMIGRATIONS_HELP)
      return 0
    }
    if (parsed.options.has('version')) {
      ctx.io.stdout('5.2.18\n')
      return 0
    }
    const project = ctx.project
    if (project === undefined) throw new CommandError('The playground cannot read models.py yet.')
    const models = await project.modelsState(ctx.files)
    if (models.kind === 'failure') {
      ctx.io.stderr(models.stderr)
      return models.exitCode
    }
    if (models.checkOutput !== '' && !parsed.options.has('skip_checks')) ctx.io.stderr(models.checkOutput)
    try {
      return await handle(options(parsed), ctx, models.state)
    } catch (error) {
      if (error instanceof QuestionerExit) return error.exitCode
      if (error instanceof InputEndedError) {
        ctx.io.stderr(
          `Traceback (most recent call last):\n  File "manage.py", line 22, in <module>\nEOFError: EOF when reading a line\n`,
        )
        return 1
      }
      throw error
    }
  })

async function handle(opts: Options, ctx: ManageContext, current: ProjectState): Promise<number> {
  const log = (text: string) => (opts.scriptable ? ctx.io.stderr(text) : ctx.io.stdout(text))
  const logLine = (text: string) => log(text.endsWith('\n') ? text : text + '\n')
  if (opts.name !== undefined && opts.name !== '' && !isIdentifier(opts.name)) {
    throw new CommandError('The migration name must be a valid Python identifier.')
  }
  const apps = installedApps(ctx.files)
  const labels = [...new Set(opts.appLabels)]
  const bad = labels.filter((label) => !apps.includes(label))
  if (bad.length > 0) {
    for (const label of bad) ctx.io.stderr(`No installed app with label '${label}'.\n`)
    return 2
  }
  const disk = await diskMigrations(ctx)
  if ('stderr' in disk) {
    ctx.io.stderr(disk.stderr)
    return disk.exitCode
  }
  const applied =
    current.models.length > 0 ? new MigrationRecorder(ctx.connection(), ctx.clock).appliedMigrations() : null
  const loader = new MigrationLoader(disk, applied, { ignoreNoMigrations: true })
  if (applied !== null) loader.checkConsistentHistory(applied)
  let conflicts = loader.detectConflicts()
  if (labels.length > 0) conflicts = new Map([...conflicts].filter(([app]) => labels.includes(app)))
  if (conflicts.size > 0 && !opts.merge) {
    const names = [...conflicts].map(([app, leaves]) => `${leaves.join(', ')} in ${app}`).join('; ')
    throw new CommandError(
      `Conflicting migrations detected; multiple leaf nodes in the migration graph: (${names}).\n` +
        "To fix them run 'python manage.py makemigrations --merge'",
    )
  }
  if (opts.merge && conflicts.size === 0) {
    logLine('No conflicts detected to merge.')
    return 0
  }
  if (opts.merge) {
    const mergeQuestioner = opts.interactive
      ? new InteractiveMigrationQuestioner({
          io: { write: log, readLine: () => ctx.io.readLine() },
          evaluate: (code) => ctx.project!.evaluateDefault(code),
          dryRun: false,
        })
      : new MigrationQuestioner({ askMerge: true })
    return handleMerge(loader, conflicts, mergeQuestioner, { ...opts, log: logLine }, ctx)
  }
  const initial: InitialPolicy = {
    specifiedApps: new Set(labels),
    hasEmptyMigrationsPackage: (app) => hasEmptyMigrationsPackage(ctx, app),
  }
  const project = ctx.project!
  const questioner: Questioner = opts.interactive
    ? new InteractiveMigrationQuestioner({
        io: { write: log, readLine: () => ctx.io.readLine() },
        evaluate: (code) => project.evaluateDefault(code),
        dryRun: opts.dryRun,
        initial,
      })
    : new NonInteractiveMigrationQuestioner(logLine, opts.verbosity, initial)
  const graph: GraphLeaves = { leafNodes: (app) => loader.graph.leafNodes(app) }
  const now = ctx.clock.now()
  if (opts.empty) {
    if (labels.length === 0)
      throw new CommandError('You must supply at least one app label when using --empty.')
    const drafts = new Map(
      labels.map((app) => [
        app,
        [{ name: 'custom', appLabel: app, operations: [], dependencies: [], initial: false }],
      ]),
    )
    arrangeForGraph(drafts, graph, questioner, opts.name, now)
    writeMigrationFiles(
      new Map([...drafts].map(([app, list]) => [app, list.map(freezeDraft)])),
      opts,
      ctx,
      log,
      logLine,
    )
    return 0
  }
  // Django's graph.make_state() returns a bare ProjectState (no real apps) when there are no migrations at all.
  const from = loader.graph.leafNodes().length === 0 ? ProjectState.empty() : loader.projectState()
  const changes = await detectChanges(from, current, questioner, {
    graph,
    trimToApps: new Set(labels),
    convertApps: new Set(labels),
    ...(opts.name !== undefined && opts.name !== '' ? { migrationName: opts.name } : {}),
    now,
  })
  if (changes.size === 0) {
    if (opts.verbosity >= 1) {
      if (labels.length === 1) logLine(`No changes detected in app '${labels[0]}'`)
      else if (labels.length > 1) logLine(`No changes detected in apps '${labels.join("', '")}'`)
      else logLine('No changes detected')
    }
    return 0
  }
  if (opts.update) {
    const updated = updateLastMigrations(changes, loader, opts.name, now)
    writeMigrationFiles(updated.changes, opts, ctx, log, logLine, updated.replacedPaths)
  } else {
    writeMigrationFiles(changes, opts, ctx, log, logLine)
  }
  return opts.check ? 1 : 0
}

function writeMigrationFiles(
  changes: Changes,
  opts: Options,
  ctx: ManageContext,
  log: (text: string) => void,
  logLine: (text: string) => void,
  replacedPaths?: ReadonlyMap<string, string>,
): void {
  for (const [app, migrations] of changes) {
    if (opts.verbosity >= 1) logLine(`Migrations for '${app}':`)
    for (const m of migrations) {
      const path = migrationPath(m)
      const text = () => migrationFileText(m, { generatedAt: opts.includeHeader ? ctx.clock.now() : null })
      if (opts.verbosity >= 1) {
        log(`  ${path}\n`)
        for (const op of m.operations) logLine(`    ${formattedDescription(op)}`)
        if (opts.scriptable) ctx.io.stdout(`${path}\n`)
      }
      if (!opts.dryRun) {
        const init = `${app}/migrations/__init__.py`
        if (ctx.files.read(init) === undefined) ctx.files.write(init, '')
        ctx.files.write(path, text())
        const previous = replacedPaths?.get(app)
        if (previous !== undefined) {
          ctx.files.remove(previous)
          logLine(`Deleted ${previous}`)
        }
      } else if (opts.verbosity === 3) {
        logLine(`Full migrations file '${m.name}.py':`)
        logLine(text())
      }
    }
  }
}
