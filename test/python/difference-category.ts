import type { PythonRun } from './corpus'
import type { SandboxOutcome } from './python-sandbox'

/**
 * Names the kind of a difference between CPython and our interpreter in a few words, so that failures
 * can be counted by cause (e.g. `ours raised NameError: name '…' is not defined`, `stdout differs`).
 * Quoted names and numbers are replaced by `…` so that the same cause groups together.
 */
export function differenceCategory(expected: PythonRun, outcome: SandboxOutcome): string {
  switch (outcome.kind) {
    case 'threw':
      return `JS exception: ${generalise(firstLine(outcome.error))}`
    case 'timed-out':
      return 'timed out'
    case 'unavailable':
      return 'interpreter unavailable'
    case 'ran':
      break
    default:
      return outcome satisfies never
  }
  const actual = outcome.run
  const expectedError = lastLine(expected.stderr)
  const actualError = lastLine(actual.stderr)
  if (actual.exitCode !== 0 && expected.exitCode === 0) return `ours raised ${generalise(actualError)}`
  if (actual.exitCode === 0 && expected.exitCode !== 0)
    return `ours raised nothing where CPython raised ${errorType(expectedError)}`
  if (expected.exitCode !== 0 && errorType(expectedError) !== errorType(actualError))
    return `ours raised ${errorType(actualError)} where CPython raised ${errorType(expectedError)}`
  if (expectedError !== actualError) return `${errorType(expectedError)} message differs`
  if (actual.stdout !== expected.stdout) return 'stdout differs'
  if (actual.stderr !== expected.stderr)
    return expectedError.startsWith('SyntaxError') || expectedError.startsWith('IndentationError')
      ? 'syntax error location or source line differs'
      : 'traceback lines differ (frames, source lines or carets)'
  return 'exit code differs'
}

function errorType(line: string): string {
  return /^([A-Za-z_.]+)(:|$)/.exec(line)?.[1] ?? (line === '' ? '(no error)' : generalise(line))
}

function generalise(text: string): string {
  if (text.startsWith('ModuleNotFoundError: ')) return text.slice(0, 110)
  return text
    .replace(/'[^']*'/g, "'…'")
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\b\d+\b/g, 'N')
    .slice(0, 110)
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? ''
}

function lastLine(text: string): string {
  const lines = text.trimEnd().split('\n')
  return lines[lines.length - 1] ?? ''
}
