import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { MemoryFiles } from '../../../src/engine/files'
import { manage } from '../../../src/engine/management/manage'
import { MigrationLoader } from '../../../src/engine/migrations/loader'
import type { Migration } from '../../../src/engine/migrations/migration'
import type { ProjectLoader } from '../../../src/engine/migrations/project-loader'
import { ProjectState } from '../../../src/engine/migrations/project-state'
import { SqlJsConnection } from '../../../src/worker/sqljs-connection'
import { type ExecutorCase, normaliseStderr, normaliseStdout, type RunRecord } from './executor-corpus/case'
import { CASES } from './executor-corpus/cases'
import { databaseState } from './executor-corpus/snapshot'
import { sqlJs } from './schema-harness'

const goldens: Record<string, RunRecord[]> = JSON.parse(
  readFileSync(new URL('./executor-corpus/goldens.json', import.meta.url), 'utf8'),
)

function project(apps: readonly string[], migrations: readonly Migration[]): ProjectLoader {
  const models = (): ProjectState => {
    try {
      return new MigrationLoader({ installedApps: apps, packages: apps, migrations }, null).projectState()
    } catch {
      return ProjectState.empty()
    }
  }
  return {
    modelsState: async () => ({ kind: 'models', state: models(), checkOutput: '' }),
    migrations: async () => ({ kind: 'migrations', packages: apps, migrations }),
    evaluateDefault: async () => ({ ok: false, error: 'unused' }),
  }
}

async function play(c: ExecutorCase): Promise<RunRecord[]> {
  const connection = SqlJsConnection.open(await sqlJs())
  const files = new MemoryFiles(
    Object.fromEntries(
      c.apps.flatMap((a) => [
        [`${a}/models.py`, ''],
        [`${a}/migrations/__init__.py`, ''],
      ]),
    ),
  )
  let disk: readonly Migration[] = []
  const runs: RunRecord[] = []
  for (const step of c.steps) {
    if ('disk' in step) disk = step.disk
    else if ('sql' in step) {
      // A change made by hand through another connection, where foreign keys are not enforced.
      const enforced = connection.query('PRAGMA foreign_keys').rows[0]?.[0]
      connection.executeScript(`PRAGMA foreign_keys = OFF; ${step.sql}`)
      connection.executeScript(`PRAGMA foreign_keys = ${enforced === 1 ? 'ON' : 'OFF'}`)
    } else {
      let stdout = ''
      let stderr = ''
      const status = await manage(step.run, {
        files,
        connection: () => connection,
        io: {
          stdout: (t) => void (stdout += t),
          stderr: (t) => void (stderr += t),
          readLine: async () => null,
        },
        clock: { now: () => new Date() },
        project: project(c.apps, disk),
      })
      runs.push({
        run: step.run.join(' '),
        status,
        stdout: normaliseStdout(stdout),
        stderr: normaliseStderr(stderr),
        ...databaseState(connection),
      })
    }
  }
  return runs
}

describe('migrate, sqlmigrate and showmigrations against Django 5.2 transcripts', () => {
  for (const c of CASES) {
    it(`plays ${c.name} as Django does`, async () => {
      const ours = await play(c)
      const theirs = goldens[c.name]
      expect(theirs, `no golden for ${c.name}: run record.ts`).toBeDefined()
      for (let i = 0; i < theirs!.length; i++) {
        const golden = { ...theirs![i]!, stderr: normaliseStderr(theirs![i]!.stderr) }
        expect({ step: i, ...ours[i] }).toEqual({ step: i, ...golden })
      }
    })
  }
})
