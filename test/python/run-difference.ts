import type { PythonRun } from './corpus'
import type { SandboxOutcome } from './python-sandbox'

/**
 * Compares what CPython printed with what our interpreter did. Returns null when they are identical,
 * otherwise the whole difference as readable text (line diffs of stdout and stderr, both exit codes).
 */
export function describeDifference(expected: PythonRun, outcome: SandboxOutcome): string | null {
  switch (outcome.kind) {
    case 'ran':
      break
    case 'threw':
      return `runPython threw a JavaScript exception instead of returning:\n${outcome.error}`
    case 'timed-out':
      return `runPython did not return within ${outcome.afterMs} ms`
    case 'unavailable':
      return `the interpreter could not be loaded:\n${outcome.error}`
    default:
      return assertNever(outcome)
  }
  const actual = outcome.run
  const parts: string[] = []
  if (actual.stdout !== expected.stdout)
    parts.push(`stdout (- CPython, + ours):\n${lineDiff(expected.stdout, actual.stdout)}`)
  if (actual.stderr !== expected.stderr)
    parts.push(`stderr (- CPython, + ours):\n${lineDiff(expected.stderr, actual.stderr)}`)
  if (actual.exitCode !== expected.exitCode)
    parts.push(`exit code: CPython ${expected.exitCode}, ours ${actual.exitCode}`)
  return parts.length === 0 ? null : parts.join('\n\n')
}

/** A line-by-line diff (longest common subsequence) with `-`/`+`/` ` prefixes; line ends made visible. */
export function lineDiff(expected: string, actual: string): string {
  const a = splitLines(expected)
  const b = splitLines(actual)
  if (a.length * b.length > 4_000_000)
    return [...a.map((l) => `- ${l}`), ...b.map((l) => `+ ${l}`)].join('\n')
  const table: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  )
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i]![j] =
        a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!)
  const out: string[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push(`  ${a[i]}`)
      i++
      j++
    } else if (j < b.length && (i === a.length || table[i]![j + 1]! >= table[i + 1]![j]!))
      out.push(`+ ${b[j++]}`)
    else out.push(`- ${a[i++]}`)
  }
  return out.join('\n')
}

function splitLines(text: string): string[] {
  if (text === '') return []
  const lines = text.split('\n')
  const last = lines.pop()!
  const shown = lines.map((line) => `${visible(line)}⏎`)
  if (last !== '') shown.push(`${visible(last)}  (no newline at end)`)
  return shown
}

function visible(line: string): string {
  return line.replace(/\r/g, '\\r').replace(/\t/g, '\\t')
}

function assertNever(value: never): never {
  throw new TypeError(`unexpected sandbox outcome ${JSON.stringify(value)}`)
}
