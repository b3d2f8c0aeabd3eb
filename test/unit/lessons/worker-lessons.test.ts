/** The worker's lesson methods on sql.js in Node: a lesson's start prepared apart, then its checks on the workspace. */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import initSqlJs from 'sql.js'
import { describe, expect, it } from 'vitest'
import { loadCourse, startPlan } from '../../../src/engine/lessons/course'
import { createWorkerApi } from '../../../src/worker/api'
import type { Result } from '../../../src/worker/result'

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected a value, got ${result.error.name}: ${result.error.message}`)
  return result.value
}

function readTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) Object.assign(files, readTree(path))
    else files[relative('.', path).split(sep).join('/')] = readFileSync(path, 'utf8')
  }
  return files
}

describe('the worker lesson methods', () => {
  it('prepares a lesson that continues from the previous one, and ticks its checks as the learner works', async () => {
    const { course, errors } = loadCourse(readTree('lessons/01-the-orm'))
    expect(errors).toEqual([])
    const api = createWorkerApi(await initSqlJs())
    const start = value(await api.lessonStart(startPlan(course, '01-the-orm/02-queries-and-their-sql')))
    expect(Object.keys(start.files)).toEqual([
      'library/migrations/0001_initial.py',
      'library/migrations/__init__.py',
      'library/models.py',
    ])
    expect(value(await api.files())).toEqual({})
    value(await api.restore(start))
    const lesson = course.lessons[1]!
    const passed = async (commands: string[][]): Promise<boolean[]> =>
      value(await api.lessonChecks([...lesson.checks], commands)).map((result) => result.passed)
    expect(await passed([])).toEqual([false, false, false, false, true])
    for (const [title, pages] of [
      ['Dune', 412],
      ['Emma', 474],
      ['Animal Farm', 112],
    ] as const) {
      const argv = ['shell', '-c', `Book.objects.create(title='${title}', pages=${pages})`]
      expect(value(await api.manage(argv, [])).status).toBe(0)
    }
    expect(await passed([['shell', '-c', '…']])).toEqual([true, true, true, true, true])
  })
})
