/**
 * One lesson as an author writes it (lessons/NN-chapter/NN-lesson/): lesson.md with its front matter and
 * body, start/ (or none: the previous lesson's solution), an optional setup.txt, and solution/ with
 * solution.txt. Parsing validates everything and names the file and line of each mistake.
 */
import { checkFromYaml, CheckSpecError, type LessonCheck } from './lesson-check'
import { consoleClaims, type ConsoleClaim } from './console-block'
import { readFrontMatter, type FrontMatter } from './front-matter'
import { LessonFormatError } from './lesson-error'
import { parseScenarioLines, ScenarioSyntaxError, type LocatedStep } from './scenario-file'

/** A lesson's files as read from disk or bundled: paths relative to the lesson folder. */
export interface LessonSource {
  /** The lesson folder relative to the repository: `lessons/01-the-orm/01-a-first-model`. */
  readonly dir: string
  readonly files: Readonly<Record<string, string>>
}

/** A parsed, validated lesson. */
export interface Lesson {
  /** `01-the-orm/01-a-first-model`. */
  readonly id: string
  readonly dir: string
  readonly chapter: string
  readonly slug: string
  readonly title: string
  readonly summary: string
  readonly goals: readonly string[]
  readonly checks: readonly LessonCheck[]
  readonly hints: readonly string[]
  /** The Markdown body (after the front matter). */
  readonly body: string
  readonly consoleClaims: readonly ConsoleClaim[]
  /** The start/ files, or null when the lesson continues from the previous lesson's solution. */
  readonly start: Readonly<Record<string, string>> | null
  readonly setup: readonly LocatedStep[]
  /** The solution/ files (without solution.txt). */
  readonly solutionFiles: Readonly<Record<string, string>>
  readonly solution: readonly LocatedStep[]
}

const KEYS = ['title', 'summary', 'goals', 'checks', 'hints'] as const

function stringField(fm: FrontMatter, file: string, key: string): string {
  const value = fm.data[key]
  if (value === undefined || value === null)
    throw new LessonFormatError(file, 2, `the front matter needs '${key}'`)
  if (typeof value !== 'string' || value.trim() === '')
    throw new LessonFormatError(file, fm.lineOf([key]), `'${key}' must be a non-empty string`)
  return value
}

function stringList(fm: FrontMatter, file: string, key: string, required: boolean): string[] {
  const value = fm.data[key]
  if (value === undefined || value === null) {
    if (required) throw new LessonFormatError(file, 2, `the front matter needs '${key}'`)
    return []
  }
  if (!Array.isArray(value))
    throw new LessonFormatError(file, fm.lineOf([key]), `'${key}' must be a list of strings`)
  value.forEach((item, index) => {
    if (item !== null && typeof item === 'object' && !Array.isArray(item))
      throw new LessonFormatError(
        file,
        fm.lineOf([key, index]),
        `'${key}' item ${index + 1} is a YAML mapping, not a string: put the text in quotes when it holds ': '`,
      )
    if (typeof item !== 'string' || item.trim() === '')
      throw new LessonFormatError(
        file,
        fm.lineOf([key, index]),
        `'${key}' item ${index + 1} must be a non-empty string`,
      )
  })
  return value as string[]
}

function checksOf(fm: FrontMatter, file: string): LessonCheck[] {
  const value = fm.data['checks']
  if (value === undefined || value === null)
    throw new LessonFormatError(file, 2, "the front matter needs 'checks'")
  if (!Array.isArray(value) || value.length === 0)
    throw new LessonFormatError(file, fm.lineOf(['checks']), "'checks' must be a non-empty list")
  return value.map((raw, index) => {
    try {
      return checkFromYaml(raw)
    } catch (error) {
      if (!(error instanceof CheckSpecError)) throw error
      const path = error.field !== null ? ['checks', index, error.field] : ['checks', index]
      throw new LessonFormatError(file, fm.lineOf(path), error.message)
    }
  })
}

