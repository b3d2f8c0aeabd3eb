import initSqlJs from 'sql.js'
import { describe, expect, it } from 'vitest'
import { explainErrors } from '../../../src/ui/error-cards'
import { createWorkerApi, type WorkerApi } from '../../../src/worker/api'
import type { Result } from '../../../src/worker/result'

const MODELS = `from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=100)
`

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected a value, got ${result.error.name}: ${result.error.message}`)
  return result.value
}

async function workspace(): Promise<WorkerApi> {
  const api = createWorkerApi(await initSqlJs())
  value(await api.setFiles({ 'library/models.py': MODELS, 'library/migrations/__init__.py': '' }))
  return api
}

/** Runs a command and returns its whole output, as the page explains it. */
async function output(api: WorkerApi, ...argv: string[]): Promise<string> {
  const outcome = value(await api.manage(argv, []))
  return outcome.stdout + outcome.stderr
}

/** The message of a failed SQL box statement. */
async function sqlError(api: WorkerApi, sql: string): Promise<string> {
  const result = await api.sql(sql)
  if (result.ok) throw new Error(`expected ${sql} to fail`)
  return result.error.message
}

function migration(name: string, dependencies: string, operations = ''): string {
  return `from django.db import migrations, models


def forwards(apps, schema_editor):
    pass


class Migration(migrations.Migration):
    dependencies = [${dependencies}]
    operations = [${operations}]
