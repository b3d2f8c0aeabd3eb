/** Replaying scenario steps (setup.txt, solution.txt) on a lesson's workspace. */
import type { SqliteConnection } from '../connection'
import type { ProjectFiles } from '../files'
import type { PlannedStep } from './course'
import { LessonFormatError } from './lesson-error'
import type { CommandOutcome, ManageRunner } from './manage-runner'
import { shellSplit } from './scenario-file'
import { assertNever } from '../util/assert-never'

/** The workspace a replay changes: its files, its database and a way to run commands on both. */
export interface ReplayWorkspace {
  readonly files: ProjectFiles
  readonly connection: SqliteConnection
  readonly manage: ManageRunner
}

/** One `@@ run` step as it ran. */
export interface ReplayedRun {
  readonly argv: readonly string[]
  readonly file: string
  readonly line: number
  readonly outcome: CommandOutcome
}

/**
 * Plays the steps in order on the workspace and returns every run with its outcome (a failing command is
 * recorded, not an error). Throws LessonFormatError naming the step when a `@@ sql` step or a `@@ delete`
 * fails, or a `@@ run` line cannot be split.
 */
export async function replaySteps(
  steps: readonly PlannedStep[],
  workspace: ReplayWorkspace,
): Promise<ReplayedRun[]> {
  const runs: ReplayedRun[] = []
  for (const { step, file, line } of steps) {
    switch (step.kind) {
      case 'write':
        workspace.files.write(step.arg, step.body)
        break
      case 'delete':
        if (workspace.files.read(step.arg) === undefined)
          throw new LessonFormatError(file, line, `@@ delete ${step.arg}: there is no such file`)
        workspace.files.remove(step.arg)
        break
      case 'sql':
        try {
          workspace.connection.executeScript(step.body)
        } catch (error) {
          throw new LessonFormatError(
            file,
            line,
            `@@ sql failed: ${error instanceof Error ? error.message : String(error)}`,
          )
        }
        break
      case 'run': {
        let argv: string[]
        try {
          argv = shellSplit(step.arg)
        } catch (error) {
          throw new LessonFormatError(file, line, error instanceof Error ? error.message : String(error))
        }
        runs.push({ argv, file, line, outcome: await workspace.manage(argv, step.stdin) })
        break
      }
      default:
        assertNever(step)
    }
  }
  return runs
}
