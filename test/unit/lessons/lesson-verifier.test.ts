/** What lessons:check reports for a lesson: sound, or each problem an author can leave in it. */
import { createRequire } from 'node:module'
import initSqlJs from 'sql.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseLesson } from '../../../src/engine/lessons/lesson'
import type { WorkspacePorts } from '../../../src/engine/lessons/lesson-workspace'
import { verifyLesson } from '../../../src/engine/lessons/lesson-verifier'
import { CodeCache } from '../../../src/engine/python/code-cache'
import { SqlJsConnection } from '../../../src/worker/sqljs-connection'

const MODELS = `from django.db import models


class Book(models.Model):
    title = models.CharField(max_length=200)
`

const LESSON_MD = `---
title: A first model
summary: One sentence.
goals: [Declare a model]
checks:
  - { kind: table, label: "The table exists", table: library_book }
  - { kind: ran, label: "Ran migrate", command: migrate }
---
\`\`\`console
$ python manage.py makemigrations
Migrations for 'library':
  library/migrations/0001_initial.py
    + Create model Book
$ python manage.py showmigrations library
library
 [ ] 0001_initial
\`\`\`
`

const SOLUTION = `@@ write library/models.py
${MODELS}@@ run makemigrations
@@ run migrate
`

describe('verifying a lesson', () => {
  let ports: WorkspacePorts
  let initial: string

  beforeAll(async () => {
    const require = createRequire(import.meta.url)
    const SQL = await initSqlJs({ locateFile: (file: string) => require.resolve(`sql.js/dist/${file}`) })
    ports = {
      openDatabase: (bytes) => SqlJsConnection.open(SQL, bytes),
      runner: { clock: { now: () => new Date(Date.UTC(2026, 0, 2, 3, 4)) }, codeCache: new CodeCache() },
    }
    const solved = await verifyLesson(
      lesson({}),
      { files: { 'library/models.py': '' }, database: null },
      ports,
    )
    initial = solved.replayedFiles!['library/migrations/0001_initial.py']!
  })

  function lesson(files: Record<string, string>) {
    return parseLesson({
      dir: 'lessons/01-x/01-y',
      files: {
        'lesson.md': LESSON_MD,
        'start/library/models.py': 'from django.db import models\n',
        'solution/solution.txt': SOLUTION,
        'solution/library/models.py': MODELS,
        ...files,
      },
    })
  }

  it('reports a wrong console claim with both outputs, and solution files the replay does not leave', async () => {
    const report = await verifyLesson(lesson({}), { files: lesson({}).start!, database: null }, ports)
    expect(report.problems).toEqual([
      'solution/library/migrations/0001_initial.py is missing: replaying solution.txt creates it',
      "lesson.md:14: '$ python manage.py showmigrations library' prints\n    | library\n    |  [X] 0001_initial\n  but the lesson claims\n    | library\n    |  [ ] 0001_initial",
    ])
  })

  it('finds a sound lesson sound, its solution migration compared without the time it was generated', async () => {
    const sound = lesson({
      'lesson.md': LESSON_MD.replace(' [ ] 0001_initial', ' [X] 0001_initial'),
      'solution/library/migrations/0001_initial.py': initial.replace('2026-01-02 03:04', '2020-05-06 07:08'),
    })
    const report = await verifyLesson(sound, { files: sound.start!, database: null }, ports)
    expect(report.problems).toEqual([])
    expect(report.solved?.files['library/migrations/0001_initial.py']).toBe(initial)
  })

  it('reports a start state that already passes every check', async () => {
    const already = lesson({
      'lesson.md': LESSON_MD.replace(
        /checks:\n[^]*?---/,
        'checks:\n  - { kind: table, label: "No table", table: t, absent: true }\n---',
      ),
    })
    const report = await verifyLesson(already, { files: already.start!, database: null }, ports)
    expect(report.problems[0]).toBe(
      'the start state already passes every check (at least one must fail before the learner acts)',
    )
  })
})
