/** The lesson format: what parses, and the file and line named for each mistake an author can make. */
import { describe, expect, it } from 'vitest'
import { loadCourse, startPlan } from '../../../src/engine/lessons/course'
import { consoleClaims, outputMatches } from '../../../src/engine/lessons/console-block'
import { parseLesson, type LessonSource } from '../../../src/engine/lessons/lesson'
import { LessonFormatError } from '../../../src/engine/lessons/lesson-error'
import { globMatches, migrationOperations } from '../../../src/engine/lessons/migration-operations'

const DIR = 'lessons/01-the-orm/01-first'

function md(checks: string, extra = ''): string {
  return `---
title: A first model
summary: One sentence.
goals: [Declare a model]
checks:
${checks}
hints: [Look at the fields]
${extra}---
Body.
`
}

const VALID_CHECKS = `  - { kind: table, label: The table exists, table: library_book }
  - { kind: column, label: A title, table: library_book, column: title, type: varchar(200), null: false }`

function source(files: Record<string, string>): LessonSource {
  return {
    dir: DIR,
    files: {
      'start/library/models.py': 'from django.db import models\n',
      'solution/solution.txt': '@@ run migrate\n',
      'solution/library/models.py': 'from django.db import models\n',
      ...files,
    },
  }
}

function errorOf(files: Record<string, string>): string {
  try {
    parseLesson(source(files))
  } catch (error) {
    if (error instanceof LessonFormatError) return error.message
    throw error
  }
  throw new Error('the lesson parsed without an error')
}

describe('parsing a lesson', () => {
  it('reads the front matter, the checks with their defaults, and lays out the migrations package', () => {
    const lesson = parseLesson(source({ 'lesson.md': md(VALID_CHECKS) }))
    expect(lesson.id).toBe('01-the-orm/01-first')
    expect(lesson.checks).toEqual([
      { kind: 'table', label: 'The table exists', table: 'library_book', absent: false },
      {
        kind: 'column',
        label: 'A title',
        table: 'library_book',
        column: 'title',
        type: 'varchar(200)',
        null: false,
        absent: false,
      },
    ])
    expect(lesson.start).toEqual({
      'library/models.py': 'from django.db import models\n',
      'library/migrations/__init__.py': '',
    })
    expect(lesson.solution.map((s) => [s.step.kind, s.line])).toEqual([['run', 1]])
  })

  it('names the line of an unknown check kind', () => {
    expect(
      errorOf({ 'lesson.md': md(`  - { kind: table, label: a, table: t }\n  - { kind: tables, label: b }`) }),
    ).toBe(
      `${DIR}/lesson.md:7: unknown check kind "tables" (expected one of: table, column, index, constraint, applied, no-pending-changes, migration, shell, ran, rows)`,
    )
  })

  it('names the line of a missing field and of an unknown field', () => {
    expect(errorOf({ 'lesson.md': md(`  - { kind: column, label: a, table: t }`) })).toBe(
      `${DIR}/lesson.md:6: check 'column' needs 'column'`,
    )
    expect(errorOf({ 'lesson.md': md(`  - kind: table\n    label: a\n    table: t\n    tabel: u`) })).toBe(
      `${DIR}/lesson.md:9: check 'table' has unknown field 'tabel' (its fields: label, table, absent)`,
    )
  })

  it('names the line of bad YAML', () => {
    expect(errorOf({ 'lesson.md': md(`  - { kind: table, label: a, table: t`) })).toMatch(
      new RegExp(`^${DIR}/lesson.md:\\d+: bad YAML: `),
    )
  })

  it('asks for quotes around a goal that YAML read as a mapping', () => {
    expect(
      errorOf({
        'lesson.md': md(VALID_CHECKS).replace('goals: [Declare a model]', 'goals:\n  - Deprecate: keep it'),
      }),
    ).toBe(
      `${DIR}/lesson.md:5: 'goals' item 1 is a YAML mapping, not a string: put the text in quotes when it holds ': '`,
    )
  })

  it('names missing files: lesson.md and solution.txt', () => {
    expect(errorOf({})).toBe(`${DIR}/lesson.md: missing lesson.md`)
    const noSolution = source({ 'lesson.md': md(VALID_CHECKS) })
    const { ['solution/solution.txt']: _dropped, ...files } = noSolution.files
    expect(() => parseLesson({ dir: DIR, files })).toThrow(
      `${DIR}/solution/solution.txt: missing solution/solution.txt`,
    )
  })

  it('names the line of a bad scenario directive in setup.txt', () => {
    expect(
      errorOf({ 'lesson.md': md(VALID_CHECKS), 'setup.txt': 'A comment.\n@@ run migrate\n@@ move a b\n' }),
    ).toBe(`${DIR}/setup.txt:3: unknown directive @@ move`)
  })

  it('refuses a console block that runs something other than manage.py', () => {
    expect(errorOf({ 'lesson.md': md(VALID_CHECKS) + '\n```console\n$ ls library\nmodels.py\n```\n' })).toBe(
      `${DIR}/lesson.md:13: a console block runs only '$ python manage.py …' commands, not 'ls library' (use a text block)`,
    )
  })
})

