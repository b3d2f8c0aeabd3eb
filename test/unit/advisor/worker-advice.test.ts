import initSqlJs from 'sql.js'
import { describe, expect, it } from 'vitest'
import { createWorkerApi } from '../../../src/worker/api'
import type { Result } from '../../../src/worker/result'

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected a value, got ${result.error.name}: ${result.error.message}`)
  return result.value
}

const BEFORE = `from django.db import models


class Book(models.Model):
    title = models.CharField(max_length=100)
`

/** A hand-written second migration: Django's makemigrations would have asked for a default. */
const SECOND = `from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('library', '0001_initial'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='book',
            name='title',
        ),
        migrations.AddField(
            model_name='book',
            name='name',
            field=models.CharField(max_length=200),
        ),
    ]
`

describe("the worker's advise method", () => {
  it('reports the findings of a migration on disk, with the rows of the database now', async () => {
    const api = createWorkerApi(await initSqlJs())
    value(await api.setFiles({ 'library/models.py': BEFORE, 'library/migrations/__init__.py': '' }))
    expect(value(await api.manage(['makemigrations'], [])).status).toBe(0)
    expect(value(await api.manage(['migrate'], [])).status).toBe(0)
    value(await api.sql("INSERT INTO library_book (title) VALUES ('a'), ('b'), ('c')"))
    value(await api.writeFile('library/migrations/0002_name.py', SECOND))
    const findings = value(await api.advise('library', '0002_name'))
    expect(findings.map((f) => `${f.rule} ${f.severity} #${f.operationIndex}`)).toEqual([
      'column-dropped warning #0',
      'not-null-column-without-default error #1',
      'sqlite-table-rebuild info #1',
    ])
    expect(findings[0]!.explanation).toContain('(3 rows)')
  })

  it('answers an error for a migration that does not exist', async () => {
    const api = createWorkerApi(await initSqlJs())
    value(await api.setFiles({ 'library/models.py': BEFORE, 'library/migrations/__init__.py': '' }))
    const result = await api.advise('library', '0009_nothing')
    expect(result.ok ? 'ok' : result.error.message).toBe('No migration library.0009_nothing')
  })
})
