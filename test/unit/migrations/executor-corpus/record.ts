/**
 * Records the executor corpus against Django 5.2: each case's migrations are written as Python files
 * with the engine's migration writer, its commands run with `python3 manage.py`, and the outputs and
 * the database after each run saved to goldens.json. Run: `npx tsx test/unit/migrations/executor-corpus/record.ts`.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import initSqlJs from 'sql.js'
import type { Migration } from '../../../../src/engine/migrations/migration'
import { migrationFileText } from '../../../../src/engine/migrations/writer/migration-writer'
import { SqlJsConnection } from '../../../../src/worker/sqljs-connection'
import { type ExecutorCase, normaliseStderr, normaliseStdout, type RunRecord } from './case'
import { CASES } from './cases'
import { databaseState } from './snapshot'

const here = dirname(fileURLToPath(import.meta.url))
const oracle = join(here, '../../../../../shared/oracle/install-django.sh')
const site = execFileSync(existsSync(oracle) ? oracle : '/work/shared/oracle/install-django.sh', {
  encoding: 'utf8',
}).trim()

const MANAGE = `import os, sys
os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'settings')
from django.db.migrations.autodetector import MigrationAutodetector
MigrationAutodetector.changes = lambda self, *args, **kwargs: {}
from django.core.management import execute_from_command_line
execute_from_command_line(sys.argv)
`

/** Adds what the writer never writes but hand-written files may hold: `atomic = False`, `run_before`. */
function handWritten(m: Migration, text: string): string {
  const extra: string[] = []
  if (!m.atomic) extra.push('    atomic = False\n')
  if (m.runBefore.length > 0)
    extra.push(`    run_before = [${m.runBefore.map(([a, n]) => `('${a}', '${n}')`).join(', ')}]\n`)
  return text.replace('class Migration(migrations.Migration):\n', (head) => head + extra.join(''))
}

async function record(c: ExecutorCase): Promise<RunRecord[]> {
  const SQL = await initSqlJs()
  const dir = mkdtempSync(join(tmpdir(), 'executor-corpus-'))
  const db = join(dir, 'db.sqlite3')
  writeFileSync(
    join(dir, 'settings.py'),
    `SECRET_KEY = 'scenario'\nINSTALLED_APPS = ${JSON.stringify(c.apps).replace(/"/g, "'")}\nDATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': '${db}'}}\nDEFAULT_AUTO_FIELD = 'django.db.models.BigAutoField'\nUSE_TZ = True\nTIME_ZONE = 'UTC'\n`,
  )
  writeFileSync(join(dir, 'manage.py'), MANAGE)
  for (const app of c.apps) {
    mkdirSync(join(dir, app, 'migrations'), { recursive: true })
    writeFileSync(join(dir, app, '__init__.py'), '')
    writeFileSync(join(dir, app, 'models.py'), 'from django.db import models\n')
    writeFileSync(join(dir, app, 'migrations', '__init__.py'), '')
  }
  const runs: RunRecord[] = []
  for (const step of c.steps) {
    if ('disk' in step) {
      for (const app of c.apps) {
        for (const f of readdirSync(join(dir, app, 'migrations'))) {
          if (f !== '__init__.py' && f.endsWith('.py')) rmSync(join(dir, app, 'migrations', f))
        }
        rmSync(join(dir, app, 'migrations', '__pycache__'), { recursive: true, force: true })
      }
      for (const m of step.disk) {
        writeFileSync(
          join(dir, m.appLabel, 'migrations', `${m.name}.py`),
          handWritten(m, migrationFileText(m, { generatedAt: null })),
        )
      }
    } else if ('sql' in step) {
      spawnSync('python3', [
        '-c',
        `import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit()`,
        db,
        step.sql,
      ])
    } else {
      const p = spawnSync('python3', ['manage.py', ...step.run], {
        cwd: dir,
        env: { ...process.env, PYTHONPATH: `${dir}:${site}`, PYTHONDONTWRITEBYTECODE: '1' },
        encoding: 'utf8',
      })
      const bytes = existsSync(db) ? readFileSync(db) : null
      const state = databaseState(SqlJsConnection.open(SQL, bytes))
      runs.push({
        run: step.run.join(' '),
        status: p.status ?? -1,
        stdout: normaliseStdout(p.stdout),
        stderr: normaliseStderr(p.stderr.split(dir + '/').join('')),
        ...state,
      })
    }
  }
  rmSync(dir, { recursive: true, force: true })
  return runs
}

const only = process.argv.slice(2)
const path = join(here, 'goldens.json')
const goldens: Record<string, RunRecord[]> = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {}
for (const c of CASES) {
  if (only.length > 0 && !only.includes(c.name)) continue
  goldens[c.name] = await record(c)
  process.stdout.write(`recorded ${c.name}\n`)
}
const sorted = Object.fromEntries(Object.entries(goldens).sort(([a], [b]) => (a < b ? -1 : 1)))
writeFileSync(path, `${JSON.stringify(sorted, null, 1)}\n`)
