/** Running manage.py commands for lessons: collected output instead of a terminal, input from text. */
import type { SqliteConnection } from '../connection'
import type { ProjectFiles } from '../files'
import type { CommandIO } from '../io'
import { manage } from '../management/manage'
import type { ManageContext } from '../management/context'

/** What a command printed: its exit status, stdout, stderr, and both interleaved as a terminal shows them. */
export interface CommandOutcome {
  readonly status: number
  readonly stdout: string
  readonly stderr: string
  readonly output: string
}

/** Runs `manage.py <argv…>` with `stdin` (lines of text) as its input. */
export type ManageRunner = (argv: readonly string[], stdin: string) => Promise<CommandOutcome>

/** What stays the same across commands: the clock, the Python bridge and its compiled-code cache. */
export type RunnerContext = Omit<ManageContext, 'files' | 'connection' | 'io'>

/** A ManageRunner on these files and this open connection. */
export function manageRunner(
  base: RunnerContext,
  files: ProjectFiles,
  connection: SqliteConnection,
): ManageRunner {
  return async (argv, stdin) => {
    const lines = stdin === '' ? [] : stdin.replace(/\n$/, '').split('\n')
    let stdout = ''
    let stderr = ''
    let output = ''
    const io: CommandIO = {
      stdout: (text) => void ((stdout += text), (output += text)),
      stderr: (text) => void ((stderr += text), (output += text)),
      readLine: async () => lines.shift() ?? null,
    }
    let status: number
    try {
      status = await manage(argv, { ...base, files, connection: () => connection, io })
    } catch (error) {
      const text = `${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`
      stderr += text
      output += text
      status = 1
    }
    return { status, stdout, stderr, output }
  }
}
