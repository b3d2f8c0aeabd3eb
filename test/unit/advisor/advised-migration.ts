import initSqlJs from 'sql.js'
import { adviseMigration, type Finding } from '../../../src/engine/advisor'
import { inSchemaEditor } from '../../../src/engine/backends/sqlite/schema-block'
import { createProjectLoader } from '../../../src/engine/django/project-loader'
import { MemoryFiles } from '../../../src/engine/files'
import { applyOperations } from '../../../src/engine/migrations/executor'
import { mutateState } from '../../../src/engine/migrations/loader'
import { ProjectState } from '../../../src/engine/migrations/project-state'
import { CodeCache } from '../../../src/engine/python/code-cache'
import { SqlJsConnection } from '../../../src/worker/sqljs-connection'

/** Compiled Django and stdlib modules, shared by every migration the advisor tests load. */
const codeCache = new CodeCache()
const sqlJs = initSqlJs()
const clock = { now: () => new Date(Date.UTC(2026, 10, 25, 12, 0)) }

/** The app's models.py (what a migration importing models directly gets). */
export const MODELS = `from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=50)


class Book(models.Model):
    title = models.CharField(max_length=50)
    author = models.ForeignKey(Author, on_delete=models.CASCADE, null=True)
`

/** shop/migrations/0001_initial.py as Django 5.2 writes it for MODELS. */
export const INITIAL = `from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):

    initial = True

    dependencies = [
    ]

    operations = [
        migrations.CreateModel(
            name='Author',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=50)),
            ],
        ),
        migrations.CreateModel(
            name='Book',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('title', models.CharField(max_length=50)),
                ('author', models.ForeignKey(null=True, on_delete=django.db.models.deletion.CASCADE, to='shop.author')),
            ],
        ),
    ]
`

/** A second migration of the shop app: `header` goes after the imports (functions), `operations` inside the list. */
export function secondMigration(operations: string, header = ''): string {
  return `from django.db import migrations, models
import django.db.models.deletion
import uuid
${header}

class Migration(migrations.Migration):

    dependencies = [
        ('shop', '0001_initial'),
    ]

    operations = [
${operations}
    ]
`
}

/** What the advisor said about a migration, with the SQL it read. */
export interface Advice {
  readonly findings: Finding[]
  readonly sql: string[]
}

/**
 * Loads shop's 0001_initial and `source` as 0002 through the bridge, collects 0002's SQL from the
 * SQLite schema editor on sql.js, and returns the advisor's findings for 0002.
 */
export async function adviseSecond(
  source: string,
  options: { rowCounts?: Record<string, number>; initial?: string } = {},
): Promise<Advice> {
  const files = new MemoryFiles({
    'shop/models.py': MODELS,
    'shop/migrations/__init__.py': '',
    'shop/migrations/0001_initial.py': options.initial ?? INITIAL,
    'shop/migrations/0002_change.py': source,
  })
  const loaded = await createProjectLoader({ codeCache }).migrations(files)
  if (loaded.kind === 'failure') throw new Error(loaded.stderr)
  const [initial, second] = [...loaded.migrations].sort((a, b) => a.name.localeCompare(b.name))
  const stateBefore = mutateState(initial!, ProjectState.empty())
  const connection = SqlJsConnection.open(await sqlJs)
  const editor = await inSchemaEditor(
    { connection, collectSql: true, atomic: second!.atomic, defaults: clock },
    async (e) => {
      await applyOperations(second!, stateBefore, e, { runPython: async () => {} })
      return e
    },
  )
  const sql = [...editor.collected]
  const findings = adviseMigration({
    migration: second!,
    stateBefore,
    sql,
    source,
    ...(options.rowCounts === undefined ? {} : { rowCounts: new Map(Object.entries(options.rowCounts)) }),
  })
  return { findings, sql }
}

/** The findings as `rule severity #operation` lines, for whole-difference assertions. */
export function summary(advice: Advice): string[] {
  return advice.findings.map((f) => `${f.rule} ${f.severity} #${f.operationIndex}`)
}
