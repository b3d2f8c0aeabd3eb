/**
 * The ```console code blocks of a lesson's body: each `$ python manage.py …` line and the output printed
 * under it, which lessons:check verifies.
 */
import { LessonFormatError } from './lesson-error'
import { shellSplit } from './scenario-file'

/** One command of a console block and the output the lesson claims for it. */
export interface ConsoleClaim {
  /** The 1-based line of the `$` line in lesson.md. */
  readonly line: number
  /** The command line as written after `$ `. */
  readonly commandLine: string
  /** The manage.py argv (`['sqlmigrate', 'library', '0001']`). */
  readonly argv: readonly string[]
  /** The output lines under the command, joined with newlines and ending with one. */
  readonly output: string
}

const MANAGE = /^(?:python3? manage\.py|\.\/manage\.py)(?:\s+|$)/

/** Reads every console block of `body` (which starts at line `bodyLine` of `file`); throws LessonFormatError. */
export function consoleClaims(file: string, body: string, bodyLine: number): ConsoleClaim[] {
  const claims: ConsoleClaim[] = []
  const lines = body.split('\n')
  let fence: string | null = null
  let inConsole = false
  let current: { line: number; commandLine: string; argv: string[]; output: string[] } | null = null
  const flush = (): void => {
    if (current === null) return
    const text = current.output.join('\n').replace(/\n+$/, '')
    claims.push({
      line: current.line,
      commandLine: current.commandLine,
      argv: current.argv,
      output: text === '' ? '' : text + '\n',
    })
    current = null
  }
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const fileLine = bodyLine + index
    const opening = /^(`{3,}|~{3,})\s*(\S*)/.exec(line)
    if (fence === null) {
      if (opening !== null) {
        fence = opening[1]!
        inConsole = opening[2] === 'console'
      }
      continue
    }
    if (line.trimEnd() === fence) {
      flush()
      fence = null
      inConsole = false
      continue
    }
    if (!inConsole) continue
    if (line.startsWith('$ ')) {
      flush()
      const commandLine = line.slice(2).trim()
      const match = MANAGE.exec(commandLine)
      if (match === null)
        throw new LessonFormatError(
          file,
          fileLine,
          `a console block runs only '$ python manage.py …' commands, not '${commandLine}' (use a text block)`,
        )
      let argv: string[]
      try {
        argv = shellSplit(commandLine.slice(match[0].length))
      } catch (error) {
        throw new LessonFormatError(file, fileLine, error instanceof Error ? error.message : String(error))
      }
      current = { line: fileLine, commandLine, argv, output: [] }
      continue
    }
    if (current === null)
      throw new LessonFormatError(
        file,
        fileLine,
        "a console block must start with a '$ python manage.py …' line",
      )
    current.output.push(line)
  }
  if (fence !== null)
    throw new LessonFormatError(file, bodyLine + lines.length - 1, `unclosed code block (${fence})`)
  return claims
}

/**
 * Whether `actual` output is what a lesson claims: lines compared without trailing spaces, and a claimed
 * line of just `...` standing for any number of lines.
 */
export function outputMatches(claimed: string, actual: string): boolean {
  const want = claimed
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => line.trimEnd())
  const got = actual
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => line.trimEnd())
  const match = (i: number, j: number): boolean => {
    if (i === want.length) return j === got.length
    if (want[i] === '...') {
      for (let k = j; k <= got.length; k++) if (match(i + 1, k)) return true
      return false
    }
    return j < got.length && want[i] === got[j] && match(i + 1, j + 1)
  }
  return match(0, 0)
}
