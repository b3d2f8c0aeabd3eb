import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runPython } from '../../../src/engine/python/run-python'

const here = dirname(fileURLToPath(import.meta.url))
const goldens = JSON.parse(readFileSync(join(here, 'fixtures', 'programs.json'), 'utf8')) as Record<
  string,
  { stdout: string; stderr: string; exitCode: number }
>

// Expected output recorded from python3 by fixtures/record-programs.py.
describe('standard-library programs run through the interpreter', () => {
  for (const [name, expected] of Object.entries(goldens)) {
    it(`${name} prints what CPython 3.11 prints`, () => {
      const source = readFileSync(join(here, 'programs', name), 'utf8')
      const actual = runPython(source, { filename: name })
      expect(actual).toEqual(expected)
    })
  }
})