`
}

/** The cards' ids, titles and fixes, for a readable difference when one is wrong. */
function cards(
  text: string,
  files: Record<string, string> = {},
): { id: string; title: string; fixes: string[] }[] {
  return explainErrors(text, files).map((card) => ({
    id: card.id,
    title: card.title,
    fixes: card.fixes.map((fix) =>
      fix.kind === 'run' ? fix.line : fix.kind === 'sql' ? fix.sql : `open ${fix.path}:${fix.lineNumber}`,
    ),
  }))
}

describe('error cards for the errors the engine really prints', () => {
  it('explains "no such table" when the models are used before migrate', async () => {
    const api = await workspace()
    value(await api.manage(['makemigrations'], []))
    expect(cards(await output(api, 'shell', '-c', 'Author.objects.count()'))).toEqual([
      {
        id: 'no-such-table',
        title: 'No such table: library_author',
        fixes: ['python manage.py makemigrations', 'python manage.py migrate'],
      },
    ])
  })

  it('explains a dependency on a migration that does not exist', async () => {
    const api = await workspace()
    value(await api.manage(['makemigrations'], []))
    value(
      await api.writeFile(
        'library/migrations/0002_extra.py',
        migration('0002_extra', "('library', '0009_missing')"),
      ),
    )
    expect(cards(await output(api, 'migrate'))).toEqual([
      {
        id: 'nonexistent-parent',
        title: 'library.0002_extra depends on a migration that does not exist',
        fixes: ['open library/migrations/0002_extra.py:1'],
      },
    ])
  })

  it('explains a duplicate column and offers to fake the migration', async () => {
    const api = await workspace()
    value(await api.manage(['makemigrations'], []))
    value(await api.manage(['migrate'], []))
    value(await api.writeFile('library/models.py', MODELS + '    born = models.IntegerField(null=True)\n'))
    value(await api.manage(['makemigrations'], []))
    value(await api.sql('ALTER TABLE library_author ADD COLUMN born integer NULL'))
    expect(cards(await output(api, 'migrate'))).toEqual([
      {
        id: 'duplicate-column',
        title: 'Duplicate column name: born',
        fixes: [
          'python manage.py migrate library 0002_author_born --fake',
          'open library/migrations/0002_author_born.py:1',
        ],
      },
    ])
  })

  it('explains a NOT NULL constraint failure', async () => {
    const api = await workspace()
    value(await api.manage(['makemigrations'], []))
    value(await api.manage(['migrate'], []))
    expect(cards(await output(api, 'shell', '-c', 'Author.objects.create(name=None)'))).toEqual([
      { id: 'not-null-failed', title: 'NOT NULL constraint failed: library_author.name', fixes: [] },
    ])
  })

  it('explains a table that already exists and offers to fake the migration', async () => {
    const api = await workspace()
    value(await api.manage(['makemigrations'], []))
    value(await api.sql('CREATE TABLE library_author (id integer)'))
    expect(cards(await output(api, 'migrate'))).toEqual([
      {
        id: 'table-exists',
        title: 'Table library_author already exists',
        fixes: [
          'python manage.py migrate library 0001_initial --fake',
          'open library/migrations/0001_initial.py:1',
        ],
      },
    ])
  })

  it('explains SQLite refusing a NOT NULL column without a default (typed in the SQL box)', async () => {
    const api = await workspace()
    value(await api.manage(['makemigrations'], []))
    value(await api.manage(['migrate'], []))
    value(await api.sql("INSERT INTO library_author (name) VALUES ('Ann')"))
    const message = await sqlError(api, 'ALTER TABLE library_author ADD COLUMN age integer NOT NULL')
    expect(cards(message).map((card) => card.id)).toEqual(['not-null-column'])
  })

  it('explains two leaf migrations and offers makemigrations --merge', async () => {
    const api = await workspace()
    value(await api.manage(['makemigrations'], []))
    value(
      await api.writeFile('library/migrations/0002_a.py', migration('0002_a', "('library', '0001_initial')")),
    )
    value(
      await api.writeFile('library/migrations/0002_b.py', migration('0002_b', "('library', '0001_initial')")),
    )
    expect(cards(await output(api, 'migrate'))).toEqual([
      {
        id: 'multiple-leaves',
        title: 'Two migrations claim to be the latest',
        fixes: ['python manage.py makemigrations --merge'],
      },
    ])
  })

  it('explains an inconsistent history and offers to record the missing dependency, after which migrate runs', async () => {
    const api = await workspace()
    value(await api.manage(['makemigrations'], []))
    value(
      await api.writeFile('library/migrations/0002_b.py', migration('0002_b', "('library', '0001_initial')")),
    )
    value(await api.manage(['migrate'], []))
    value(await api.sql("DELETE FROM django_migrations WHERE name = '0001_initial'"))
    expect(cards(await output(api, 'migrate'))).toEqual([
      {
        id: 'inconsistent-history',
        title: 'Inconsistent migration history',
        fixes: [
          "INSERT INTO django_migrations (app, name, applied) VALUES ('library', '0001_initial', datetime('now'))",
        ],
      },
    ])
    const fix = explainErrors(await output(api, 'migrate'))[0]?.fixes[0]
    if (fix?.kind !== 'sql') throw new Error('expected a SQL fix')
    value(await api.sql(fix.sql))
    expect(await output(api, 'migrate')).toContain('No migrations to apply.')
  })

  it('explains an irreversible migration and opens its file', async () => {
    const api = await workspace()
    value(await api.manage(['makemigrations'], []))
    value(
      await api.writeFile(
        'library/migrations/0002_data.py',
        migration('0002_data', "('library', '0001_initial')", 'migrations.RunPython(forwards)'),
      ),
    )
    value(await api.manage(['migrate'], []))
    expect(cards(await output(api, 'migrate', 'library', '0001'))).toEqual([
      {
        id: 'irreversible',
        title: 'library.0002_data cannot be unapplied',
        fixes: ['open library/migrations/0002_data.py:1'],
      },
    ])
  })

  it('explains a system check error and opens the model at its line', async () => {
    const api = await workspace()
    value(await api.writeFile('library/models.py', MODELS + '    price = models.DecimalField()\n'))
    expect(cards(await output(api, 'makemigrations'), value(await api.files()))).toEqual([
      {
        id: 'system-check',
        title: 'System check error on library.Author.price',
        fixes: ['open library/models.py:6'],
      },
    ])
  })
})
