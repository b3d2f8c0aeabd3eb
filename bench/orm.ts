/**
 * The ORM on the interpreter: a RunPython back-fill of 100 000 rows in batches of 1 000 (filter, slice,
 * bulk_update on historical models) and a shell script of mixed queries (filters across a relation,
 * aggregates, annotate, values, get, update, delete). Ours runs `manage()` on sql.js in this process;
 * the reference is Django 5.2 on native SQLite (`call_command`, timed inside python3, start-up
 * excluded). Both start from the same files and the same rows. Goal: no slower than 2x Django.
 * The shell script's time is the fastest of SHELL_RUNS runs on each side. Our commands share one
 * CodeCache, as the page's worker does (Django's modules compile once), just as Django's side has its
 * modules imported before the clock starts.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import initSqlJs from 'sql.js'
import { MemoryFiles } from '../src/engine/files'
import type { SqliteConnection } from '../src/engine/connection'
import { manage } from '../src/engine/management/manage'
import { CodeCache } from '../src/engine/python/code-cache'
import { SqlJsConnection } from '../src/worker/sqljs-connection'
import type { BenchRow, BenchSuite } from './suite'

const ROWS = 100_000
/** The shell script runs this many times on each side and the fastest run counts (the machine is shared). */
const SHELL_RUNS = 3

const MODELS = `from django.db import models


class Customer(models.Model):
    name = models.CharField(max_length=50)


class Order(models.Model):
    number = models.IntegerField()
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name='orders')
    total = models.DecimalField(max_digits=10, decimal_places=2, default=0)
    reference = models.CharField(max_length=20, null=True)
`

const INITIAL = `from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):

    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name='Customer',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=50)),
            ],
        ),
        migrations.CreateModel(
            name='Order',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('number', models.IntegerField()),
                ('total', models.DecimalField(decimal_places=2, default=0, max_digits=10)),
                ('reference', models.CharField(max_length=20, null=True)),
                ('customer', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='orders', to='shop.customer')),
            ],
        ),
    ]
`

const BACKFILL = `from django.db import migrations


def backfill(apps, schema_editor):
    Order = apps.get_model('shop', 'Order')
    last = 0
    while True:
        batch = list(Order.objects.filter(pk__gt=last, reference__isnull=True).order_by('pk')[:1000])
        if not batch:
            break
        for order in batch:
            order.reference = 'ORD-%06d' % order.number
        Order.objects.bulk_update(batch, ['reference'])
        last = batch[-1].pk


class Migration(migrations.Migration):

    dependencies = [('shop', '0001_initial')]

    operations = [migrations.RunPython(backfill, migrations.RunPython.noop)]
`

const SHELL = `from django.db.models import Count, Sum, Avg, Q, F
for i in range(20):
    Customer.objects.filter(name__startswith='c1').count()
    list(Order.objects.filter(customer__name='c%d' % i, number__lt=50000).order_by('-number')[:20])
    Order.objects.filter(Q(number__lt=100) | Q(number__gt=99900)).aggregate(Sum('total'), Avg('number'))
    list(Customer.objects.annotate(n=Count('orders')).filter(n__gt=0).order_by('-n')[:5])
    list(Order.objects.values('customer__name').annotate(t=Sum('total')).order_by('customer__name')[:10])
    Order.objects.get(number=i + 1)
    Order.objects.filter(number__lt=10).update(total=F('total') + 1)
    list(Order.objects.filter(number__range=(1000 + i, 1100 + i)))
`

const SEED = [
  "INSERT INTO shop_customer (name) WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 99) SELECT 'c' || i FROM n",
  `INSERT INTO shop_order (number, customer_id, total, reference) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${ROWS}) SELECT i, (i % 100) + 1, (i % 1000) / 10.0, NULL FROM n`,
]

