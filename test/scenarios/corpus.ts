/**
 * The scenario corpus on disk: test/scenarios/NNN_topic.txt, their Django goldens in goldens/NNN_topic.json,
 * and the ratchet list known-differences.txt of scenarios the engine does not yet replay identically.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { SqlJsStatic } from 'sql.js'
import type { CodeCache } from '../../src/engine/python/code-cache'
import { replayScenario } from './replay'
import { parseScenario, type ScenarioStep } from './scenario-file'
import { compareTranscripts, identicalRuns, type RunDifference, type Transcript } from './transcript'

/** The folder holding the scenarios. */
export const SCENARIOS_DIR = dirname(fileURLToPath(import.meta.url))
/** The folder holding Django's transcripts. */
export const GOLDENS_DIR = join(SCENARIOS_DIR, 'goldens')
/** The ratchet: one scenario name per line, '#' comments. */
export const KNOWN_DIFFERENCES_PATH = join(SCENARIOS_DIR, 'known-differences.txt')

/** A scenario of the corpus: its name (file name without `.txt`), first line, steps and golden, if any. */
export interface Scenario {
  readonly name: string
  readonly summary: string
  readonly steps: readonly ScenarioStep[]
  readonly golden: Transcript | null
}

/** Every scenario of the corpus, in name order. */
export function listScenarios(): Scenario[] {
  return readdirSync(SCENARIOS_DIR)
    .filter((file) => /^\d{3}_.*\.txt$/.test(file))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, '')
      const goldenPath = join(GOLDENS_DIR, `${name}.json`)
      const text = readFileSync(join(SCENARIOS_DIR, file), 'utf8')
      return {
        name,
        summary: text.split('\n')[0]!,
        steps: parseScenario(text, file),
        golden: existsSync(goldenPath) ? (JSON.parse(readFileSync(goldenPath, 'utf8')) as Transcript) : null,
      }
    })
}

/** Why a golden cannot be used for a scenario (missing, or recorded from other runs), or null when it fits. */
export function goldenProblem(scenario: Scenario): string | null {
  if (scenario.golden === null)
    return `${scenario.name} has no golden: npx tsx scripts/record-scenarios.ts ${scenario.name}`
  const runs = scenario.steps.filter((step) => step.kind === 'run').map((step) => step.arg)
  const recorded = scenario.golden.map((record) => record.run)
  if (JSON.stringify(runs) !== JSON.stringify(recorded)) {
    return `${scenario.name}'s golden was recorded from other runs (${JSON.stringify(recorded)}): re-record it`
  }
  return null
}

/** The scenario names listed in known-differences.txt. */
export function readKnownDifferences(): Set<string> {
  if (!existsSync(KNOWN_DIFFERENCES_PATH)) return new Set()
  return new Set(
    readFileSync(KNOWN_DIFFERENCES_PATH, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
  )
}

/** Rewrites known-differences.txt with the given names, sorted, under its explanatory header. */
export function writeKnownDifferences(names: Iterable<string>): void {
  const header = [
    '# Scenarios whose in-process replay differs from Django 5.2 (the ratchet of scenarios.test.ts).',
    '# The test fails when a scenario not listed here differs, and when a listed one is now identical.',
    '# Rewrite with: npx tsx scripts/update-scenario-ratchet.ts',
  ]
  writeFileSync(KNOWN_DIFFERENCES_PATH, [...header, ...[...names].sort()].join('\n') + '\n')
}

/** The outcome of replaying one scenario against its golden. */
export interface ScenarioOutcome {
  readonly name: string
  readonly differences: readonly RunDifference[]
  readonly runs: number
  readonly identicalRuns: number
}

/**
 * Replays a scenario in-process and compares it with its golden. A scenario without a usable golden
 * (missing, or recorded from other runs) differs in every run, with the problem as its difference.
 */
export async function checkScenario(
  scenario: Scenario,
  SQL: SqlJsStatic,
  codeCache?: CodeCache,
): Promise<ScenarioOutcome> {
  const problem = goldenProblem(scenario)
  if (problem !== null || scenario.golden === null) {
    const runs = scenario.steps.filter((step) => step.kind === 'run').length
    const differences = [{ index: 0, run: '-', field: 'length' as const, diff: problem ?? 'no golden' }]
    return { name: scenario.name, differences, runs, identicalRuns: 0 }
  }
  const golden = scenario.golden
  const replay = await replayScenario(scenario.steps, { SQL, ...(codeCache !== undefined ? { codeCache } : {}) })
  const differences = compareTranscripts(
    golden,
    replay.transcript,
    replay.stopped === null ? '' : ` (${replay.stopped})`,
  )
  return {
    name: scenario.name,
    differences,
    runs: golden.length,
    identicalRuns: identicalRuns(differences, golden.length),
  }
}

/** The figures line: "identical to Django: N/M scenarios, K/L commands". */
export function figures(outcomes: readonly ScenarioOutcome[]): string {
  const same = outcomes.filter((outcome) => outcome.differences.length === 0).length
  const runs = outcomes.reduce((sum, outcome) => sum + outcome.runs, 0)
  const sameRuns = outcomes.reduce((sum, outcome) => sum + outcome.identicalRuns, 0)
  return `identical to Django: ${same}/${outcomes.length} scenarios, ${sameRuns}/${runs} commands`
}
