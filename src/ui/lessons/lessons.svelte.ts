import type { CheckResult } from '../../engine/lessons/check-evaluator'
import { nextLesson, startPlan, type Course } from '../../engine/lessons/course'
import type { Lesson } from '../../engine/lessons/lesson'
import { DEFAULT_PROJECT } from '../default-project'
import { replaceFiles } from '../project.svelte'
import type { Session } from '../session.svelte'
import type { Snapshot } from '../../worker/api'
import { write } from '../terminal.svelte'
import { parseLine } from '../command-line'
import { bundledCourse } from './bundled-course'
import { loadProgress, saveProgress } from './progress'

/** The course as the page shows it: the lesson open (null: the sandbox), its checks, hints and progress. */
export class LessonsState {
  readonly course: Course
  /** Lessons that did not parse (shown to authors previewing with `npm run dev`). */
  readonly errors: readonly string[]
  lesson = $state.raw<Lesson | null>(null)
  results = $state.raw<CheckResult[]>([])
  /** How many hints are revealed. */
  hints = $state(0)
  /** The manage.py argv of every command run since the lesson started. */
  commands: string[][] = []
  completed = $state.raw<readonly string[]>([])
  /** What the pane is busy with, or null. */
  busy = $state<string | null>(null)
  error = $state<string | null>(null)
  showSolution = $state(false)

  /** Takes the course, its errors and the lessons completed so far. */
  constructor(course: Course, errors: readonly string[], completed: readonly string[]) {
    this.course = course
    this.errors = errors
    this.completed = completed
  }
}

/** What the lesson pane can do. */
export interface Lessons {
  readonly state: LessonsState
  /** Opens a lesson at its start state. */
  open(id: string): Promise<void>
  /** Leaves the course for the free sandbox (the default project, an empty database). */
  sandbox(): Promise<void>
  /** Puts the open lesson back to its start state. */
  reset(): Promise<void>
  /** Opens the lesson after the open one. */
  next(): Promise<void>
  /** Reveals one more hint. */
  revealHint(): void
  /** Replaces the learner's files with the solution's (the database is left to the commands). */
  applySolution(): Promise<void>
  /** Evaluates the open lesson's checks on the workspace. */
  evaluate(): Promise<void>
  /** Counts a terminal line as run (called when a command starts). */
  noteCommand(line: string): void
}

/** The lesson pane's state and actions on a session, with the course bundled at build time. */
export function createLessons(session: Session): Lessons {
  const { course, errors } = bundledCourse()
  const progress = loadProgress()
  const state = new LessonsState(
    course,
    errors.map((error) => error.message),
    progress.completed,
  )
  let evaluation = 0
  /** Each lesson's start state once prepared, so that reopening or resetting it is immediate. */
  const starts = new Map<string, Snapshot>()

  const save = (): void => saveProgress({ completed: state.completed, current: state.lesson?.id ?? null })

  async function load(
    files: Record<string, string>,
    database: Uint8Array,
    lesson: Lesson | null,
  ): Promise<void> {
    const api = session.engine.api
    const restored = await api.restore({ files, database })
    if (!restored.ok) throw new Error(restored.error.message)
    replaceFiles(session.project, { ...files })
    const models = Object.keys(files).filter((path) => path.endsWith('/models.py'))
    session.project.tabs = models
    session.project.active = models[0] ?? null
    state.lesson = lesson
    state.results = []
    state.hints = 0
    state.commands = []
    state.showSolution = false
    save()
    await session.refresh()
  }

  async function open(id: string): Promise<void> {
    const lesson = course.lessons.find((item) => item.id === id)
    if (lesson === undefined || session.terminal.running !== null) return
    state.busy = `Preparing “${lesson.title}”…`
    state.error = null
    try {
      let start = starts.get(id)
      if (start === undefined) {
        const prepared = await session.engine.api.lessonStart(startPlan(course, id))
        if (!prepared.ok) throw new Error(prepared.error.message)
        start = prepared.value
        starts.set(id, start)
      }
      await load({ ...start.files }, start.database, lesson)
      write(
        session.terminal,
        'hint',
        `Lesson: ${lesson.title}. The files and the database are at the lesson's start.\n`,
      )
      await evaluate()
    } catch (error) {
      state.error = `The lesson could not start: ${error instanceof Error ? error.message : String(error)}`
    } finally {
      state.busy = null
    }
  }

  async function evaluate(): Promise<void> {
    const lesson = state.lesson
    if (lesson === null) return
    const ticket = ++evaluation
    const result = await session.engine.api.lessonChecks(
      [...lesson.checks],
      state.commands.map((argv) => [...argv]),
    )
    if (ticket !== evaluation || state.lesson !== lesson) return
    if (!result.ok) {
      state.error = `The checks could not run: ${result.error.message}`
      return
    }
    state.results = result.value
    if (result.value.every((check) => check.passed) && !state.completed.includes(lesson.id)) {
      state.completed = [...state.completed, lesson.id]
      save()
    }
  }

  return {
    state,
    open,
    async sandbox() {
      if (session.terminal.running !== null) return
      await load({ ...DEFAULT_PROJECT }, new Uint8Array(), null)
      write(session.terminal, 'hint', 'Sandbox: the default project on an empty database.\n')
    },
    async reset() {
      if (state.lesson !== null) await open(state.lesson.id)
    },
    async next() {
      const lesson = state.lesson === null ? null : nextLesson(course, state.lesson.id)
      if (lesson !== null) await open(lesson.id)
    },
    revealHint() {
      if (state.lesson !== null && state.hints < state.lesson.hints.length) state.hints++
    },
    async applySolution() {
      const lesson = state.lesson
      if (lesson === null || session.terminal.running !== null) return
      const files = { ...lesson.solutionFiles }
      const written = await session.engine.api.setFiles(files)
      if (!written.ok) return
      replaceFiles(session.project, files)
      state.showSolution = false
      const runs = lesson.solution.flatMap(({ step }) =>
        step.kind === 'run' ? [`python manage.py ${step.arg}`] : [],
      )
      write(
        session.terminal,
        'hint',
        `Solution files applied. The solution runs:\n${runs.map((line) => `  ${line}\n`).join('')}`,
      )
      await evaluate()
    },
    evaluate,
    noteCommand(line) {
      const parsed = parseLine(line)
      if (parsed.kind === 'manage') state.commands.push(parsed.argv)
    },
  }
}

/** The id of the lesson to reopen after a reload, if it still exists. */
export function savedLesson(course: Course): string | null {
  const current = loadProgress().current
  return current !== null && course.lessons.some((lesson) => lesson.id === current) ? current : null
}
