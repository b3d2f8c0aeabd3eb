import { optionsOf } from '../engine/django/db/models/options'
import type { DjangoProcess } from '../engine/django/project-loader'
import type { CommandIO } from '../engine/io'
import { formatTraceback, PythonError } from '../engine/python/errors'
import { PyBaseException } from '../engine/python/objects/exceptions'
import { repr } from '../engine/python/objects/repr'
import type { PyDict } from '../engine/python/objects/dict'
import { None, newDict } from '../engine/python/objects/types'
import { parseExpression, parseModule } from '../engine/python/parser/parser'
import { exceptionTypeName } from '../engine/python/traceback'

/** What to do with the lines typed so far: wait for more, run them as a statement or an expression, or show a syntax error. */
export type ConsoleInput =
  | { readonly kind: 'more' }
  | { readonly kind: 'statement' }
  | { readonly kind: 'expression' }
  | { readonly kind: 'error' }

/** Statements with a block, which the console ends at an empty line. */
const COMPOUND = new Set(['If', 'While', 'For', 'With', 'Try', 'FunctionDef', 'ClassDef', 'Match'])

/** Syntax errors that only mean the input stops early (CPython's console then prompts `...`). */
const UNFINISHED = /was never closed|unexpected EOF|expected an indented block|unterminated triple-quoted/

/**
 * Takes the source typed at `>>>` and `...` prompts, returns what the console does with it, as CPython's
 * `code.InteractiveConsole` decides: an unfinished bracket or string, or a compound statement whose block
 * has not been ended by an empty line, asks for more; a complete expression is evaluated and echoed.
 */
export function classifyConsoleInput(source: string): ConsoleInput {
  const lines = source.split('\n')
  const ended = lines.length > 1 && lines.at(-1)!.trim() === ''
  let module
  try {
    module = parseModule(`${source}\n`, '<console>')
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return UNFINISHED.test(message) && !ended ? { kind: 'more' } : { kind: 'error' }
  }
  const last = module.body.at(-1)
  const compound = last !== undefined && COMPOUND.has(last.type)
  if ((compound || /\\$/.test(lines.at(-1)!)) && !ended) return { kind: 'more' }
  if (source.trim() === '') return { kind: 'statement' }
  try {
    parseExpression(source, '<console>')
    return { kind: 'expression' }
  } catch {
    return { kind: 'statement' }
  }
}

/** The models `shell` imports into the namespace, by module (Django 5.2's automatic imports). */
function importModels(django: DjangoProcess, namespace: PyDict): number {
  let count = 0
  for (const model of [...django.rt.models].reverse()) {
    const opts = optionsOf(model)
    if (opts === undefined || opts.abstract) continue
    namespace.set(model.name, django.interp.importModule(model.module).get(model.name) ?? None)
    count++
  }
  return count
}

const BANNER =
  'Python 3.11.7 (main) [migration-playground] on linux\n' +
  'Type "help", "copyright", "credits" or "license" for more information.\n' +
  '(InteractiveConsole)\n'

/**
 * `manage.py shell` as an interactive console on a Django process already set up: the models imported,
 * then CPython's banner and a `>>>` / `...` read-eval-print loop over `io.readLine`, with the state kept
 * between inputs. Ends at end of input (printing `now exiting InteractiveConsole...`) or at `exit()`;
 * returns the exit status.
 */
export async function runPythonConsole(django: DjangoProcess, io: CommandIO): Promise<number> {
  const namespace = newDict()
  namespace.set('__name__', '__main__')
  const count = importModels(django, namespace)
  if (count > 0)
    io.stdout(`${count} object${count === 1 ? '' : 's'} imported automatically (use -v 2 for details).\n\n`)
  io.stdout(BANNER)
  let buffer: string[] = []
  for (;;) {
    io.stdout(buffer.length === 0 ? '>>> ' : '... ')
    const line = await io.readLine()
    if (line === null) {
      io.stdout('\nnow exiting InteractiveConsole...\n')
      return 0
    }
    buffer.push(line)
    const source = buffer.join('\n')
    const input = classifyConsoleInput(source)
    if (input.kind === 'more') continue
    buffer = []
    const status = run(django, namespace, source, input, io)
    if (status !== null) return status
  }
}

const RESULT = '__console_result__'

/** Runs one complete input; returns an exit status when it raised SystemExit, else null. */
function run(
  django: DjangoProcess,
  namespace: PyDict,
  source: string,
  input: ConsoleInput,
  io: CommandIO,
): number | null {
  try {
    if (input.kind === 'expression') {
      django.interp.exec(`${RESULT} = (${source}\n)`, '<console>', namespace)
      const value = namespace.get(RESULT) ?? None
      namespace.delete(RESULT)
      if (value !== None) {
        io.stdout(`${repr(value)}\n`)
        namespace.set('_', value)
      }
    } else django.interp.exec(`${source}\n`, '<console>', namespace)
  } catch (error) {
    const exc = error instanceof PythonError ? error.exc : error
    if (!(exc instanceof PyBaseException)) throw error
    if (exceptionTypeName(exc) === 'SystemExit') return exitStatus(exc)
    const text = withoutConsoleSource(formatTraceback(exc))
    io.stderr(text.endsWith('\n') ? text : `${text}\n`)
  }
  return null
}

/** A traceback without the source lines of `<console>` frames, which CPython cannot show (no file to read). */
function withoutConsoleSource(traceback: string): string {
  let inConsole = false
  return traceback
    .split('\n')
    .filter((line) => {
      if (line.startsWith('  File ')) inConsole = line.startsWith('  File "<console>"')
      else if (!line.startsWith('    ')) inConsole = false
      return !(inConsole && line.startsWith('    '))
    })
    .join('\n')
}

function exitStatus(exc: PyBaseException): number {
  const code = exc.args[0]
  if (code === undefined || code === None) return 0
  return typeof code === 'number' ? code : 1
}
