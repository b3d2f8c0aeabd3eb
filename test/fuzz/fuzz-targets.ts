/**
 * The engine's entry points the fuzz runner feeds, each returning why its outcome is not a Python/Django
 * style result or error (a JavaScript exception escaping, an internal error shown to the learner), or null.
 */
import type { SqlJsStatic } from 'sql.js'
import { parseScenario, ScenarioSyntaxError } from '../../src/engine/lessons/scenario-file'
import { MemoryFiles } from '../../src/engine/files'
import { manage } from '../../src/engine/management/manage'
import type { CodeCache } from '../../src/engine/python/code-cache'
import { runPython } from '../../src/engine/python/run-python'
import { decodeSharePayload, encodeShareFragment } from '../../src/engine/workspace/share-link'
import { WorkspaceInputError } from '../../src/engine/workspace/workspace-error'
import { SqlJsConnection } from '../../src/worker/sqljs-connection'

/** What the targets share across cases: sql.js, one CodeCache, and the seed project's migrated database. */
export interface FuzzContext {
  readonly SQL: SqlJsStatic
  readonly codeCache: CodeCache
  readonly migratedDatabase: Uint8Array
}

/** Steps a fuzzed program or shell script may take before the interpreter stops it. */
export const FUZZ_STEP_BUDGET = 2_000_000

/** Text in a command's or program's output that means the engine itself failed, not the user's input. */
const ENGINE_FAILURE =
  /internal error|\.ts:\d+|\.js:\d+|Cannot read propert|is not a function|(?<!object )is not iterable|Maximum call stack|\[object Object\]|undefined is not/

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error)
}

function outputProblem(output: string): string | null {
  const match = ENGINE_FAILURE.exec(output)
  if (match === null) return null
  const line = output.slice(0, match.index).lastIndexOf('\n') + 1
  return `engine failure in output: ${output.slice(line, output.indexOf('\n', match.index) >>> 0 || undefined)}`
}

/** Takes a program's source; runs it as `python3 FILE` under the fuzz step budget. */
export function fuzzProgram(source: string): string | null {
  try {
    const result = runPython(source, { filename: 'fuzz.py', stepBudget: FUZZ_STEP_BUDGET })
    return outputProblem(result.stderr)
  } catch (error) {
    return `JavaScript exception escaped runPython: ${describe(error)}`
  }
}

/** A project's files and database bytes, the manage.py command line to run, and its stdin lines. */
export interface ManageCase {
  readonly files: Readonly<Record<string, string>>
  readonly database: Uint8Array | null
  readonly argv: readonly string[]
}

/** Takes a project and a command; runs it in-process on sql.js as `python manage.py` would. */
export async function fuzzManage(run: ManageCase, ctx: FuzzContext): Promise<string | null> {
  const files = new MemoryFiles({ 'shop/migrations/__init__.py': '', ...run.files })
  let output = ''
  const io = {
    stdout: (t: string) => void (output += t),
    stderr: (t: string) => void (output += t),
    readLine: async () => null,
  }
  let connection: SqlJsConnection | null = null
  try {
    const rc = await manage(run.argv, {
      files,
      connection: () => (connection ??= SqlJsConnection.open(ctx.SQL, run.database)),
      io,
      clock: { now: () => new Date(Date.UTC(2026, 0, 1, 12)) },
      codeCache: ctx.codeCache,
    })
    if (!Number.isInteger(rc)) return `manage returned ${String(rc)}`
    return outputProblem(output)
  } catch (error) {
    return `JavaScript exception escaped manage(${run.argv.join(' ')}): ${describe(error)}`
  } finally {
    ;(connection as SqlJsConnection | null)?.close()
  }
}

/** Takes a scenario's text; parses it, where only ScenarioSyntaxError may be thrown. */
export function fuzzScenario(text: string): string | null {
  try {
    parseScenario(text, 'fuzz.txt')
    return null
  } catch (error) {
    return error instanceof ScenarioSyntaxError ? null : `parseScenario threw ${describe(error)}`
  }
}

/** Takes a share link's payload; decodes it, where only WorkspaceInputError may be thrown. */
export function fuzzShareLink(payload: string): string | null {
  try {
    decodeSharePayload(payload)
    return null
  } catch (error) {
    return error instanceof WorkspaceInputError ? null : `decodeSharePayload threw ${describe(error)}`
  }
}

/** Takes a scenario's text; returns the payload of its share link. */
export function sharePayloadOf(text: string): string {
  return encodeShareFragment(parseScenario(text, 'seed.txt')).slice('scenario='.length)
}

/** Takes sql.js, the cache and the seed project; returns its database after `migrate`. */
export async function migratedDatabase(
  SQL: SqlJsStatic,
  codeCache: CodeCache,
  files: Readonly<Record<string, string>>,
): Promise<Uint8Array> {
  const connection = SqlJsConnection.open(SQL, null)
  let output = ''
  const rc = await manage(['migrate'], {
    files: new MemoryFiles({ 'shop/migrations/__init__.py': '', ...files }),
    connection: () => connection,
    io: { stdout: (t) => void (output += t), stderr: (t) => void (output += t), readLine: async () => null },
    clock: { now: () => new Date(Date.UTC(2026, 0, 1, 12)) },
    codeCache,
  })
  if (rc !== 0) throw new Error(`the seed project does not migrate:\n${output}`)
  const bytes = connection.exportBytes()
  connection.close()
  return bytes
}
