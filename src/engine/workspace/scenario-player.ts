/** Playing a scenario's steps on a workspace through a narrow port (the worker, or a test's workspace). */
import { shellSplit, type ScenarioStep } from '../lessons/scenario-file'
import { assertNever } from '../util/assert-never'

/** What playing a scenario needs from a workspace. */
export interface ScenarioTarget {
  /** Creates or replaces a file. */
  write(path: string, text: string): void
  /** Deletes a file (an error when there is none). */
  remove(path: string): void
  /** Runs `manage.py <argv…>`, answering its questions with `answers` in order (then end of input). */
  run(argv: readonly string[], answers: readonly string[]): Promise<void>
  /** Runs a hand-made SQL script on the database (an error when a statement fails). */
  sql(text: string): void
}

/** A step that could not be played: the message names the step and says why. */
export class ScenarioReplayError extends Error {
  override readonly name = 'ScenarioReplayError'
  /** Takes the 1-based step number, the step and the reason. */
  constructor(
    readonly index: number,
    readonly step: ScenarioStep,
    reason: string,
  ) {
    super(`step ${index} (@@ ${step.kind}${step.arg === '' ? '' : ' ' + step.arg}) failed: ${reason}`)
  }
}

/** The answers of a run step's stdin, one line each. */
export function answersOf(stdin: string): string[] {
  return stdin === '' ? [] : stdin.replace(/\n$/, '').split('\n')
}

/**
 * Plays the steps in order on the target. A command that fails is part of the scenario (it ran); a
 * delete of a missing file, a failing SQL script or a command line that cannot be split throws
 * ScenarioReplayError and stops the replay there.
 */
export async function playScenario(steps: readonly ScenarioStep[], target: ScenarioTarget): Promise<void> {
  for (const [i, step] of steps.entries()) {
    const fail = (error: unknown): ScenarioReplayError =>
      new ScenarioReplayError(i + 1, step, error instanceof Error ? error.message : String(error))
    switch (step.kind) {
      case 'write':
        target.write(step.arg, step.body)
        break
      case 'delete':
        try {
          target.remove(step.arg)
        } catch (error) {
          throw fail(error)
        }
        break
      case 'sql':
        try {
          target.sql(step.body)
        } catch (error) {
          throw fail(error)
        }
        break
      case 'run': {
        let argv: string[]
        try {
          argv = shellSplit(step.arg)
        } catch (error) {
          throw fail(error)
        }
        await target.run(argv, answersOf(step.stdin))
        break
      }
      default:
        assertNever(step)
    }
  }
}
