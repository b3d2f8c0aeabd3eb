/**
 * What a scenario, a link or a project may hold, and the checks every decoded input passes before use:
 * sizes, counts and file paths (relative, inside an app folder, no `..`).
 */
import type { ScenarioStep } from '../lessons/scenario-file'
import { assertNever } from '../util/assert-never'
import { WorkspaceInputError } from './workspace-error'

/** The limits on decoded input. */
export const LIMITS = {
  /** Characters of a share link's payload (the part after `#scenario=`). */
  linkChars: 2_000_000,
  /** Bytes a compressed payload may inflate to. */
  inflatedBytes: 8_000_000,
  /** Characters of a scenario text. */
  scenarioChars: 8_000_000,
  /** Steps of a scenario. */
  steps: 5_000,
  /** Characters of one file (and of one SQL script). */
  fileChars: 1_000_000,
  /** Files of a project. */
  files: 1_000,
  /** Bytes of a database file. */
  databaseBytes: 50_000_000,
  /** Bytes of a zip and entries in it. */
  zipBytes: 60_000_000,
  zipEntries: 5_000,
  /** Characters of a path. */
  pathChars: 200,
} as const

/** A file or folder name: no separator, no control character, no outer spaces, not `.` or `..`. */
const SEGMENT = /^[^\s\\/\x00-\x1f\x7f](?:[^\\/\x00-\x1f\x7f]*[^\s\\/\x00-\x1f\x7f])?$/

/** Why a path cannot be a project file, or null when it can: `<folder>/…`, relative, plain names, no `..`. */
export function pathProblem(path: string): string | null {
  if (path.length > LIMITS.pathChars) return `is longer than ${LIMITS.pathChars} characters`
  const parts = path.split('/')
  if (parts.length < 2) return 'is not inside an app folder'
  if (parts.length > 8) return 'is nested more than 8 folders deep'
  const bad = parts.find((part) => !SEGMENT.test(part) || part === '..' || part === '.')
  if (bad !== undefined) return bad === '' ? 'has an empty part' : `has the part ${JSON.stringify(bad)}`
  return null
}

/** Throws WorkspaceInputError (naming `source`) unless `path` can be a project file. */
export function checkPath(path: string, source: string): void {
  const problem = pathProblem(path)
  if (problem !== null)
    throw new WorkspaceInputError(`${source}: the path ${JSON.stringify(path)} ${problem}`)
}

function checkSize(text: string, what: string): void {
  if (text.length > LIMITS.fileChars)
    throw new WorkspaceInputError(
      `${what} has ${text.length} characters, over the limit of ${LIMITS.fileChars}`,
    )
}

/** Checks every step of a decoded scenario (`source` names it in messages); throws WorkspaceInputError. */
export function checkScenario(steps: readonly ScenarioStep[], source: string): void {
  if (steps.length > LIMITS.steps)
    throw new WorkspaceInputError(`${source}: ${steps.length} steps, over the limit of ${LIMITS.steps}`)
  const files = new Set<string>()
  steps.forEach((step, index) => {
    const what = `${source}: step ${index + 1} (@@ ${step.kind}${step.arg === '' ? '' : ' ' + step.arg})`
    switch (step.kind) {
      case 'write':
        checkPath(step.arg, source)
        checkSize(step.body, what)
        files.add(step.arg)
        if (files.size > LIMITS.files)
          throw new WorkspaceInputError(`${source}: more than ${LIMITS.files} files`)
        break
      case 'delete':
        checkPath(step.arg, source)
        files.delete(step.arg)
        break
      case 'sql':
        checkSize(step.body, what)
        break
      case 'run':
        if (step.arg.trim() === '') throw new WorkspaceInputError(`${what}: no command`)
        if (step.arg.length > 1_000) throw new WorkspaceInputError(`${what}: the command line is too long`)
        checkSize(step.stdin, what)
        break
      default:
        assertNever(step)
    }
  })
}
