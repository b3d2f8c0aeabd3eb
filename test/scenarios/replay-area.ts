/**
 * Replays the scenarios of one area (by number prefix) in-process and compares each with Django 5.2's
 * recorded transcript, under the ratchet of known-differences.txt. Each area runs in its own test file,
 * so its worker process, and the memory of its interpreters and databases, ends with it.
 */
import type { SqlJsStatic } from 'sql.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { CodeCache } from '../../src/engine/python/code-cache'
import { checkScenario, listScenarios, readKnownDifferences } from './corpus'
import { loadSqlJs } from './replay'
import { formatDifferences } from './transcript'

/** Declares one test per scenario whose name starts with `prefix`; `area` names them in the titles. */
export function replayArea(area: string, prefix: string): void {
  const scenarios = listScenarios().filter((scenario) => scenario.name.startsWith(prefix))
  const known = readKnownDifferences()
  let SQL: SqlJsStatic
  const codeCache = new CodeCache()

  beforeAll(async () => {
    SQL = await loadSqlJs()
  })

  describe(`replaying each ${area} scenario in-process gives Django 5.2's transcript`, () => {
    it('finds scenarios in this area', () => {
      expect(scenarios.length).toBeGreaterThan(0)
    })

    for (const scenario of scenarios) {
      const listed = known.has(scenario.name)
      const title = listed ? `${scenario.name} (still listed in known-differences.txt)` : scenario.name
      it(title, { timeout: 120_000 }, async () => {
        const outcome = await checkScenario(scenario, SQL, codeCache)
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
}
