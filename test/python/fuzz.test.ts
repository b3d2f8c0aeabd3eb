import { afterAll, assert, beforeAll, describe, test } from 'vitest'
import {
  FUZZ_HANG_MS,
  FUZZ_STEP_BUDGET,
  fuzzCases,
  notPythonStyle,
  readFuzzKnownFailures,
} from './fuzz-programs'
import { createPythonSandbox } from './python-sandbox'

const cases = fuzzCases()
const knownFailures = new Set(readFuzzKnownFailures())
const sandbox = createPythonSandbox()
beforeAll(() => sandbox.warmUp(), 180_000)
afterAll(() => sandbox.close())

describe('the interpreter on random and mutated programs (fuzz)', () => {
  test('every case listed in fuzz-known-failures.txt exists', () => {
    const ids = new Set(cases.map((fuzzCase) => fuzzCase.id))
    assert.deepEqual(
      [...knownFailures].filter((id) => !ids.has(id)),
      [],
    )
  })

  for (const fuzzCase of cases) {
    const listed = knownFailures.has(fuzzCase.id)
    test(
      listed
        ? `${fuzzCase.id} still fails (listed in fuzz-known-failures.txt)`
        : `${fuzzCase.id} ends in a Python result or error`,
      async () => {
        const outcome = await sandbox.run(
          fuzzCase.source,
          { filename: 'fuzz.py', stdin: '', stepBudget: FUZZ_STEP_BUDGET },
          FUZZ_HANG_MS,
        )
        const problem = notPythonStyle(outcome)
        if (listed && problem === null)
          assert.fail(
            `${fuzzCase.id} now ends in a Python result: take it off test/python/fuzz-known-failures.txt ` +
              '(npx tsx scripts/update-python-ratchet.ts)',
          )
        if (!listed && problem !== null)
          assert.fail(
            `${problem}\n--- program (first 3000 characters) ---\n${fuzzCase.source.slice(0, 3000)}`,
          )
      },
      FUZZ_HANG_MS + 5_000,
    )
  }
})
