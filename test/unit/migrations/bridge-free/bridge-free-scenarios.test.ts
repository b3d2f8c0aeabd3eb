/**
 * The makemigrations runs of the scenario corpus (test/scenarios/0NN_*.txt) replayed in-process with a
 * stand-in for the bridge: before each run, record.py dumped what Django itself had loaded (the models'
 * state, the migrations on disk, the one-off defaults typed), and dump-json.ts turns that into engine
 * values (system check messages, the bridge's work, are taken from Django's transcript). Every
 * makemigrations run whose models load must match Django's transcript (stdout, stderr, exit status, files), under a ratchet: known-differences.txt lists `scenario#run` entries that still differ.
 */
import { existsSync, readFileSync } from 'node:fs'
import type { SqlJsStatic } from 'sql.js'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ProjectLoader } from '../../../../src/engine/migrations/project-loader'
import { ProjectState } from '../../../../src/engine/migrations/project-state'
import { listScenarios } from '../../../scenarios/corpus'
import { loadSqlJs, replayScenario } from '../../../scenarios/replay'
import { compareTranscripts, formatDifferences, type RunRecord } from '../../../scenarios/transcript'
import { type Json, loadedMigration, model, value } from './dump-json'

interface Dump {
  readonly error?: string
  readonly models?: { [key: string]: Json }[]
  readonly migrations?: { [key: string]: Json }[]
  readonly packages?: string[]
  readonly defaults?: Record<string, { ok?: Json; error?: string }>
}

const here = new URL('.', import.meta.url)
const knownPath = new URL('known-differences.txt', here)
const known = new Set(
  readFileSync(knownPath, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#')),
)

/**
 * The stand-in bridge for one run. System checks are the bridge's work: when Django's run printed
 * check messages, the stand-in reports them as the bridge will (an error ends the command with them).
 */
function loaderFor(dump: Dump, golden: RunRecord | undefined): ProjectLoader | undefined {
  if (dump.error !== undefined) return undefined
  const state = ProjectState.of(dump.models!.map(model))
  const migrations = dump.migrations!.map(loadedMigration)
  const checks =
    golden !== undefined && golden.stderr.includes('System check identified') ? golden.stderr : ''
  const failed = checks.startsWith('SystemCheckError')
  return {
    modelsState: async () =>
      failed
        ? { kind: 'failure', stderr: checks, exitCode: Number(golden!.rc) }
        : { kind: 'models', state, checkOutput: checks },
    migrations: async () => ({ kind: 'migrations', packages: dump.packages!, migrations }),
    evaluateDefault: async (code) => {
      const result: { ok?: Json; error?: string } | undefined =
        dump.defaults?.[code] ??
        (code === 'timezone.now' ? { ok: { $ref: 'django.utils.timezone.now' } } : undefined)
      if (result === undefined) throw new Error(`no recorded value for the default ${code}`)
      return result.error !== undefined
        ? { ok: false, error: result.error }
        : { ok: true, value: value(result.ok!) }
    },
  }
}

const scenarios = listScenarios().filter((s) => /^0\d\d_/.test(s.name))
let SQL: SqlJsStatic

beforeAll(async () => {
  SQL = await loadSqlJs()
})

describe('makemigrations runs of the scenario corpus, with the bridge played by Django dumps', () => {
  for (const scenario of scenarios) {
    const dumpPath = new URL(`dumps/${scenario.name}.json`, here)
    if (!existsSync(dumpPath) || scenario.golden === null) continue
    it(`${scenario.name}: every makemigrations run matches Django`, { timeout: 60_000 }, async () => {
      const dumps = JSON.parse(readFileSync(dumpPath, 'utf8')) as Dump[]
      const replay = await replayScenario(scenario.steps, {
        SQL,
        project: (i) => loaderFor(dumps[i] ?? {}, scenario.golden![i]),
      })
      const golden = scenario.golden!
      const checked = new Set(
        golden
          .map((run, i) => ({ run, i }))
          .filter(({ run, i }) => run.run.startsWith('makemigrations') && dumps[i]?.error === undefined)
          .map(({ i }) => i),
      )
      const differences = compareTranscripts(golden, replay.transcript).filter(
        (d) => checked.has(d.index) && d.field !== 'db' && d.field !== 'length',
      )
      const differing = new Set(differences.map((d) => `${scenario.name}#${d.index + 1}`))
      const unexpected = differences.filter((d) => !known.has(`${scenario.name}#${d.index + 1}`))
      const fixed = [...checked]
        .map((i) => `${scenario.name}#${i + 1}`)
        .filter((key) => known.has(key) && !differing.has(key))
      expect(fixed, 'now identical to Django: remove from known-differences.txt').toEqual([])
      if (unexpected.length > 0) expect.fail(formatDifferences(unexpected))
    })
  }
})
