import { afterAll, assert, beforeAll, describe, expect, test } from 'vitest'
import { listSnippets, readGolden, readKnownDifferences, readSource, readStdin } from './corpus'
import { createPythonSandbox, type SandboxOutcome } from './python-sandbox'
import { describeDifference } from './run-difference'

const RUN_TIMEOUT_MS = 15_000
const snippets = listSnippets()
const knownDifferences = new Set(readKnownDifferences())
const sandbox = createPythonSandbox()
/** First-run outcomes by snippet name, compared with a second run at the end (runs must not share state). */
const firstRuns = new Map<string, SandboxOutcome>()
beforeAll(() => sandbox.warmUp(), 180_000)
afterAll(() => sandbox.close())

describe('the CPython 3.11 differential corpus (test/python/snippets)', () => {
  test('every snippet has a golden recorded from python3', () => {
    const missing = snippets.filter((snippet) => readGolden(snippet) === null).map((snippet) => snippet.name)
    expect(missing, 'record them with: npx tsx scripts/record-python.ts').toEqual([])
  })

  test('every snippet listed in known-differences.txt exists', () => {
    const names = new Set(snippets.map((snippet) => snippet.name))
    expect([...knownDifferences].filter((name) => !names.has(name))).toEqual([])
  })

  for (const snippet of snippets) {
    const listed = knownDifferences.has(snippet.name)
    const title = listed
      ? `${snippet.name} still differs from CPython (listed in known-differences.txt)`
      : `${snippet.name} prints what CPython 3.11 prints`
    test(
      title,
      async () => {
        const golden = readGolden(snippet)
        if (golden === null)
          return assert.fail(`${snippet.name} has no golden: run npx tsx scripts/record-python.ts`)
        const outcome = await sandbox.run(
          readSource(snippet),
          { filename: snippet.name, stdin: readStdin(snippet) },
          RUN_TIMEOUT_MS,
        )
        firstRuns.set(snippet.name, outcome)
        const difference = describeDifference(golden, outcome)
        if (listed && difference === null)
          assert.fail(
            `${snippet.name} now matches CPython: take it off test/python/known-differences.txt ` +
              '(npx tsx scripts/update-python-ratchet.ts)',
          )
        if (!listed && difference !== null)
          assert.fail(`${snippet.name} differs from CPython 3.11:\n${difference}`)
      },
      RUN_TIMEOUT_MS + 5_000,
    )
  }

  test('a second run of every snippet, after all the others, prints the same as its first run', async () => {
    const changed: string[] = []
    for (const snippet of snippets) {
      const first = firstRuns.get(snippet.name)
      if (first === undefined || first.kind !== 'ran') continue
      const again = await sandbox.run(
        readSource(snippet),
        { filename: snippet.name, stdin: readStdin(snippet) },
        RUN_TIMEOUT_MS,
      )
      const difference = describeDifference(first.run, again)
      if (difference !== null) changed.push(`${snippet.name}:\n${difference}`)
    }
    if (changed.length > 0) assert.fail(`runs share state; second runs differ:\n${changed.join('\n\n')}`)
  }, 600_000)
})
