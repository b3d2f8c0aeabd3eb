/**
 * The scenario corpus replayed in-process against the engine and compared with Django 5.2's recorded
 * transcripts, under a ratchet: known-differences.txt lists the scenarios that may still differ.
 */
import type { SqlJsStatic } from 'sql.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkScenario, listScenarios, readKnownDifferences } from './corpus'
import { formatDifferences } from './transcript'
import { loadSqlJs } from './replay'

const scenarios = listScenarios()
const known = readKnownDifferences()
let SQL: SqlJsStatic

beforeAll(async () => {
  SQL = await loadSqlJs()
})

describe('the scenario corpus', () => {
  it('opens every scenario with a line saying what it shows', () => {
    const silent = scenarios.filter(
      (scenario) => scenario.summary.trim() === '' || scenario.summary.startsWith('@@'),
    )
    expect(silent.map((scenario) => scenario.name)).toEqual([])
  })

  it('lists only existing scenarios in known-differences.txt', () => {
    const names = new Set(scenarios.map((scenario) => scenario.name))
    expect([...known].filter((name) => !names.has(name))).toEqual([])
  })
})

describe("replaying each scenario in-process gives Django 5.2's transcript", () => {
  for (const scenario of scenarios) {
    const listed = known.has(scenario.name)
    const title = listed ? `${scenario.name} (still listed in known-differences.txt)` : scenario.name
    it(title, { timeout: 120_000 }, async () => {
      const outcome = await checkScenario(scenario, SQL)
      if (listed) {
        expect(
          outcome.differences.length,
          `${scenario.name} is now identical to Django: remove it from known-differences.txt ` +
            '(npx tsx scripts/update-scenario-ratchet.ts)',
        ).toBeGreaterThan(0)
      } else if (outcome.differences.length > 0) {
        expect.fail(`${scenario.name} differs from Django:\n\n${formatDifferences(outcome.differences)}`)
      }
    })
  }
})
