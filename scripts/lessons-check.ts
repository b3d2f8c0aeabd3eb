/**
 * `npm run lessons:check [-- [--update-solutions] [FILTER…]]`: verifies every lesson under lessons/ —
 * front matter valid, start state failing at least one check, solution.txt replayed on the start state
 * passing every check and leaving exactly the solution/ files, console blocks printing what they claim.
 * FILTER words limit the report to lessons whose id (`01-the-orm/02-queries`) contains one of them (earlier lessons still replay
 * when a selected lesson continues from them). `--update-solutions` writes the files the replay leaves
 * into the selected lessons' solution/ (solution.txt stays as written; FILTER is required). Exits 1 when any lesson has a problem.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, sep } from 'node:path'
import initSqlJs from 'sql.js'
import {
  loadCourse,
  verifyLesson,
  withoutGeneratedTime,
  type WorkspacePorts,
  type WorkspaceState,
} from '../src/engine/lessons/index'
import { CodeCache } from '../src/engine/python/code-cache'
import { SqlJsConnection } from '../src/worker/sqljs-connection'

const ROOT = join(dirname(new URL(import.meta.url).pathname), '..')

function readTree(root: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      if (name === '__pycache__' || name.endsWith('.pyc') || name === 'db.sqlite3') continue
      if (statSync(path).isDirectory()) walk(path)
      else files[relative(ROOT, path).split(sep).join('/')] = readFileSync(path, 'utf8')
    }
  }
  if (existsSync(root)) walk(root)
  return files
}

/**
 * Brings solution/ in line with the replay: writes the files that are new or differ (beyond the generated
 * time), deletes the files the replay does not leave; an implicit empty migrations/__init__.py is not written.
 */
function updateSolution(dir: string, replayed: Readonly<Record<string, string>>): void {
  const folder = join(ROOT, dir, 'solution')
  const onDisk = readTree(folder)
  const prefix = `${dir}/solution/`
  for (const [repoPath, text] of Object.entries(onDisk)) {
    const path = repoPath.slice(prefix.length)
    if (path !== 'solution.txt' && replayed[path] === undefined) rmSync(join(ROOT, repoPath))
  }
  for (const [path, text] of Object.entries(replayed)) {
    const current = onDisk[prefix + path]
    if (current === undefined && text === '' && path.endsWith('/migrations/__init__.py')) continue
    if (current !== undefined && withoutGeneratedTime(current) === withoutGeneratedTime(text)) continue
    mkdirSync(dirname(join(folder, path)), { recursive: true })
    writeFileSync(join(folder, path), text)
  }
}

async function main(args: string[]): Promise<number> {
  const update = args.includes('--update-solutions')
  const filters = args.filter((arg) => !arg.startsWith('--'))
  if (update && filters.length === 0) {
    console.log(
      '--update-solutions rewrites solution/ folders: name the lessons (e.g. 01-the-orm/02-queries)',
    )
    return 2
  }
  const { course, errors } = loadCourse(readTree(join(ROOT, 'lessons')))
  for (const error of errors) console.log(`✗ ${error.message}`)
  const require = createRequire(import.meta.url)
  const SQL = await initSqlJs({ locateFile: (file: string) => require.resolve(`sql.js/dist/${file}`) })
  const codeCache = new CodeCache()
  const ports: WorkspacePorts = {
    openDatabase: (bytes) => SqlJsConnection.open(SQL, bytes),
    runner: { clock: { now: () => new Date() }, codeCache },
  }
  const selected = (id: string): boolean => filters.length === 0 || filters.some((word) => id.includes(word))
  const lessons = course.lessons
  const needed = new Set<number>()
  lessons.forEach((lesson, index) => {
    if (!selected(lesson.id)) return
    needed.add(index)
    for (let i = index; i > 0 && lessons[i]!.start === null; i--) needed.add(i - 1)
  })
  let failures = errors.length
  let previous: WorkspaceState | null = null
  let passed = 0
  for (const [index, lesson] of lessons.entries()) {
    if (!needed.has(index)) {
      previous = null
      continue
    }
    const before: WorkspaceState | null =
      lesson.start !== null ? { files: lesson.start, database: null } : previous
    if (before === null) {
      failures++
      console.log(`✗ ${lesson.id}: cannot start: the previous lesson's solution did not replay`)
      continue
    }
    const started = Date.now()
    const report = await verifyLesson(lesson, before, ports)
    previous = report.solved
    if (!selected(lesson.id)) continue
    if (update && report.replayedFiles !== null) updateSolution(lesson.dir, report.replayedFiles)
    const problems = update ? report.problems.filter((p) => !p.startsWith('solution/')) : report.problems
    const ms = Date.now() - started
    if (problems.length === 0) {
      passed++
      console.log(`✓ ${lesson.id} (${lesson.checks.length} checks, ${ms} ms)`)
    } else {
      failures++
      console.log(`✗ ${lesson.id}`)
      for (const problem of problems) console.log(`    ${lesson.dir}: ${problem.replace(/\n/g, '\n    ')}`)
    }
  }
  console.log(`\n${passed} lesson${passed === 1 ? '' : 's'} sound, ${failures} with problems`)
  return failures === 0 ? 0 : 1
}

process.exitCode = await main(process.argv.slice(2))