async function ours(): Promise<{ backfill: number; shell: number; note?: string }> {
  const SQL = await initSqlJs()
  const files = new MemoryFiles({
    'shop/models.py': MODELS,
    'shop/migrations/__init__.py': '',
    'shop/migrations/0001_initial.py': INITIAL,
    'shop/migrations/0002_backfill.py': BACKFILL,
  })
  const db: SqliteConnection = SqlJsConnection.open(SQL)
  const codeCache = new CodeCache()
  let out = ''
  const ctx = (stdin: string[] = []) => ({
    files,
    connection: () => db,
    io: {
      stdout: (t: string) => void (out += t),
      stderr: (t: string) => void (out += t),
      readLine: async () => stdin.shift() ?? null,
    },
    clock: { now: () => new Date() },
    codeCache,
  })
  await manage(['migrate', 'shop', '0001'], ctx())
  for (const statement of SEED) db.executeScript(statement)
  let start = performance.now()
  const status = await manage(['migrate', 'shop', '0002'], ctx())
  const backfill = performance.now() - start
  const filled = db.query('SELECT COUNT(*) FROM shop_order WHERE reference IS NULL').rows[0]![0]
  let shell = Infinity
  let shellStatus = 0
  for (let run = 0; run < SHELL_RUNS; run++) {
    start = performance.now()
    shellStatus = Math.max(shellStatus, await manage(['shell'], ctx(SHELL.split('\n'))))
    shell = Math.min(shell, performance.now() - start)
  }
  const note = status !== 0 || shellStatus !== 0 || filled !== 0 ? `failed: ${out.slice(-300)}` : undefined
  return { backfill, shell, ...(note !== undefined ? { note } : {}) }
}

const DJANGO = String.raw`
import io, os, sys, time
sys.path.insert(0, sys.argv[1])
os.environ['DJANGO_SETTINGS_MODULE'] = 'settings'
import django
django.setup()
from django.core.management import call_command
from django.db import connection
call_command('migrate', 'shop', '0001', verbosity=0)
with connection.cursor() as c:
    for s in sys.argv[2:]:
        c.execute(s)
t = time.perf_counter()
call_command('migrate', 'shop', '0002', verbosity=0)
backfill = time.perf_counter() - t
sys.stdin = io.StringIO(open(os.path.join(sys.argv[1], 'script.py')).read())
shell = float('inf')
for run in range(int(os.environ['SHELL_RUNS'])):
    t = time.perf_counter()
    call_command('shell', command=open(os.path.join(sys.argv[1], 'script.py')).read(), verbosity=0)
    shell = min(shell, time.perf_counter() - t)
print(backfill * 1000, shell * 1000)
`

function django(): { backfill: number; shell: number } | string {
  let site: string
  try {
    site = execFileSync('/work/shared/oracle/install-django.sh', { encoding: 'utf8' }).trim()
  } catch {
    return 'Django not installed'
  }
  const dir = mkdtempSync(join(tmpdir(), 'orm-bench-'))
  try {
    mkdirSync(join(dir, 'shop', 'migrations'), { recursive: true })
    writeFileSync(join(dir, 'shop', '__init__.py'), '')
    writeFileSync(join(dir, 'shop', 'migrations', '__init__.py'), '')
    writeFileSync(join(dir, 'shop', 'models.py'), MODELS)
    writeFileSync(join(dir, 'shop', 'migrations', '0001_initial.py'), INITIAL)
    writeFileSync(join(dir, 'shop', 'migrations', '0002_backfill.py'), BACKFILL)
    writeFileSync(join(dir, 'script.py'), SHELL)
    writeFileSync(
      join(dir, 'settings.py'),
      `INSTALLED_APPS = ['shop']\nDATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': ${JSON.stringify(join(dir, 'db.sqlite3'))}}}\nUSE_TZ = True\nSECRET_KEY = 'bench'\nDEFAULT_AUTO_FIELD = 'django.db.models.BigAutoField'\n`,
    )
    const run = spawnSync('python3', ['-c', DJANGO, dir, ...SEED], {
      env: { ...process.env, PYTHONPATH: site, SHELL_RUNS: String(SHELL_RUNS) },
      encoding: 'utf8',
    })
    if (run.status !== 0) return run.stderr.slice(-300)
    const [backfill, shell] = run.stdout.trim().split(/\s+/).map(Number) as [number, number]
    return { backfill, shell }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export const suite: BenchSuite = {
  name: 'orm',
  description: `RunPython back-fill of ${ROWS.toLocaleString('en')} rows in batches of 1 000, and a shell script of mixed queries, next to Django 5.2 on native SQLite`,
  reference: 'Django 5.2',
  async run(): Promise<BenchRow[]> {
    const mine = await ours()
    const theirs = django()
    const ref = typeof theirs === 'string' ? null : theirs
    const note = typeof theirs === 'string' ? theirs : mine.note
    return [
      {
        name: `RunPython back-fill (${ROWS.toLocaleString('en')} rows, batches of 1 000)`,
        oursMs: mine.backfill,
        referenceMs: ref?.backfill ?? null,
        ...(note !== undefined ? { note } : {}),
      },
      { name: 'shell: mixed queries (160)', oursMs: mine.shell, referenceMs: ref?.shell ?? null },
    ]
  },
}
