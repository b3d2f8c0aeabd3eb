/**
 * Big projects next to Django 5.2: `makemigrations` on one app of 1 000 models (every tenth with a
 * foreign key to the one before), and `migrate` of a 500-migration history (a CreateModel, then 499
 * AddFields) from an empty database. Ours runs `manage()` in this process on sql.js with one CodeCache
 * (after one warm-up command); Django runs `call_command` inside python3, timed there (start-up excluded).
 * Usage: npx tsx bench/big-project.ts
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { MemoryFiles } from '../src/engine/files'
import { manage } from '../src/engine/management/manage'
import { CodeCache } from '../src/engine/python/code-cache'
import { SqlJsConnection } from '../src/worker/sqljs-connection'
import { loadSqlJs } from '../test/scenarios/replay'

const MODELS = 1000
const MIGRATIONS = 500

/** A models.py of MODELS models. */
function bigModels(): string {
  let text = 'from django.db import models\n'
  for (let m = 0; m < MODELS; m++) {
    text += `\n\nclass Model${m}(models.Model):\n    title = models.CharField(max_length=100)\n    count = models.IntegerField(default=0)\n`
    if (m % 10 === 9) text += `    previous = models.ForeignKey('Model${m - 1}', on_delete=models.CASCADE)\n`
  }
  return text
}

/** The files of a history of MIGRATIONS migrations for the app `hist`, by path. */
function longHistory(): Record<string, string> {
  const files: Record<string, string> = {
    'hist/models.py': 'from django.db import models\n',
    'hist/migrations/__init__.py': '',
  }
  const name = (n: number) => `${String(n).padStart(4, '0')}_step`
  files[`hist/migrations/${name(1)}.py`] =
    "from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n    initial = True\n    dependencies = []\n    operations = [\n        migrations.CreateModel(name='Item', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'))]),\n    ]\n"
  for (let n = 2; n <= MIGRATIONS; n++) {
    files[`hist/migrations/${name(n)}.py`] =
      `from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n    dependencies = [('hist', '${name(n - 1)}')]\n    operations = [\n        migrations.AddField(model_name='item', name='f${n}', field=models.IntegerField(null=True)),\n    ]\n`
  }
  return files
}

async function ours(files: Record<string, string>, argv: string[], codeCache: CodeCache): Promise<number> {
  const SQL = await loadSqlJs()
  const connection = SqlJsConnection.open(SQL, null)
  let output = ''
  const started = performance.now()
  const rc = await manage(argv, {
    files: new MemoryFiles(files),
    connection: () => connection,
    io: { stdout: (t) => void (output += t), stderr: (t) => void (output += t), readLine: async () => null },
    clock: { now: () => new Date() },
    codeCache,
  })
  const ms = performance.now() - started
  connection.close()
  if (rc !== 0) throw new Error(`${argv.join(' ')} failed:\n${output.slice(-2000)}`)
  return ms
}

const DJANGO = `
import os, sys, time
sys.path.insert(0, sys.argv[1])
os.environ['DJANGO_SETTINGS_MODULE'] = 'settings'
import django
django.setup()
from django.core.management import call_command
started = time.perf_counter()
call_command(*sys.argv[2:], verbosity=0)
print((time.perf_counter() - started) * 1000)
`

function django(files: Record<string, string>, app: string, argv: string[]): number | string {
  let site: string
  try {
    site = execFileSync('/work/shared/oracle/install-django.sh', { encoding: 'utf8' }).trim()
  } catch {
    return 'Django oracle not installed'
  }
  const dir = mkdtempSync(join(tmpdir(), 'bench-big-'))
  try {
    writeFileSync(
      join(dir, 'settings.py'),
      `SECRET_KEY = 'bench'\nINSTALLED_APPS = ['${app}']\nDATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': '${join(dir, 'db.sqlite3')}'}}\nDEFAULT_AUTO_FIELD = 'django.db.models.BigAutoField'\nUSE_TZ = True\n`,
    )
    mkdirSync(join(dir, app, 'migrations'), { recursive: true })
    writeFileSync(join(dir, app, '__init__.py'), '')
    for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text)
    const run = spawnSync('python3', ['-c', DJANGO, dir, ...argv], {
      env: { ...process.env, PYTHONPATH: site },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    })
    if (run.status !== 0) return `Django failed: ${run.stderr.split('\n').slice(-3).join(' ')}`
    return Number(run.stdout.trim())
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function row(what: string, oursMs: number, djangoMs: number | string): string {
  const reference = typeof djangoMs === 'number' ? `${djangoMs.toFixed(0)} ms` : djangoMs
  const ratio = typeof djangoMs === 'number' ? `${(oursMs / djangoMs).toFixed(2)}x Django's time` : ''
  return `${what.padEnd(44)} ours ${oursMs.toFixed(0).padStart(7)} ms   Django ${reference.padStart(9)}   ${ratio}`
}

const codeCache = new CodeCache()
await ours(
  { 'warm/models.py': 'from django.db import models\n', 'warm/migrations/__init__.py': '' },
  ['check'],
  codeCache,
)
const modelsFiles = { 'big/models.py': bigModels(), 'big/migrations/__init__.py': '' }
const makeOurs = await ours(modelsFiles, ['makemigrations', 'big'], codeCache)
const makeDjango = django(modelsFiles, 'big', ['makemigrations', 'big'])
const history = longHistory()
const migrateOurs = await ours(history, ['migrate'], codeCache)
const migrateDjango = django(history, 'hist', ['migrate'])
process.stdout.write(
  `${row(`makemigrations, ${MODELS} models`, makeOurs, makeDjango)}\n${row(`migrate, ${MIGRATIONS}-migration history`, migrateOurs, migrateDjango)}\n`,
)
