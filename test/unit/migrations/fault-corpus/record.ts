/**
 * Records the fault corpus against Django 5.2. For each case of cases.ts: the initial migrations are
 * applied with `python3 manage.py migrate` and the rows inserted; then the case's command runs once under
 * `connection.execute_wrapper` to list the statements Django executes that write (CREATE, INSERT, DROP,
 * ALTER, UPDATE, DELETE), and once more per listed statement, each time in a new Python process on a
 * fresh copy of the database, with that statement (its Nth occurrence) raising OperationalError. The
 * database after every run is saved to goldens.json (the failing statement with `%s` placeholders written
 * `?`, as the engine writes them). Run: `npx tsx test/unit/migrations/fault-corpus/record.ts [case name…]`.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import initSqlJs from 'sql.js'
import type { Migration } from '../../../../src/engine/migrations/migration'
import { migrationFileText } from '../../../../src/engine/migrations/writer/migration-writer'
import { SqlJsConnection } from '../../../../src/worker/sqljs-connection'
import { databaseState } from '../executor-corpus/snapshot'
import { type FaultCase, FAULT_CASES } from './cases'
import type { FaultGolden } from './golden'

const here = dirname(fileURLToPath(import.meta.url))
const site = execFileSync('/work/shared/oracle/install-django.sh', { encoding: 'utf8' }).trim()

const MANAGE = `import os, sys
os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'settings')
from django.core.management import execute_from_command_line
execute_from_command_line(sys.argv)
`

/**
 * Runs the case's command once on a copy of base.sqlite3: with no target, listing the writing statements
 * Django executes; with a target statement and occurrence, making that one fail. Prints JSON.
 */
const DRIVER = `
import json, os, shutil, sys
os.environ['DJANGO_SETTINGS_MODULE'] = 'settings'
import django
django.setup()
from django.core.management import call_command
from django.db import connection
from django.db.utils import OperationalError

base, work, args, target, occurrence = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), sys.argv[4], int(sys.argv[5])
WRITES = ('CREATE', 'INSERT', 'DROP', 'ALTER', 'UPDATE', 'DELETE')
shutil.copyfile(base, work)
seen, count = [], [0]

def wrapper(execute, sql, params, many, context):
    if sql.lstrip().split(None, 1)[0].upper() in WRITES:
        seen.append(sql)
    if sql == target:
        count[0] += 1
        if count[0] == occurrence + 1:
            raise OperationalError('injected failure')
    return execute(sql, params, many, context)

try:
    with connection.execute_wrapper(wrapper):
        call_command(*args, verbosity=0)
    error = ''
except Exception as e:
    error = type(e).__name__ + ': ' + str(e).split('\\n')[0]
connection.close()
print(json.dumps({'error': error, 'seen': seen}))
`

/** Runs DRIVER in `dir`; returns the error line and the writing statements, and the database file's bytes. */
function drive(
  dir: string,
  env: NodeJS.ProcessEnv,
  run: readonly string[],
  target: string,
  occurrence: number,
): { error: string; seen: string[]; bytes: Uint8Array } {
  const db = join(dir, 'db.sqlite3')
  const result = spawnSync(
    'python3',
    ['-c', DRIVER, join(dir, 'base.sqlite3'), db, JSON.stringify(run), target, String(occurrence)],
    { cwd: dir, env, encoding: 'utf8' },
  )
  if (result.status !== 0) throw new Error(`driver failed: ${result.stderr}`)
  const parsed = JSON.parse(result.stdout) as { error: string; seen: string[] }
  return { ...parsed, bytes: readFileSync(db) }
}

function writeMigrations(dir: string, migrations: readonly Migration[]): void {
  const folder = join(dir, 'shop', 'migrations')
  for (const f of readdirSync(folder)) if (f !== '__init__.py' && f.endsWith('.py')) rmSync(join(folder, f))
  rmSync(join(folder, '__pycache__'), { recursive: true, force: true })
  for (const m of migrations) {
    let text = migrationFileText(m, { generatedAt: null })
    if (!m.atomic)
      text = text.replace('class Migration(migrations.Migration):\n', (h) => `${h}    atomic = False\n`)
    writeFileSync(join(folder, `${m.name}.py`), text)
  }
}

async function record(c: FaultCase): Promise<FaultGolden> {
  const SQL = await initSqlJs()
  const dir = mkdtempSync(join(tmpdir(), 'fault-corpus-'))
  const db = join(dir, 'db.sqlite3')
  const env = { ...process.env, PYTHONPATH: `${dir}:${site}`, PYTHONDONTWRITEBYTECODE: '1' }
  try {
    writeFileSync(
      join(dir, 'settings.py'),
      `SECRET_KEY = 'faults'\nINSTALLED_APPS = ['shop']\nDATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': '${db}'}}\nDEFAULT_AUTO_FIELD = 'django.db.models.BigAutoField'\nUSE_TZ = True\nTIME_ZONE = 'UTC'\n`,
    )
    writeFileSync(join(dir, 'manage.py'), MANAGE)
    mkdirSync(join(dir, 'shop', 'migrations'), { recursive: true })
    writeFileSync(join(dir, 'shop', '__init__.py'), '')
    writeFileSync(join(dir, 'shop', 'models.py'), 'from django.db import models\n')
    writeFileSync(join(dir, 'shop', 'migrations', '__init__.py'), '')
    writeMigrations(dir, c.initial)
    const setup = spawnSync('python3', ['manage.py', 'migrate', '-v', '0'], {
      cwd: dir,
      env,
      encoding: 'utf8',
    })
    if (setup.status !== 0) throw new Error(`${c.name}: setup failed: ${setup.stderr}`)
    const rows = spawnSync('python3', [
      '-c',
      'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit()',
      db,
      c.rows,
    ])
    if (rows.status !== 0) throw new Error(`${c.name}: rows failed: ${rows.stderr}`)
    copyFileSync(db, join(dir, 'base.sqlite3'))
    writeMigrations(dir, c.disk)
    const state = (bytes: Uint8Array) => databaseState(SqlJsConnection.open(SQL, bytes))
    const clean = drive(dir, env, c.run, '', 0)
    const counts = new Map<string, number>()
    const faults = clean.seen.map((sql) => {
      const occurrence = counts.get(sql) ?? 0
      counts.set(sql, occurrence + 1)
      const fault = drive(dir, env, c.run, sql, occurrence)
      return { sql: sql.replace(/%s/g, '?'), occurrence, error: fault.error, ...state(fault.bytes) }
    })
    return { error: clean.error, clean: state(clean.bytes), faults }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const only = process.argv.slice(2)
const path = join(here, 'goldens.json')
const goldens: Record<string, FaultGolden> = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {}
for (const c of FAULT_CASES) {
  if (only.length > 0 && !only.includes(c.name)) continue
  goldens[c.name] = await record(c)
  process.stdout.write(`recorded ${c.name}: ${goldens[c.name]!.faults.length} faults\n`)
}
const sorted = Object.fromEntries(Object.entries(goldens).sort(([a], [b]) => (a < b ? -1 : 1)))
writeFileSync(path, `${JSON.stringify(sorted, null, 1)}\n`)
