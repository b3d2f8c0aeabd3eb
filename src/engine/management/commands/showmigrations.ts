import type { CommandHandler } from '../registry'
import { installedApps } from '../../files'
import { MigrationLoader } from '../../migrations/loader'
import { MigrationRecorder, appliedId } from '../../migrations/recorder'
import type { MigrationKey } from '../../migrations/exceptions'
import { COMMON_OPTIONS, parseArgs, type ParserSpec, verbosityOf } from './migrate-argparse'
import { diskMigrations, runCommand, runSystemChecks } from './migrate-support'

const USAGE = `usage: manage.py showmigrations [-h] [--database {default}] [--list | --plan]
                                [--version] [-v {0,1,2,3}]
                                [--settings SETTINGS]
                                [--pythonpath PYTHONPATH] [--traceback]
                                [--no-color] [--force-color] [--skip-checks]
                                [app_label ...]`

const SPEC: ParserSpec = {
  prog: 'manage.py showmigrations',
  usage: USAGE,
  options: [
    ...COMMON_OPTIONS,
    { dest: 'list', flags: ['--list', '-l'], takesValue: false },
    { dest: 'plan', flags: ['--plan', '-p'], takesValue: false },
  ],
  positionals: [{ dest: 'app_label', optional: true, many: true }],
  exclusive: [['list', 'plan']],
}

/** `manage.py showmigrations [app_label …] [--list | --plan]` as Django 5.2 prints it. */
export const showmigrations: CommandHandler = (argv, ctx) =>
  runCommand(ctx, SPEC, async () => {
    const args = parseArgs(SPEC, argv)
    if (args.options.has('help')) {
      ctx.io.stdout(`${USAGE}\n`)
      return 0
    }
    const verbosity = verbosityOf(args)
    const appNames = (args.positionals.get('app_label') as readonly string[] | undefined) ?? []
    const stop = await runSystemChecks(ctx, args.options.has('skip_checks'))
    if (stop !== null) return stop
    const disk = await diskMigrations(ctx)
    if ('stderr' in disk) {
      ctx.io.stderr(disk.stderr)
      return disk.exitCode
    }
    const recorder = new MigrationRecorder(ctx.connection(), ctx.clock)
    const recorded = recorder.appliedMigrations()
    const plan = args.options.has('plan')
    const loader = new MigrationLoader(disk, recorded, { ignoreNoMigrations: !plan })
    if (appNames.length > 0) {
      const installed = installedApps(ctx.files)
      const bad = appNames.filter((a) => !installed.includes(a))
      for (const name of bad) ctx.io.stderr(`No installed app with label '${name}'.\n`)
      if (bad.length > 0) return 2
    }
    const graph = loader.graph
    const out: string[] = []
    if (plan) {
      const targets = graph.leafNodes().filter((k) => appNames.length === 0 || appNames.includes(k[0]))
      const seen = new Set<string>()
      const nodes: MigrationKey[] = []
      for (const target of targets) {
        for (const key of graph.forwardsPlan(target)) {
          if (!seen.has(appliedId(key))) {
            seen.add(appliedId(key))
            nodes.push(key)
          }
        }
      }
      for (const key of nodes) {
        const parents = graph.parents(key).map(([a, n]) => `${a}.${n}`)
        const deps = verbosity >= 2 && parents.length > 0 ? ` ... (${parents.join(', ')})` : ''
        out.push(`${loader.isApplied(key) ? '[X]' : '[ ]'}  ${key[0]}.${key[1]}${deps}`)
      }
      if (nodes.length === 0) out.push('(no migrations)')
    } else {
      const apps = appNames.length > 0 ? appNames : [...loader.migratedApps].sort()
      for (const app of apps) {
        out.push(app)
        const shown = new Set<string>()
        for (const leaf of graph.leafNodes(app)) {
          for (const key of graph.forwardsPlan(leaf)) {
            if (shown.has(appliedId(key)) || key[0] !== app) continue
            const migration = graph.migration(key)!
            let title = key[1]
            if (migration.replaces.length > 0) title += ` (${migration.replaces.length} squashed migrations)`
            const applied = loader.appliedMigrations.get(appliedId(key))
            if (applied !== undefined) {
              let line: string
              if (recorded.has(appliedId(key))) line = ` [X] ${title}`
              else line = ` [-] ${title} Run 'manage.py migrate' to finish recording.`
              if (verbosity >= 2 && applied.applied !== '')
                line += ` (applied at ${applied.applied.slice(0, 19)})`
              out.push(line)
            } else out.push(` [ ] ${title}`)
            shown.add(appliedId(key))
          }
        }
        if (shown.size === 0) out.push(' (no migrations)')
      }
    }
    if (out.length > 0) ctx.io.stdout(`${out.join('\n')}\n`)
    return 0
  })