describe('the course', () => {
  const lessonFiles = (dir: string, withStart: boolean): Record<string, string> => ({
    [`${dir}/lesson.md`]: md(VALID_CHECKS),
    [`${dir}/solution/solution.txt`]: `@@ run makemigrations ${dir.slice(-1)}\n`,
    [`${dir}/solution/library/models.py`]: '',
    ...(withStart ? { [`${dir}/start/library/models.py`]: '' } : {}),
  })

  it('orders chapters and lessons, and reaches a lesson without start/ through the earlier solutions', () => {
    const { course, errors } = loadCourse({
      'lessons/02-second/chapter.md': '---\ntitle: The second chapter\n---\n',
      ...lessonFiles('lessons/02-second/01-c', false),
      ...lessonFiles('lessons/01-first/02-b', false),
      ...lessonFiles('lessons/01-first/01-a', true),
    })
    expect(errors).toEqual([])
    expect(course.chapters.map((c) => [c.title, c.lessons.map((l) => l.slug)])).toEqual([
      ['First', ['01-a', '02-b']],
      ['The second chapter', ['01-c']],
    ])
    const plan = startPlan(course, '02-second/01-c')
    expect(Object.keys(plan.files)).toEqual(['library/models.py', 'library/migrations/__init__.py'])
    expect(plan.steps.map((s) => `${s.file}:${s.line} ${s.step.kind === 'run' ? s.step.arg : ''}`)).toEqual([
      'lessons/01-first/01-a/solution/solution.txt:1 makemigrations a',
      'lessons/01-first/02-b/solution/solution.txt:1 makemigrations b',
    ])
  })

  it('reports a first lesson without start/', () => {
    const { errors } = loadCourse(lessonFiles('lessons/01-first/01-a', false))
    expect(errors.map((e) => e.message)).toEqual([
      'lessons/01-first/01-a/start: the first lesson of the course needs start/',
    ])
  })
})

describe('console blocks', () => {
  it('reads each $ command with the output under it and its line', () => {
    const body =
      'Text\n```console\n$ python manage.py showmigrations library\nlibrary\n [ ] 0001_initial\n$ python manage.py sqlmigrate library 0001\nBEGIN;\n```\n'
    expect(consoleClaims('x.md', body, 10)).toEqual([
      {
        line: 12,
        commandLine: 'python manage.py showmigrations library',
        argv: ['showmigrations', 'library'],
        output: 'library\n [ ] 0001_initial\n',
      },
      {
        line: 15,
        commandLine: 'python manage.py sqlmigrate library 0001',
        argv: ['sqlmigrate', 'library', '0001'],
        output: 'BEGIN;\n',
      },
    ])
  })

  it('matches output line by line, with ... standing for any lines', () => {
    expect(outputMatches('a\n...\nd\n', 'a\nb\nc\nd\n')).toBe(true)
    expect(outputMatches('a\n...\n', 'a\n')).toBe(true)
    expect(outputMatches('a\nd\n', 'a\nb\nd\n')).toBe(false)
    expect(outputMatches('a  \n', 'a\n')).toBe(true)
  })
})

describe('the operations of a migration file', () => {
  it('lists the top-level operations and skips nested ones, strings and comments', () => {
    const source = `from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("library", "0001_initial")]

    operations = [
        # migrations.DeleteModel(name="Old"),
        migrations.AddField(
            model_name="book",
            name="pages",
            field=models.IntegerField(default=0, help_text="migrations.RemoveField("),
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.RemoveField(model_name="book", name="x")],
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
`
    expect(migrationOperations(source)).toEqual(['AddField', 'SeparateDatabaseAndState', 'RunPython'])
    expect(migrationOperations('class Migration:\n    pass\n')).toBeNull()
  })

  it('matches migration names with * and ? globs', () => {
    expect(globMatches('0002_*', '0002_book_pages')).toBe(true)
    expect(globMatches('0002_*', '0003_book_pages')).toBe(false)
    expect(globMatches('000?_initial', '0001_initial')).toBe(true)
  })
})
