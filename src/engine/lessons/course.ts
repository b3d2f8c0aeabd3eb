/**
 * The course: every lesson under lessons/, grouped by chapter folder and ordered by their NN- prefixes,
 * and the way a lesson's start state is reached (its start/ files, or the previous lessons' solutions
 * replayed, then its setup.txt).
 */
import { readFrontMatter } from './front-matter'
import { parseLesson, type Lesson } from './lesson'
import { LessonFormatError } from './lesson-error'
import type { ScenarioStep } from './scenario-file'

/** A chapter: its folder name, its title, its lessons in order. */
export interface Chapter {
  readonly id: string
  readonly title: string
  readonly lessons: readonly Lesson[]
}

/** Every chapter in order, and every lesson in course order. */
export interface Course {
  readonly chapters: readonly Chapter[]
  readonly lessons: readonly Lesson[]
}

/** The course with the lessons that parsed, and an error for each that did not. */
export interface LoadedCourse {
  readonly course: Course
  readonly errors: readonly LessonFormatError[]
}

/** A step to replay with the file and line it comes from. */
export interface PlannedStep {
  readonly step: ScenarioStep
  readonly file: string
  readonly line: number
}

/** How to reach a lesson's start: these files on an empty database, then these steps. */
export interface StartPlan {
  readonly files: Readonly<Record<string, string>>
  readonly steps: readonly PlannedStep[]
}

function titleFromSlug(slug: string): string {
  const words = slug.replace(/^\d+-/, '').split('-')
  const text = words.join(' ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * Builds the course from files keyed by repository path (`lessons/01-the-orm/01-x/lesson.md`), as the
 * script reads them from disk and the page bundles them. A chapter may hold `chapter.md` with a `title`.
 */
export function loadCourse(files: Readonly<Record<string, string>>): LoadedCourse {
  const errors: LessonFormatError[] = []
  const chapters = new Map<string, { title: string; lessons: Map<string, Record<string, string>> }>()
  for (const [path, text] of Object.entries(files)) {
    const parts = path.split('/')
    if (parts[0] !== 'lessons' || parts.length < 3) continue
    const chapterId = parts[1]!
    if (!/^\d{2}-[a-z0-9-]+$/.test(chapterId)) {
      errors.push(new LessonFormatError(`lessons/${chapterId}`, null, 'a chapter folder is named NN-slug'))
      continue
    }
    const chapter = chapters.get(chapterId) ?? { title: titleFromSlug(chapterId), lessons: new Map() }
    chapters.set(chapterId, chapter)
    if (parts.length === 3) {
      if (parts[2] === 'chapter.md') {
        try {
          const title = readFrontMatter(path, text).data['title']
          if (typeof title !== 'string' || title.trim() === '')
            throw new LessonFormatError(path, 2, "chapter.md needs a 'title' string")
          chapter.title = title
        } catch (error) {
          if (!(error instanceof LessonFormatError)) throw error
          errors.push(error)
        }
      } else if (!parts[2]!.startsWith('.')) {
        errors.push(
          new LessonFormatError(
            path,
            null,
            'unexpected file (a chapter holds chapter.md and lesson folders)',
          ),
        )
      }
      continue
    }
    const lessonFiles = chapter.lessons.get(parts[2]!) ?? {}
    lessonFiles[parts.slice(3).join('/')] = text
    chapter.lessons.set(parts[2]!, lessonFiles)
  }
  const sorted = [...chapters].sort(([a], [b]) => (a < b ? -1 : 1))
  const result: Chapter[] = sorted.map(([id, chapter]) => {
    const lessons: Lesson[] = []
    for (const [slug, lessonFiles] of [...chapter.lessons].sort(([a], [b]) => (a < b ? -1 : 1))) {
      try {
        lessons.push(parseLesson({ dir: `lessons/${id}/${slug}`, files: lessonFiles }))
      } catch (error) {
        if (!(error instanceof LessonFormatError)) throw error
        errors.push(error)
      }
    }
    return { id, title: chapter.title, lessons }
  })
  const all = result.flatMap((chapter) => chapter.lessons)
  if (all[0] !== undefined && all[0].start === null)
    errors.push(
      new LessonFormatError(`${all[0].dir}/start`, null, 'the first lesson of the course needs start/'),
    )
  return { course: { chapters: result, lessons: all }, errors }
}

/** The lesson before `id` in course order, or null for the first. */
export function previousLesson(course: Course, id: string): Lesson | null {
  const index = course.lessons.findIndex((lesson) => lesson.id === id)
  return index > 0 ? course.lessons[index - 1]! : null
}

/** The lesson after `id` in course order, or null for the last. */
export function nextLesson(course: Course, id: string): Lesson | null {
  const index = course.lessons.findIndex((lesson) => lesson.id === id)
  return index >= 0 ? (course.lessons[index + 1] ?? null) : null
}

function located(lesson: Lesson, file: string, steps: Lesson['setup']): PlannedStep[] {
  return steps.map(({ step, line }) => ({ step, line, file: `${lesson.dir}/${file}` }))
}

/**
 * The files and steps that reach lesson `id`'s start: from the nearest lesson at or before it with start/,
 * each earlier lesson's setup.txt and solution.txt, then this lesson's setup.txt. Throws RangeError for an
 * unknown id or when no lesson before it has start/.
 */
export function startPlan(course: Course, id: string): StartPlan {
  const index = course.lessons.findIndex((lesson) => lesson.id === id)
  if (index < 0) throw new RangeError(`no lesson ${id}`)
  let first = index
  while (course.lessons[first]!.start === null) {
    if (first === 0) throw new RangeError(`no lesson at or before ${id} has start/`)
    first--
  }
  const steps: PlannedStep[] = []
  for (let i = first; i < index; i++) {
    const lesson = course.lessons[i]!
    steps.push(
      ...located(lesson, 'setup.txt', lesson.setup),
      ...located(lesson, 'solution/solution.txt', lesson.solution),
    )
  }
  const lesson = course.lessons[index]!
  steps.push(...located(lesson, 'setup.txt', lesson.setup))
  return { files: course.lessons[first]!.start!, steps }
}
