import initSqlJs from 'sql.js'
import { describe, expect, it } from 'vitest'
import { createWorkerApi, type Terminal, type WorkerApi } from '../../../src/worker/api'
import { classifyConsoleInput } from '../../../src/worker/python-console'
import type { Result } from '../../../src/worker/result'
import { isCompleteSql } from '../../../src/worker/sqlite-shell'

const MODELS = `from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=100)
`

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected a value, got ${result.error.name}: ${result.error.message}`)
  return result.value
}

async function migrated(): Promise<WorkerApi> {
  const api = createWorkerApi(await initSqlJs())
  value(await api.setFiles({ 'library/models.py': MODELS, 'library/migrations/__init__.py': '' }))
  value(await api.manage(['makemigrations'], []))
  value(await api.manage(['migrate'], []))
  return api
}

/** A terminal that types `lines` one by one and records the screen as a learner sees it (input echoed). */
function typist(lines: string[]): { terminal: Terminal; screen: () => string } {
  let screen = ''
  return {
    terminal: {
      stdout: (text) => void (screen += text),
      stderr: (text) => void (screen += text),
      readLine: async () => {
        const line = lines.shift() ?? null
        if (line !== null) screen += `${line}\n`
        return line
      },
    },
    screen: () => screen,
  }
}

describe('python manage.py shell on a terminal', () => {
  it("is CPython's interactive console: banner, >>> and ... prompts, echoed values, state kept, tracebacks", async () => {
    const api = await migrated()
    const { terminal, screen } = typist([
      'x = 1',
      'if x:',
      '    print("yes")',
      '',
      'x + 1',
      "Author.objects.create(name='Ann').name",
      'Author.objects.count()',
      '1/0',
      'def f(',
      '  a):',
      '    return a',
      '',
      'f(3)',
      'None',
      '"s"',
    ])
    const outcome = value(await api.manage(['shell'], terminal))
    expect(outcome.status).toBe(0)
    expect(screen()).toBe(
      [
        '1 object imported automatically (use -v 2 for details).',
        '',
        'Python 3.11.7 (main) [migration-playground] on linux',
        'Type "help", "copyright", "credits" or "license" for more information.',
        '(InteractiveConsole)',
        '>>> x = 1',
        '>>> if x:',
        '...     print("yes")',
        '... ',
        'yes',
        '>>> x + 1',
        '2',
        ">>> Author.objects.create(name='Ann').name",
        "'Ann'",
        '>>> Author.objects.count()',
        '1',
        '>>> 1/0',
        'Traceback (most recent call last):',
        '  File "<console>", line 1, in <module>',
        'ZeroDivisionError: division by zero',
        '>>> def f(',
        '...   a):',
        '...     return a',
        '... ',
        '>>> f(3)',
        '3',
        '>>> None',
        '>>> "s"',
        "'s'",
        '>>> ',
        'now exiting InteractiveConsole...',
        '',
      ].join('\n'),
    )
  })

  it('ends at exit() with its status', async () => {
    const api = await migrated()
    const { terminal } = typist(['exit(3)', 'print("never")'])
    expect(value(await api.manage(['shell'], terminal)).status).toBe(3)
  })

  it('waits for more input while a bracket is open or a block is not ended, and not after a complete line', () => {
    expect(
      ['x = (1,', 'for i in y:', 'class A:\n    pass', 'x = 1', '1 +', 'for i in y:\n    pass\n'].map(
        (source) => classifyConsoleInput(source).kind,
      ),
    ).toEqual(['more', 'more', 'more', 'statement', 'error', 'statement'])
  })
})

describe('python manage.py dbshell', () => {
  it("is sqlite3's shell on the database: list mode rows, .tables, .schema, errors, .quit", async () => {
    const api = await migrated()
    const { terminal, screen } = typist([
      "INSERT INTO library_author (name) VALUES ('Ann'), (NULL);",
      'SELECT id, name',
      'FROM library_author;',
      '.tables',
      '.schema library_author',
      'SELECT * FROM nope;',
      '.bogus',
      '.quit',
    ])
    const outcome = value(await api.manage(['dbshell'], terminal))
    expect(outcome.status).toBe(0)
    expect(screen()).toBe(
      [
        `SQLite version ${value(await api.status()).sqliteVersion}`,
        'Enter ".help" for usage hints.',
        "sqlite> INSERT INTO library_author (name) VALUES ('Ann'), (NULL);",
        'Runtime error: NOT NULL constraint failed: library_author.name',
        'sqlite> SELECT id, name',
        '   ...> FROM library_author;',
        'sqlite> .tables',
        'django_migrations  library_author   ',
        'sqlite> .schema library_author',
        'CREATE TABLE IF NOT EXISTS "library_author" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(100) NOT NULL);',
        'sqlite> SELECT * FROM nope;',
        'Parse error: no such table: nope',
        'sqlite> .bogus',
        'Error: unknown command or invalid arguments:  "bogus". Enter ".help" for help',
        'sqlite> .quit',
        '',
      ].join('\n'),
    )
  })

  it('prints only the rows when its input is piped in', async () => {
    const api = await migrated()
    const outcome = value(
      await api.manage(
        ['dbshell'],
        ["INSERT INTO library_author (name) VALUES ('Ann');", 'SELECT * FROM library_author;'],
      ),
    )
    expect(outcome.stdout).toBe('1|Ann\n')
  })

  it('judges SQL complete at a semicolon outside strings and comments', () => {
    expect(
      ["SELECT ';'", "SELECT ';';", 'SELECT 1; -- done', 'SELECT 1 /* ; */', 'SELECT 1;\n'].map(
        isCompleteSql,
      ),
    ).toEqual([false, true, true, false, true])
  })
})
