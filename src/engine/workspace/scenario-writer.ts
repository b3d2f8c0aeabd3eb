/**
 * Writing scenario steps as the text of ../shared/oracle/scenario.py's format, the inverse of
 * parseScenario: parsing the written text gives the same steps back.
 */
import type { ScenarioStep } from '../lessons/scenario-file'
import { assertNever } from '../util/assert-never'
import { ScenarioWriteError } from './workspace-error'

const SAFE_WORD = /^[\w@%+=:,./-]+$/

/** Quotes one word as Python's `shlex.quote` does, so `shellSplit` reads it back unchanged. */
export function shellQuote(word: string): string {
  if (word === '') return "''"
  if (SAFE_WORD.test(word)) return word
  return `'${word.replace(/'/g, `'"'"'`)}'`
}

/** The command line of a `@@ run` step for these manage.py arguments. */
export function commandLine(argv: readonly string[]): string {
  return argv.map(shellQuote).join(' ')
}

/** A body as the parser gives it back: trailing newlines dropped, one newline added unless empty. */
export function normaliseBody(text: string): string {
  const trimmed = text.replace(/\n+$/, '')
  return trimmed === '' ? '' : trimmed + '\n'
}

function checkArg(step: ScenarioStep, index: number): void {
  if (/[\n\r]/.test(step.arg))
    throw new ScenarioWriteError(`step ${index + 1} (@@ ${step.kind}): its argument holds a line break`)
  if (step.arg !== step.arg.trim())
    throw new ScenarioWriteError(
      `step ${index + 1} (@@ ${step.kind} ${step.arg}): its argument has outer spaces`,
    )
  if (step.kind !== 'sql' && step.arg === '')
    throw new ScenarioWriteError(`step ${index + 1} (@@ ${step.kind}): its argument is empty`)
}

function checkBody(text: string, what: string): void {
  const line = text.split('\n').find((l) => l.startsWith('@@ ') || l.startsWith('@@#'))
  if (line !== undefined)
    throw new ScenarioWriteError(`${what}: the line ${JSON.stringify(line)} would read as a directive`)
}

function bodyLines(text: string): string[] {
  const body = normaliseBody(text)
  return body === '' ? [] : body.slice(0, -1).split('\n')
}

/**
 * Takes steps (and an optional comment for the head of the file) and returns the scenario's text.
 * Bodies are written as the parser normalises them (trailing newlines dropped, one kept). Throws
 * ScenarioWriteError naming the step when the format cannot hold it: a body line starting with `@@ `
 * or `@@#`, a line break in an argument, or answers (stdin) ending with an empty line.
 */
export function writeScenario(steps: readonly ScenarioStep[], comment = ''): string {
  const out: string[] = []
  for (const line of comment === '' ? [] : comment.replace(/\n$/, '').split('\n')) {
    if (line.startsWith('@@'))
      throw new ScenarioWriteError(`the comment line ${JSON.stringify(line)} starts with @@`)
    out.push(line)
  }
  steps.forEach((step, index) => {
    checkArg(step, index)
    const what = `step ${index + 1} (@@ ${step.kind}${step.arg === '' ? '' : ' ' + step.arg})`
    checkBody(step.body, what)
    out.push(step.arg === '' ? `@@ ${step.kind}` : `@@ ${step.kind} ${step.arg}`)
    switch (step.kind) {
      case 'write':
      case 'delete':
      case 'sql':
        out.push(...bodyLines(step.body))
        break
      case 'run':
        out.push(...bodyLines(step.body))
        if (step.stdin !== '') {
          checkBody(step.stdin, `${what}, its answers`)
          if (/(^|\n)\n+$/.test(step.stdin))
            throw new ScenarioWriteError(
              `${what}: its answers end with an empty line, which the format drops`,
            )
          out.push('@@ stdin', ...bodyLines(step.stdin))
        }
        break
      default:
        assertNever(step)
    }
  })
  return out.join('\n') + '\n'
}
