import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Values recorded from CPython 3.11 by fixtures/record.py (re-record: see its docstring). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const goldens: any = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'goldens.json'), 'utf8'),
)
