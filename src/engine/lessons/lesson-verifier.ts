/**
 * What `npm run lessons:check` verifies for each lesson: its start state fails at least one check, its
 * solution.txt replayed on the start state passes every check and leaves exactly the solution/ files, and
 * every console block prints what it claims.
 */
import type { CheckResult } from './check-evaluator'
import { evaluateChecks } from './check-evaluator'
import { withoutGeneratedTime } from './generated-header'
import { outputMatches } from './console-block'
import type { PlannedStep } from './course'
import type { Lesson } from './lesson'
import { LessonFormatError } from './lesson-error'
import { openWorkspace, type WorkspacePorts, type WorkspaceState } from './lesson-workspace'
import { replaySteps, type ReplayedRun } from './scenario-replay'

/** One lesson's verdict: its problems (empty when it is sound) and the solved state the next lesson may start from. */
export interface LessonReport {
  readonly lesson: Lesson
  readonly problems: readonly string[]
  /** The state after setup.txt and solution.txt, or null when the replay could not finish. */
  readonly solved: WorkspaceState | null
  /** The files the replay left, for `--update-solutions`. */
  readonly replayedFiles: Readonly<Record<string, string>> | null
}

/** Replays steps on a state and returns the state after them (throws LessonFormatError for a broken step). */
export async function replayOnState(
  state: WorkspaceState,
  steps: readonly PlannedStep[],
  ports: WorkspacePorts,
): Promise<{ state: WorkspaceState; runs: ReplayedRun[] }> {
  const workspace = openWorkspace(state, ports)
  try {
    const runs = await replaySteps(steps, workspace)
    return { state: workspace.state(), runs }
  } finally {
    workspace.close()
  }
}

function failing(results: readonly CheckResult[]): string[] {
  return results.filter((result) => !result.passed).map((result) => `"${result.label}": ${result.reason}`)
}

function located(lesson: Lesson, file: string, steps: Lesson['setup']): PlannedStep[] {
  return steps.map(({ step, line }) => ({ step, line, file: `${lesson.dir}/${file}` }))
}

function compareFiles(lesson: Lesson, replayed: Readonly<Record<string, string>>): string[] {
  const problems: string[] = []
  const expected = lesson.solutionFiles
  for (const path of Object.keys({ ...expected, ...replayed }).sort()) {
    const want = expected[path]
    const got = replayed[path]
    if (want === undefined) problems.push(`solution/${path} is missing: replaying solution.txt creates it`)
    else if (got === undefined)
      problems.push(`solution/${path} is not a file the replay of solution.txt leaves`)
    else if (withoutGeneratedTime(want) !== withoutGeneratedTime(got))
      problems.push(`solution/${path} differs from the file replaying solution.txt leaves`)
  }
  return problems
}

/**
 * Verifies a lesson from the state before its setup.txt (start/ on an empty database, or the previous
 * lesson's solved state) and returns its report.
 */
export async function verifyLesson(
  lesson: Lesson,
  before: WorkspaceState,
  ports: WorkspacePorts,
): Promise<LessonReport> {
  const problems: string[] = []
  const workspace = openWorkspace(before, ports)
  try {
    await replaySteps(located(lesson, 'setup.txt', lesson.setup), workspace)
    const atStart = await evaluateChecks(lesson.checks, workspace.checkContext([]))
    if (atStart.every((result) => result.passed))
      problems.push(
        'the start state already passes every check (at least one must fail before the learner acts)',
      )
    const runs = await replaySteps(located(lesson, 'solution/solution.txt', lesson.solution), workspace)
    const solved = await evaluateChecks(lesson.checks, workspace.checkContext(runs.map((run) => run.argv)))
    for (const failure of failing(solved)) problems.push(`after solution.txt, check ${failure}`)
    const replayedFiles = workspace.files.snapshot()
    problems.push(...compareFiles(lesson, replayedFiles))
    const used = new Set<number>()
    for (const claim of lesson.consoleClaims) {
      const index = runs.findIndex(
        (run, i) =>
          !used.has(i) &&
          run.argv.length === claim.argv.length &&
          run.argv.every((w, j) => w === claim.argv[j]),
      )
      let output: string
      if (index >= 0) {
        used.add(index)
        output = runs[index]!.outcome.output
      } else {
        output = (await workspace.inspect(claim.argv, '')).output
      }
      if (!outputMatches(claim.output, output))
        problems.push(
          `lesson.md:${claim.line}: '$ ${claim.commandLine}' prints\n${indent(output)}\n  but the lesson claims\n${indent(claim.output)}`,
        )
    }
    return { lesson, problems, solved: workspace.state(), replayedFiles }
  } catch (error) {
    if (!(error instanceof LessonFormatError)) throw error
    return { lesson, problems: [...problems, error.message], solved: null, replayedFiles: null }
  } finally {
    workspace.close()
  }
}

function indent(text: string): string {
  return text
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => `    | ${line}`)
    .join('\n')
}
