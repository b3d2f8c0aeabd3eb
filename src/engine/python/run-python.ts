import { Interpreter } from './interpreter'
import type { PyValue } from './objects/base'
import { PyBaseException, SystemExit } from './objects/exceptions'
import { str } from './objects/repr'
import { None } from './objects/types'
import { formatException } from './traceback'

/** What `python3 FILE` printed and its exit status. */
export interface RunResult {
  stdout: string
  stderr: string
  exitCode: number
}

/** The exit status and stderr text of an uncaught SystemExit, like CPython. */
export function systemExitStatus(e: PyBaseException): { code: number; message: string } {
  const code: PyValue = e.attrs?.['code'] ?? (e.args.length === 0 ? None : e.args[0])
  if (code === None) return { code: 0, message: '' }
  if (typeof code === 'number') return { code: code & 0xff, message: '' }
  if (typeof code === 'boolean') return { code: code ? 1 : 0, message: '' }
  return { code: 1, message: str(code) + '\n' }
}

/** Runs source like `python3 FILE`: stdout, stderr (tracebacks) and the exit code. */
export function runPython(
  source: string,
  options: { filename: string; stdin?: string; stepBudget?: number },
): RunResult {
  let stdout = ''
  let stderr = ''
  const lines = options.stdin === undefined ? [] : (options.stdin.match(/[^\n]*\n|[^\n]+$/g) ?? [])
  let lineIndex = 0
  const interp = new Interpreter({
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stdin: () => (lineIndex < lines.length ? lines[lineIndex++]! : null),
    argv: [options.filename],
    ...(options.stepBudget !== undefined ? { stepBudget: options.stepBudget } : {}),
  })
  let exitCode = 0
  try {
    interp.runMain(source, options.filename)
  } catch (e) {
    const exc = interp.toException(e)
    if (exc.cls.isSubtype(SystemExit)) {
      const s = systemExitStatus(exc)
      exitCode = s.code
      stderr += s.message
    } else {
      stderr += formatException(exc)
      exitCode = 1
    }
  }
  return { stdout, stderr, exitCode }
}
