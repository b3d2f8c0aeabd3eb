import { readFileSync } from 'node:fs'
import initSqlJs from 'sql.js'
import { describe, expect, it } from 'vitest'
import { createProjectLoader } from '../../../src/engine/django/project-loader'
import { MemoryFiles } from '../../../src/engine/files'
import { CodeCache } from '../../../src/engine/python/code-cache'
import { migrationAdvice } from '../../../src/worker/advisor'
import { SqlJsConnection } from '../../../src/worker/sqljs-connection'
import { parseScenario } from '../../scenarios/scenario-file'

const codeCache = new CodeCache()
const clock = { now: () => new Date(Date.UTC(2026, 10, 25, 12, 0)) }
const SCENARIOS = new URL('../../scenarios/', import.meta.url)

/** The tutorial's five complex changes, each done the safe way in its scenario. */
const TUTORIAL = [
  '231_split_model_in_two',
  '232_merge_two_models',
  '233_foreign_key_to_many_to_many',
  '234_backfill_in_batches',
  '235_integer_price_to_decimal',
]

/** The project's files at the end of the scenario: its writes and deletes, plus what Django wrote in each run (golden). */
function finalFiles(scenario: string): Record<string, string> {
  const steps = parseScenario(readFileSync(new URL(`${scenario}.txt`, SCENARIOS), 'utf8'), scenario)
  const runs = JSON.parse(readFileSync(new URL(`goldens/${scenario}.json`, SCENARIOS), 'utf8')) as {
    files: Record<string, string>
    deleted?: string[]
  }[]
  const files: Record<string, string> = {}
  let run = 0
  for (const step of steps) {
    if (step.kind === 'write') files[step.arg] = step.body
    if (step.kind === 'delete') delete files[step.arg]
    if (step.kind === 'run') {
      const golden = runs[run++]
      Object.assign(files, golden?.files ?? {})
      for (const path of golden?.deleted ?? []) delete files[path]
    }
  }
  for (const path of Object.keys(files)) {
    const match = /^(\w+)\/migrations\//.exec(path)
    if (match !== null) files[`${match[1]!}/migrations/__init__.py`] ??= ''
  }
  return files
}

describe("the tutorial's five complex changes done the safe way", () => {
  for (const scenario of TUTORIAL) {
    it(`${scenario}: no migration has an error-severity finding`, async () => {
      const SQL = await initSqlJs()
      const files = new MemoryFiles(finalFiles(scenario))
      const project = createProjectLoader({ codeCache, clock })
      const migrations = Object.keys(files.snapshot())
        .filter((path) => /^\w+\/migrations\/\d{4}_\w+\.py$/.test(path))
        .sort()
      expect(migrations.length).toBeGreaterThan(1)
      const errors: string[] = []
      for (const path of migrations) {
        const [app, , file] = path.split('/')
        const findings = await migrationAdvice(
          files,
          SqlJsConnection.open(SQL),
          clock,
          project,
          app!,
          file!.replace('.py', ''),
        )
        for (const f of findings)
          if (f.severity === 'error') errors.push(`${path} #${f.operationIndex} ${f.rule}`)
      }
      expect(errors).toEqual([])
    })
  }
})
