/**
 * Rewrites the scenario ratchet: replays every scenario of test/scenarios in-process, writes the names of
 * those that differ from their Django golden to test/scenarios/known-differences.txt, and prints
 * "identical to Django: N/M scenarios, K/L commands" (and per area). A scenario without a usable golden is
 * listed as differing.
 *
 * Usage: npx tsx scripts/update-scenario-ratchet.ts [--verbose]   (--verbose prints each first difference)
 */
import {
  checkScenario,
  figures,
  goldenProblem,
  listScenarios,
  readKnownDifferences,
  writeKnownDifferences,
  type ScenarioOutcome,
} from '../test/scenarios/corpus'
import { CodeCache } from '../src/engine/python/code-cache'
import { loadSqlJs } from '../test/scenarios/replay'
import { formatDifferences } from '../test/scenarios/transcript'

/** The corpus's areas by the first digit of the scenario number. */
const AREAS = [
  ['0', 'makemigrations'],
  ['1', 'migrate, sqlmigrate, showmigrations'],
  ['2', 'ORM and data migrations'],
  ['3', 'squashing, optimizing and merging'],
] as const

async function main(verbose: boolean): Promise<number> {
  const SQL = await loadSqlJs()
  const codeCache = new CodeCache()
  const scenarios = listScenarios()
  for (const problem of scenarios.map(goldenProblem))
    if (problem !== null) console.log(`not replayed: ${problem}`)
  const before = readKnownDifferences()
  const outcomes: ScenarioOutcome[] = []
  for (const scenario of scenarios) {
    const outcome = await checkScenario(scenario, SQL, codeCache)
    outcomes.push(outcome)
    console.log(`${outcome.differences.length === 0 ? 'same   ' : 'differs'} ${outcome.name}`)
    if (verbose && outcome.differences.length > 0) {
      console.log(`differs ${outcome.name}:\n${formatDifferences(outcome.differences.slice(0, 1))}\n`)
    }
  }
  const differing = outcomes
    .filter((outcome) => outcome.differences.length > 0)
    .map((outcome) => outcome.name)
  writeKnownDifferences(differing)
  for (const name of differing) if (!before.has(name)) console.log(`newly differing: ${name}`)
  for (const name of before) if (!differing.includes(name)) console.log(`now identical: ${name}`)
  for (const [first, label] of AREAS) {
    const area = outcomes.filter((outcome) => outcome.name.startsWith(first))
    if (area.length > 0) console.log(`  ${label} (${first}NN): ${figures(area)}`)
  }
  console.log(figures(outcomes))
  return 0
}

main(process.argv.includes('--verbose')).then((status) => process.exit(status))
