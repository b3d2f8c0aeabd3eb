/**
 * The replay round trip of a scenario in the worker: the scenario is played (the session's recording
 * captures every step), the recording is written, shared in a link, decoded and played again on a
 * fresh workspace; both must leave the same files and the same database.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SqlJsStatic } from 'sql.js'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  decodeSharePayload,
  encodeShareFragment,
  shareParameter,
} from '../../../src/engine/workspace/share-link'
import type { ScenarioStep } from '../../../src/engine/lessons/scenario-file'
import { readScenario } from '../../../src/engine/workspace/scenario-input'
import { writeScenario } from '../../../src/engine/workspace/scenario-writer'
import { createWorkerApi, type WorkerApi } from '../../../src/worker/api'
import type { Result } from '../../../src/worker/result'
import { listScenarios, SCENARIOS_DIR } from '../../scenarios/corpus'
import { loadSqlJs, replayInstant, snapshotDatabase } from '../../scenarios/replay'

/** The value of a worker Result, or a failure naming the error. */
export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected a value, got ${result.error.name}: ${result.error.message}`)
  return result.value
}

/** A worker API on a fixed clock (today at noon UTC), as the scenario replay uses. */
export function fixedClockApi(SQL: SqlJsStatic): WorkerApi {
  const now = replayInstant()
  return createWorkerApi(SQL, { now: () => now })
}

/** The names of the scenarios in test/scenarios whose number starts with `prefix`. */
export function scenarioNames(prefix: string): string[] {
  return listScenarios()
    .map((scenario) => scenario.name)
    .filter((name) => name.startsWith(prefix))
}

/** The text of a scenario of test/scenarios. */
export function scenarioText(name: string): string {
  return readFileSync(join(SCENARIOS_DIR, `${name}.txt`), 'utf8')
}

/** The files of the workspace a scenario's apps start from, as the oracle lays them out. */
function withInitPackages(text: string): string {
  const steps = readScenario(text, 'scenario')
  const apps = [
    ...new Set(
      steps
        .filter((step) => step.kind === 'write' && /^[^/]+\/models\.py$/.test(step.arg))
        .map((step) => step.arg.split('/')[0]!),
    ),
  ].sort()
  const inits = apps.map((app): ScenarioStep => ({
    kind: 'write',
    arg: `${app}/migrations/__init__.py`,
    body: '',
  }))
  return writeScenario([...inits, ...steps])
}

/**
 * Plays scenario `name` in the worker, shares the recording, plays the link on a fresh workspace, and
 * expects the same files and database (schema, applied migrations, rows) from both.
 */
export async function expectRoundTrip(api: WorkerApi, SQL: SqlJsStatic, name: string): Promise<void> {
  value(await api.replay(withInitPackages(scenarioText(name)), name))
  const original = value(await api.snapshot())
  const recorded = value(await api.scenario()).text
  const fragment = encodeShareFragment(readScenario(recorded, 'recording'))
  const shared = decodeSharePayload(shareParameter(`#${fragment}`)!)
  expect(shared.text).toBe(recorded)
  value(await api.replay(shared.text, 'link'))
  const replayed = value(await api.snapshot())
  expect(replayed.files).toEqual(original.files)
  expect(snapshotDatabase(SQL, replayed.database)).toEqual(snapshotDatabase(SQL, original.database))
  expect(value(await api.scenario()).text).toBe(recorded)
}

/** Declares one round-trip test per scenario whose number starts with `prefix` (`area` names them). */
export function declareRoundTrips(area: string, prefix: string): void {
  const names = scenarioNames(prefix)
  let SQL: SqlJsStatic
  let api: WorkerApi
  beforeAll(async () => {
    SQL = await loadSqlJs()
    api = fixedClockApi(SQL)
  })
  describe(`a shared recording of each ${area} scenario (${prefix}NN) replays to the same files and database`, () => {
    it('finds the scenarios', () => expect(names.length).toBeGreaterThan(0))
    for (const name of names) it(name, { timeout: 120_000 }, () => expectRoundTrip(api, SQL, name))
  })
}
