import { createProjectLoader } from '../django/project-loader'
import { createRunPythonHost } from '../django/run-python'
import { limitOutput } from '../output-limit'
import { CodeCache } from '../python/code-cache'
import { closeMatches } from '../util/close-matches'
import { COMMANDS } from './commands/index'
import type { ManageContext } from './context'
import { type CommandHandler, DJANGO_SUBCOMMANDS } from './registry'

/** The commands the engine implements, by name. */
export type CommandTable = Readonly<Record<string, CommandHandler>>

/** The text `manage.py help` prints: the usage line and Django's subcommand list. */
export function mainHelpText(): string {
  const lines = [
    '',
    "Type 'manage.py help <subcommand>' for help on a specific subcommand.",
    '',
    'Available subcommands:',
    '',
    '[django]',
    ...DJANGO_SUBCOMMANDS.map((name) => `    ${name}`),
  ]
  return lines.join('\n') + '\n'
}

function unknownCommand(name: string, ctx: ManageContext): number {
  const suggestion = closeMatches(name, DJANGO_SUBCOMMANDS)[0]
  const hint = suggestion === undefined ? '' : `. Did you mean ${suggestion}?`
  ctx.io.stderr(`Unknown command: '${name}'${hint}\nType 'manage.py help' for usage.\n`)
  return 1
}

/** The context with the Python bridge filled in when the caller did not pass one. */
function withDefaultProject(ctx: ManageContext): ManageContext {
  const io = ctx.io
  const codeCache = ctx.codeCache ?? new CodeCache()
  if (ctx.codeCache === undefined) ctx = { ...ctx, codeCache }
  if (ctx.project === undefined)
    ctx = {
      ...ctx,
      project: createProjectLoader({
        codeCache,
        clock: ctx.clock,
        stdout: (text) => io.stdout(text),
        stderr: (text) => io.stderr(text),
      }),
    }
  if (ctx.runPython === undefined) ctx = { ...ctx, runPython: createRunPythonHost() }
  return ctx
}

/**
 * Runs `manage.py <argv…>` against the project in `ctx`, as Django 5.2's `execute_from_command_line` does,
 * and returns the exit status. `commands` defaults to every command the engine implements.
 */
export async function manage(
  argv: readonly string[],
  ctx: ManageContext,
  commands: CommandTable = COMMANDS,
): Promise<number> {
  ctx = withDefaultProject({ ...ctx, io: limitOutput(ctx.io) })
  const [name, ...args] = argv
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    if (name === 'help' && args.length > 0 && !(args[0]! in commands) && args[0] !== 'help') {
      return unknownCommand(args[0]!, ctx)
    }
    if (name === 'help' && args[0] !== undefined && args[0] in commands) {
      return commands[args[0]]!(['--help'], ctx)
    }
    ctx.io.stdout(mainHelpText())
    return 0
  }
  const handler = commands[name]
  if (handler === undefined) {
    if (!DJANGO_SUBCOMMANDS.includes(name)) return unknownCommand(name, ctx)
    ctx.io.stderr(`CommandError: '${name}' is a Django command the playground does not run.\n`)
    return 1
  }
  return handler(args, ctx)
}
