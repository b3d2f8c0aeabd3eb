import initSqlJs from 'sql.js'
import { describe, expect, it } from 'vitest'
import { createWorkerApi, type Terminal, type WorkerApi } from '../../../src/worker/api'
import type { Result } from '../../../src/worker/result'

const MODELS = `from django.db import models


class Book(models.Model):
    title = models.CharField(max_length=100)
`

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected a value, got ${result.error.name}: ${result.error.message}`)
  return result.value
}

async function library(): Promise<WorkerApi> {
  const api = createWorkerApi(await initSqlJs())
  value(await api.setFiles({ 'library/models.py': MODELS, 'library/migrations/__init__.py': '' }))
  return api
}

describe('the worker API', () => {
  it('streams a command output chunk by chunk as the command writes it', async () => {
    const api = await library()
    const chunks: string[] = []
    const terminal: Terminal = {
      stdout: (text) => void chunks.push(text),
      stderr: (text) => void chunks.push(`ERR:${text}`),
      readLine: async () => null,
    }
    const outcome = value(await api.manage(['makemigrations'], terminal))
    expect(outcome.status).toBe(0)
    expect(chunks.join('')).toBe(outcome.stdout)
    expect(outcome.stdout).toContain('library/migrations/0001_initial.py')
    expect(Object.keys(value(await api.files()))).toContain('library/migrations/0001_initial.py')
  })

  it('asks its questions through the terminal readLine and uses the answers', async () => {
    const api = await library()
    value(await api.manage(['makemigrations'], []))
    value(await api.manage(['migrate'], []))
    value(await api.writeFile('library/models.py', MODELS + '    pages = models.IntegerField()\n'))
    const asked: string[] = []
    let output = ''
    const answers = ['1', '0']
    const outcome = value(
      await api.manage(['makemigrations'], {
        stdout: (text) => void (output += text),
        stderr: (text) => void (output += text),
        readLine: async () => {
          asked.push(output.split('\n').at(-1) ?? '')
          return answers.shift() ?? null
        },
      }),
    )
    expect({ status: outcome.status, asked }).toEqual({ status: 0, asked: ['Select an option: ', '>>> '] })
  })

  it('describes tables with columns, indexes and row pages after migrate', async () => {
    const api = await library()
    value(await api.manage(['makemigrations'], []))
    value(await api.manage(['migrate'], []))
    const book = value(await api.tables()).find((table) => table.name === 'library_book')
    expect(book?.columns).toEqual([
      { name: 'id', type: 'INTEGER', nullable: false, default: null, primaryKey: true, references: null },
      {
        name: 'title',
        type: 'varchar(100)',
        nullable: false,
        default: null,
        primaryKey: false,
        references: null,
      },
    ])
    value(await api.sql("INSERT INTO library_book (title) VALUES ('Dune'), ('Emma'), ('Ulysses')"))
    expect(value(await api.rows('library_book', 1, 1))).toEqual({
      columns: ['id', 'title'],
      rows: [['2', 'Emma']],
      total: 3,
      offset: 1,
    })
  })

  it('returns SQLite errors of ad-hoc SQL as error Results', async () => {
    const api = await library()
    expect(await api.sql('SELECT * FROM library_book')).toEqual({
      ok: false,
      error: { name: 'SqliteError', message: 'no such table: library_book' },
    })
  })

  it('shows the migration graph with dependencies and applied state', async () => {
    const api = await library()
    value(await api.manage(['makemigrations'], []))
    value(await api.manage(['migrate', 'library'], []))
    value(await api.writeFile('library/models.py', MODELS + '    pages = models.IntegerField(null=True)\n'))
    value(await api.manage(['makemigrations'], []))
    const graph = value(await api.graph())
    expect(graph.nodes.map((node) => [node.id, node.dependencies, node.applied, node.leaf])).toEqual([
      ['library.0001_initial', [], true, false],
      ['library.0002_book_pages', ['library.0001_initial'], false, true],
    ])
  })

  it('logs the SQL migrate ran, grouped by migration', async () => {
    const api = await library()
    value(await api.manage(['makemigrations'], []))
    value(await api.clearSqlLog())
    value(await api.manage(['migrate', 'library'], []))
    const creates = value(await api.sqlLog()).filter((entry) =>
      entry.sql.startsWith('CREATE TABLE "library_book"'),
    )
    expect(creates.map((entry) => entry.group)).toEqual(['migrate library · Applying library.0001_initial'])
  })

  it('labels the SQL each migration ran with the operation it belongs to, as sqlmigrate describes them', async () => {
    const api = await library()
    value(
      await api.writeFile(
        'library/models.py',
        MODELS + '\n\nclass Shelf(models.Model):\n    code = models.IntegerField()\n',
      ),
    )
    value(await api.manage(['makemigrations'], []))
    value(await api.clearSqlLog())
    value(await api.manage(['migrate', 'library'], []))
    const creates = value(await api.sqlLog())
      .filter(
        (entry) =>
          entry.sql.startsWith('CREATE TABLE') || entry.sql.startsWith('INSERT INTO "django_migrations"'),
      )
      .map((entry) => [entry.sql.split('(')[0]!.trim(), entry.operation])
    expect(creates).toEqual([
      ['CREATE TABLE "django_migrations"', undefined],
      ['CREATE TABLE "library_book"', 'Create model Book'],
      ['CREATE TABLE "library_shelf"', 'Create model Shelf'],
      ['INSERT INTO "django_migrations"', undefined],
    ])
  })

  it('restores files and database from a snapshot', async () => {
    const api = await library()
    const before = value(await api.snapshot())
    value(await api.manage(['makemigrations'], []))
    value(await api.manage(['migrate'], []))
    value(await api.restore(before))
    expect({ files: Object.keys(value(await api.files())), tables: value(await api.tables()) }).toEqual({
      files: ['library/migrations/__init__.py', 'library/models.py'],
      tables: [],
    })
  })

  it('diagnoses a syntax error on its line with CPython message', async () => {
    const api = await library()
    const problems = value(
      await api.diagnose({ 'library/models.py': MODELS.replace('max_length=100)', 'max_length=100') }),
    )
    expect(problems).toEqual([
      {
        path: 'library/models.py',
        line: 5,
        column: expect.any(Number),
        message: "SyntaxError: '(' was never closed",
        severity: 'error',
      },
    ])
  })

  it('diagnoses a system check error on the field line', async () => {
    const api = await library()
    const problems = value(
      await api.diagnose({
        'library/models.py': MODELS + '    price = models.DecimalField()\n',
      }),
    )
    expect(problems.map((p) => [p.line, p.message.split(':')[0]])).toEqual([
      [6, 'library.Book.price'],
      [6, 'library.Book.price'],
    ])
  })
})
