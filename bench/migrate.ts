/**
 * `migrate` throughput: a generated project of 150 models in 5 apps (foreign keys between them) migrated
 * from scratch, then a migration that rebuilds every table while it holds 5 000 rows. Ours runs the
 * engine's executor on sql.js in this process; the reference is Django 5.2 on native SQLite
 * (`call_command('migrate')`, timed inside python3, start-up excluded). The migration files Django reads
 * are written from the same Migration values by the engine's writer. Goals: migrate 5x faster than
 * Django; rebuilds no slower than Django.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import initSqlJs from 'sql.js'
import { MemoryFiles } from '../src/engine/files'
import { manage } from '../src/engine/management/manage'
import { type FieldState, fieldState } from '../src/engine/migrations/field-state'
import { migration, type Migration } from '../src/engine/migrations/migration'
import { operation, type Operation } from '../src/engine/migrations/operations/operation'
import type { ProjectLoader } from '../src/engine/migrations/project-loader'
import { ProjectState } from '../src/engine/migrations/project-state'
import { migrationFileText } from '../src/engine/migrations/writer/migration-writer'
import { SqlJsConnection } from '../src/worker/sqljs-connection'
import type { BenchRow, BenchSuite } from './suite'

const APPS = ['alpha', 'beta', 'gamma', 'delta', 'epsilon']
const MODELS_PER_APP = 30
const ROWS = 5000

const b = (value: boolean) => ({ kind: 'bool', value }) as const
const i = (value: number) => ({ kind: 'int', value: BigInt(value) }) as const
const s = (value: string) => ({ kind: 'str', value }) as const
const f = (cls: string, kwargs: FieldState['kwargs'] = {}) => fieldState(`django.db.models.${cls}`, kwargs)
const ID = f('BigAutoField', {
  auto_created: b(true),
  primary_key: b(true),
  serialize: b(false),
  verbose_name: s('ID'),
})
const CASCADE = { kind: 'reference', module: 'django.db.models.deletion', qualname: 'CASCADE' } as const

export function project(): { initial: Migration[]; rebuild: Migration[]; tables: string[] } {
  const initial: Migration[] = []
  const rebuild: Migration[] = []
  const tables: string[] = []
  APPS.forEach((app, a) => {
    const ops: Operation[] = []
    const alters: Operation[] = []
    for (let m = 0; m < MODELS_PER_APP; m++) {
      const name = `Model${m}`
      const fields: [string, FieldState][] = [
        ['id', ID],
        ['title', f('CharField', { max_length: i(100) })],
        ['count', f('IntegerField', { default: i(0) })],
        ['note', f('TextField', { null: b(true) })],
      ]
      if (m > 0)
        fields.push([
          'parent',
          f('ForeignKey', { null: b(true), on_delete: CASCADE, to: s(`${app}.model${m - 1}`) }),
        ])
      ops.push(operation({ kind: 'CreateModel', name, fields, options: {}, bases: [], managers: [] }))
      alters.push(
        operation({
          kind: 'AlterField',
          modelName: name.toLowerCase(),
          name: 'title',
          field: f('CharField', { max_length: i(200) }),
          preserveDefault: true,
        }),
      )
      tables.push(`${app}_model${m}`)
    }
    const deps = a > 0 ? [{ appLabel: APPS[a - 1]!, name: '0001_initial' }] : []
    initial.push(
      migration({ appLabel: app, name: '0001_initial', initial: true, dependencies: deps, operations: ops }),
    )
    rebuild.push(
      migration({
        appLabel: app,
        name: '0002_rebuild',
        dependencies: [{ appLabel: app, name: '0001_initial' }],
        operations: alters,
      }),
    )
  })
  return { initial, rebuild, tables }
}

function fillSql(tables: readonly string[]): string {
  const lines: string[] = []
  for (const table of tables) {
    const values: string[] = []
    for (let r = 1; r <= ROWS; r++) values.push(`(${r}, 'title ${r}', ${r}, NULL)`)
    lines.push(`INSERT INTO ${table} (id, title, count, note) VALUES ${values.join(', ')};`)
  }
  return lines.join('\n')
}

function loader(migrations: readonly Migration[]): ProjectLoader {
  return {
    modelsState: async () => ({ kind: 'models', state: ProjectState.empty(), checkOutput: '' }),
    migrations: async () => ({ kind: 'migrations', packages: APPS, migrations }),
    evaluateDefault: async () => ({ ok: false, error: 'unused' }),
  }
}

export async function ours(p: ReturnType<typeof project>): Promise<{ migrateMs: number; rebuildMs: number }> {
  const connection = SqlJsConnection.open(await initSqlJs())
  const files = new MemoryFiles(
    Object.fromEntries(
      APPS.flatMap((a) => [
        [`${a}/models.py`, ''],
        [`${a}/migrations/__init__.py`, ''],
      ]),
    ),
  )
  const run = async (argv: string[], migrations: readonly Migration[]): Promise<number> => {
    let err = ''
    const start = performance.now()
    const status = await manage(argv, {
      files,
      connection: () => connection,
      io: { stdout: () => {}, stderr: (t) => void (err += t), readLine: async () => null },
      clock: { now: () => new Date() },
      project: loader(migrations),
    })
    const ms = performance.now() - start
    if (status !== 0) throw new Error(`migrate failed: ${err}`)
    return ms
  }
  const migrateMs = await run(['migrate', '-v', '0'], p.initial)
  connection.executeScript(fillSql(p.tables))
  const rebuildMs = await run(['migrate', '-v', '0'], [...p.initial, ...p.rebuild])
  return { migrateMs, rebuildMs }
}

const DJANGO = `
import os, sys, time, sqlite3
sys.path.insert(0, sys.argv[1])
os.environ['DJANGO_SETTINGS_MODULE'] = 'settings'
import django
django.setup()
from django.core.management import call_command
from django.db import connection
start = time.perf_counter()
call_command('migrate', *sys.argv[2:3], verbosity=0)
first = time.perf_counter() - start
connection.close()
con = sqlite3.connect(os.path.join(sys.argv[1], 'db.sqlite3'))
con.executescript(open(os.path.join(sys.argv[1], 'fill.sql')).read())
con.commit(); con.close()
for app in ${JSON.stringify(APPS)}:
    os.rename(os.path.join(sys.argv[1], app, 'migrations', '0002_rebuild.py.later'), os.path.join(sys.argv[1], app, 'migrations', '0002_rebuild.py'))
from django.db.migrations.loader import MigrationLoader
start = time.perf_counter()
call_command('migrate', verbosity=0)
second = time.perf_counter() - start
print(first * 1000, second * 1000)
`

function django(p: ReturnType<typeof project>): { migrateMs: number; rebuildMs: number } | string {
  let site: string
  try {
    site = execFileSync('/work/shared/oracle/install-django.sh', { encoding: 'utf8' }).trim()
  } catch {
    return 'Django oracle not installed'
  }
  const dir = mkdtempSync(join(tmpdir(), 'bench-migrate-'))
  try {
    writeFileSync(
      join(dir, 'settings.py'),
      `SECRET_KEY = 'bench'\nINSTALLED_APPS = ${JSON.stringify(APPS).replace(/"/g, "'")}\nDATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': '${join(dir, 'db.sqlite3')}'}}\nDEFAULT_AUTO_FIELD = 'django.db.models.BigAutoField'\nUSE_TZ = True\n`,
    )
    for (const app of APPS) {
      mkdirSync(join(dir, app, 'migrations'), { recursive: true })
      writeFileSync(join(dir, app, '__init__.py'), '')
      writeFileSync(join(dir, app, 'models.py'), '')
      writeFileSync(join(dir, app, 'migrations', '__init__.py'), '')
    }
    for (const m of p.initial)
      writeFileSync(
        join(dir, m.appLabel, 'migrations', `${m.name}.py`),
        migrationFileText(m, { generatedAt: null }),
      )
    for (const m of p.rebuild) {
      writeFileSync(
        join(dir, m.appLabel, 'migrations', `${m.name}.py.later`),
        migrationFileText(m, { generatedAt: null }),
      )
    }
    writeFileSync(join(dir, 'fill.sql'), fillSql(p.tables))
    const run = spawnSync('python3', ['-c', DJANGO, dir], {
      env: { ...process.env, PYTHONPATH: site },
      encoding: 'utf8',
    })
    if (run.status !== 0) return `Django failed: ${run.stderr.split('\n').slice(-3).join(' ')}`
    const [first, second] = run.stdout.trim().split(' ').map(Number)
    return { migrateMs: first!, rebuildMs: second! }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The suite: migrate 150 models, then rebuild 150 tables of 5 000 rows. */
export const suite: BenchSuite = {
  name: 'migrate',
  description: 'migrate a generated 150-model project, then rebuild every table holding 5 000 rows',
  reference: 'Django 5.2',
  async run(): Promise<BenchRow[]> {
    const p = project()
    let mine: { migrateMs: number; rebuildMs: number } | null = null
    let note: string | undefined
    try {
      mine = await ours(p)
    } catch (error) {
      note = String(error)
    }
    const theirs = django(p)
    const ref = typeof theirs === 'string' ? null : theirs
    const refNote = typeof theirs === 'string' ? theirs : undefined
    return [
      {
        name: 'migrate 150 models (5 apps)',
        oursMs: mine?.migrateMs ?? null,
        referenceMs: ref?.migrateMs ?? null,
        note: note ?? refNote,
      },
      {
        name: `rebuild 150 tables x ${ROWS} rows`,
        oursMs: mine?.rebuildMs ?? null,
        referenceMs: ref?.rebuildMs ?? null,
        note: note ?? refNote,
      },
    ]
  },
}
