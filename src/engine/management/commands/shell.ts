import { setupDjango, tracebackText } from '../../django/project-loader'
import { optionsOf } from '../../django/db/models/options'
import { DEFAULT_STEP_BUDGET } from '../../python/interpreter'
import type { PyType } from '../../python/objects/base'
import type { PyDict } from '../../python/objects/dict'
import type { Interpreter } from '../../python/interpreter'
import { None, newDict } from '../../python/objects/types'
import type { CommandHandler } from '../registry'

interface ShellOptions {
  readonly command: string | null
  readonly verbosity: number
  readonly imports: boolean
}

function parseShellArgs(argv: readonly string[]): ShellOptions | string {
  let command: string | null = null
  let verbosity = 1
  let imports = true
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const value = (): string | undefined => argv[++i]
    if (arg === '-c' || arg === '--command') command = value() ?? null
    else if (arg.startsWith('--command=')) command = arg.slice('--command='.length)
    else if (arg === '-v' || arg === '--verbosity') verbosity = Number(value())
    else if (arg.startsWith('--verbosity=')) verbosity = Number(arg.slice('--verbosity='.length))
    else if (/^-v\d$/.test(arg)) verbosity = Number(arg.slice(2))
    else if (arg === '--no-imports') imports = false
    else if (arg === '--no-startup' || arg === '-i' || arg === '--interface') {
      if (arg !== '--no-startup') i++
    } else return `manage.py shell: error: unrecognized arguments: ${argv.slice(i).join(' ')}`
  }
  return { command, verbosity, imports }
}

/** The models `shell` imports automatically, grouped by module in Django 5.2's order. */
function autoImports(models: readonly PyType[]): [module: string, names: string[]][] {
  const byModule = new Map<string, string[]>()
  for (const model of [...models].reverse()) {
    const opts = optionsOf(model)
    if (opts === undefined || opts.abstract) continue
    const names = byModule.get(model.module) ?? []
    names.push(model.name)
    byModule.set(model.module, names)
  }
  return [...byModule]
}

/**
 * The globals Django 5.2 runs `-c` and stdin code in: those of its `shell` command module (its name, and
 * the modules it imported that this interpreter has), before the automatic imports.
 */
function shellGlobals(interp: Interpreter): PyDict {
  const namespace = newDict([
    ['__name__', 'django.core.management.commands.shell'],
    ['__doc__', None],
    ['__package__', 'django.core.management.commands'],
  ])
  for (const name of ['os', 'sys', 'traceback']) namespace.set(name, interp.importModule(name))
  namespace.set('defaultdict', interp.importModule('collections').get('defaultdict') ?? None)
  return namespace
}

/**
 * `manage.py shell` with `-c CODE` or a script on stdin, as Django 5.2 runs it: every model imported
 * automatically (`N objects imported automatically (use -v 2 for details).`), the code executed, a
 * traceback and exit status 1 when it raises.
 */
export const shell: CommandHandler = async (argv, ctx) => {
  const options = parseShellArgs(argv)
  if (typeof options === 'string') {
    ctx.io.stderr(
      `usage: manage.py shell [-h] [--no-startup] [-i {ipython,bpython,python}]\n                       [-c COMMAND] [--no-imports]\n${options}\n`,
    )
    return 2
  }
  let source = options.command
  if (source === null) {
    const lines: string[] = []
    for (let line = await ctx.io.readLine(); line !== null; line = await ctx.io.readLine()) lines.push(line)
    source = lines.join('\n') + '\n'
  }
  const django = setupDjango(ctx.files, {
    clock: ctx.clock,
    stdout: (t) => ctx.io.stdout(t),
    stderr: (t) => ctx.io.stderr(t),
    ...(ctx.codeCache !== undefined ? { codeCache: ctx.codeCache } : {}),
  })
  if ('kind' in django) {
    ctx.io.stderr(django.stderr)
    return django.exitCode
  }
  const connection = ctx.connection()
  connection.query('PRAGMA foreign_keys = ON')
  // A page cache that holds a learner's whole database: scans stop re-reading pages through the VFS.
  connection.query('PRAGMA cache_size = -65536')
  django.rt.connection = connection
  const namespace = shellGlobals(django.interp)
  if (options.imports) {
    const groups = autoImports(django.rt.models)
    const count = groups.reduce((n, [, names]) => n + names.length, 0)
    for (const [module, names] of groups) {
      const mod = django.interp.importModule(module)
      for (const name of names) namespace.set(name, mod.get(name))
    }
    if (options.verbosity >= 2) {
      const listing = groups
        .map(([module, names]) => `  from ${module} import ${names.join(', ')}`)
        .join('\n')
      ctx.io.stdout(`${count} object${count === 1 ? '' : 's'} imported automatically:\n\n${listing}\n\n`)
    } else if (options.verbosity >= 1 && count > 0) {
      ctx.io.stdout(
        `${count} object${count === 1 ? '' : 's'} imported automatically (use -v 2 for details).\n\n`,
      )
    }
  }
  django.interp.setLimits({
    stepBudget: DEFAULT_STEP_BUDGET,
    ...(ctx.interrupt !== undefined ? { interrupt: ctx.interrupt } : {}),
  })
  try {
    django.interp.exec(source, '<string>', namespace)
  } catch (error) {
    ctx.io.stderr(tracebackText(error))
    return 1
  }
  return 0
}
