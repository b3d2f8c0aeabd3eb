/** Checks evaluated on a real workspace: the engine's manage.py on sql.js, before and after the commands. */
import { createRequire } from 'node:module'
import initSqlJs from 'sql.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { evaluateChecks, type CheckResult } from '../../../src/engine/lessons/check-evaluator'
import { checkFromYaml } from '../../../src/engine/lessons/lesson-check'
import {
  openWorkspace,
  type LessonWorkspace,
  type WorkspacePorts,
} from '../../../src/engine/lessons/lesson-workspace'
import { parseScenarioLines } from '../../../src/engine/lessons/scenario-file'
import { replaySteps } from '../../../src/engine/lessons/scenario-replay'
import { CodeCache } from '../../../src/engine/python/code-cache'
import { SqlJsConnection } from '../../../src/worker/sqljs-connection'

const CHECKS = [
  { kind: 'table', label: 'book table', table: 'library_book' },
  { kind: 'table', label: 'no author table', table: 'library_author', absent: true },
  {
    kind: 'column',
    label: 'title',
    table: 'library_book',
    column: 'title',
    type: 'VARCHAR(200)',
    null: false,
  },
  { kind: 'column', label: 'pages nullable', table: 'library_book', column: 'pages', null: true },
  { kind: 'index', label: 'index on title', table: 'library_book', columns: ['title'] },
  { kind: 'constraint', label: 'pages positive', table: 'library_book', name: 'pages_positive' },
  { kind: 'applied', label: '0001 applied', migration: 'library.0001_initial' },
  { kind: 'applied', label: '0002 not applied', migration: 'library.0002_x', applied: false },
  { kind: 'no-pending-changes', label: 'no changes' },
  { kind: 'migration', label: 'initial', app: 'library', name: '0001_*', operations: ['CreateModel'] },
  { kind: 'shell', label: 'count', code: 'print(Book.objects.count())', output: '2\n' },
  { kind: 'ran', label: 'ran sqlmigrate', command: 'sqlmigrate library' },
  { kind: 'rows', label: 'long books', table: 'library_book', count: 1, where: 'pages > 300' },
].map(checkFromYaml)

const MODELS = `from django.db import models


class Book(models.Model):
    title = models.CharField(max_length=200, db_index=True)
    pages = models.IntegerField(null=True)

    class Meta:
        constraints = [models.CheckConstraint(condition=models.Q(pages__gt=0), name="pages_positive")]
`

const SOLUTION = `@@ write library/models.py
${MODELS}@@ run makemigrations
@@ run migrate
@@ run sqlmigrate library 0001
@@ sql
INSERT INTO library_book (title, pages) VALUES ('Dune', 412), ('Emma', 120);
`

function verdicts(results: readonly CheckResult[]): string[] {
  return results.map((r) => `${r.passed ? '✓' : '✗'} ${r.label}: ${r.reason}`)
}

describe('evaluating checks', () => {
  let ports: WorkspacePorts
  let workspace: LessonWorkspace

  beforeAll(async () => {
    const require = createRequire(import.meta.url)
    const SQL = await initSqlJs({ locateFile: (file: string) => require.resolve(`sql.js/dist/${file}`) })
    ports = {
      openDatabase: (bytes) => SqlJsConnection.open(SQL, bytes),
      runner: { clock: { now: () => new Date() }, codeCache: new CodeCache() },
    }
    workspace = openWorkspace(
      {
        files: {
          'library/models.py': 'from django.db import models\n',
          'library/migrations/__init__.py': '',
        },
        database: null,
      },
      ports,
    )
  })

  it('fails every check but the ones about absence on an empty project, saying why', async () => {
    expect(verdicts(await evaluateChecks(CHECKS, workspace.checkContext([])))).toEqual([
      '✗ book table: there is no table library_book',
      '✓ no author table: there is no table library_author',
      '✗ title: there is no table library_book',
      '✗ pages nullable: there is no table library_book',
      '✗ index on title: there is no table library_book',
      '✗ pages positive: there is no table library_book',
      '✗ 0001 applied: library.0001_initial is not applied',
      '✓ 0002 not applied: library.0002_x is not applied',
      '✓ no changes: makemigrations --check finds no changes',
      '✗ initial: no migration library/migrations/0001_*.py',
      "✗ count: the code fails: NameError: name 'Book' is not defined. Did you mean: 'bool'?",
      '✗ ran sqlmigrate: manage.py sqlmigrate library has not been run yet',
      '✗ long books: there is no table library_book',
    ])
  })

  it('passes every check once the solution is replayed, and leaves the workspace as the shell check found it', async () => {
    const runs = await replaySteps(
      parseScenarioLines(SOLUTION, 'solution.txt').map(({ step, line }) => ({
        step,
        line,
        file: 'solution.txt',
      })),
      workspace,
    )
    expect(runs.map((run) => [run.argv.join(' '), run.outcome.status])).toEqual([
      ['makemigrations', 0],
      ['migrate', 0],
      ['sqlmigrate library 0001', 0],
    ])
    const before = workspace.state()
    const results = await evaluateChecks(CHECKS, workspace.checkContext(runs.map((run) => run.argv)))
    expect(verdicts(results).filter((line) => line.startsWith('✗'))).toEqual([])
    expect(workspace.state()).toEqual(before)
  })
})