function scenario(dir: string, name: string, text: string): LocatedStep[] {
  try {
    return parseScenarioLines(text, name)
  } catch (error) {
    if (error instanceof ScenarioSyntaxError)
      throw new LessonFormatError(`${dir}/${name}`, error.line, error.detail)
    throw error
  }
}

function under(files: Readonly<Record<string, string>>, folder: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [path, text] of Object.entries(files))
    if (path.startsWith(`${folder}/`)) out[path.slice(folder.length + 1)] = text
  return out
}

/**
 * The files with an empty `<app>/migrations/__init__.py` for every app (a top-level folder holding
 * models.py) that lacks one, as `startapp` lays an app out and the oracle's scenarios assume.
 */
export function withAppLayout(files: Readonly<Record<string, string>>): Record<string, string> {
  const out = { ...files }
  for (const path of Object.keys(files)) {
    const parts = path.split('/')
    if (parts.length === 2 && parts[1] === 'models.py') out[`${parts[0]}/migrations/__init__.py`] ??= ''
  }
  return out
}

/** Parses and validates a lesson; throws LessonFormatError naming the file and line of the first mistake. */
export function parseLesson(source: LessonSource): Lesson {
  const { dir, files } = source
  const parts = dir.split('/')
  const slug = parts[parts.length - 1]!
  const chapter = parts[parts.length - 2] ?? ''
  if (!/^\d{2}-[a-z0-9-]+$/.test(slug))
    throw new LessonFormatError(
      dir,
      null,
      'a lesson folder is named NN-slug (two digits, lower-case words and dashes)',
    )
  const mdFile = `${dir}/lesson.md`
  const md = files['lesson.md']
  if (md === undefined) throw new LessonFormatError(mdFile, null, 'missing lesson.md')
  const fm = readFrontMatter(mdFile, md)
  const extra = Object.keys(fm.data).filter((key) => !(KEYS as readonly string[]).includes(key))
  if (extra.length > 0)
    throw new LessonFormatError(
      mdFile,
      fm.lineOf([extra[0]!]),
      `unknown front matter key '${extra[0]}' (known: ${KEYS.join(', ')})`,
    )
  const title = stringField(fm, mdFile, 'title')
  const summary = stringField(fm, mdFile, 'summary')
  const goals = stringList(fm, mdFile, 'goals', true)
  const checks = checksOf(fm, mdFile)
  const hints = stringList(fm, mdFile, 'hints', false)
  const claims = consoleClaims(mdFile, fm.body, fm.bodyLine)
  const startFiles = under(files, 'start')
  const solutionAll = under(files, 'solution')
  const solutionText = solutionAll['solution.txt']
  if (solutionText === undefined)
    throw new LessonFormatError(`${dir}/solution/solution.txt`, null, 'missing solution/solution.txt')
  const { ['solution.txt']: _text, ...solutionFiles } = solutionAll
  const known = Object.keys(files).filter(
    (path) =>
      !path.startsWith('start/') &&
      !path.startsWith('solution/') &&
      path !== 'lesson.md' &&
      path !== 'setup.txt',
  )
  if (known.length > 0)
    throw new LessonFormatError(
      `${dir}/${known[0]}`,
      null,
      'unexpected file (a lesson holds lesson.md, start/, setup.txt and solution/)',
    )
  const solution = scenario(dir, 'solution/solution.txt', solutionText)
  return {
    id: `${chapter}/${slug}`,
    dir,
    chapter,
    slug,
    title,
    summary,
    goals,
    checks,
    hints,
    body: fm.body,
    consoleClaims: claims,
    start: Object.keys(startFiles).length === 0 ? null : withAppLayout(startFiles),
    setup: files['setup.txt'] === undefined ? [] : scenario(dir, 'setup.txt', files['setup.txt']),
    solutionFiles: withAppLayout(solutionFiles),
    solution,
  }
}
