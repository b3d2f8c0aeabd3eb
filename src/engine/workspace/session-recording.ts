/**
 * The recorded scenario of a session: every file written or deleted, every command with the answers it
 * read, every hand-made SQL script, as scenario steps. Replaying the steps from an empty project and an
 * empty database reproduces the session's files and database. A recording is a plain value (it crosses
 * the worker boundary and is stored); each function returns a new one.
 */
import type { ScenarioStep } from '../lessons/scenario-file'
import { commandLine } from './scenario-writer'

/**
 * The files the recording started from, whether the database was empty then, the steps since, and the
 * files as the steps leave them (what the next edits are measured against).
 */
export interface SessionRecording {
  readonly start: Readonly<Record<string, string>>
  readonly freshDatabase: boolean
  readonly steps: readonly ScenarioStep[]
  readonly files: Readonly<Record<string, string>>
}

/** A recording with no steps, starting from these files (an empty project by default) and a database (empty by default). */
export function startRecording(
  files: Readonly<Record<string, string>> = {},
  freshDatabase = true,
): SessionRecording {
  return { start: { ...files }, freshDatabase, steps: [], files: { ...files } }
}

/** The writes and deletes that turn `before` into `after`: deletes first, then writes, each in path order. */
export function fileEdits(
  before: Readonly<Record<string, string>>,
  after: Readonly<Record<string, string>>,
): ScenarioStep[] {
  const deletes: ScenarioStep[] = Object.keys(before)
    .filter((path) => !(path in after))
    .sort()
    .map((path) => ({ kind: 'delete', arg: path, body: '' }))
  const writes: ScenarioStep[] = Object.keys(after)
    .filter((path) => before[path] !== after[path])
    .sort()
    .map((path) => ({ kind: 'write', arg: path, body: after[path]! }))
  return [...deletes, ...writes]
}

/** Records the learner's edits: the files are now `files`. */
export function recordEdits(
  recording: SessionRecording,
  files: Readonly<Record<string, string>>,
): SessionRecording {
  const edits = fileEdits(recording.files, files)
  if (edits.length === 0) return recording
  return { ...recording, steps: [...recording.steps, ...edits], files: { ...files } }
}

/** The line written after answers that end with an empty one (the format drops trailing empty lines); never read. */
export const UNREAD_LINE = '(no more answers)'

/**
 * Records a manage.py command that ran on the recorded files: its arguments, the answers it read (one
 * line each), the files it left (`filesAfter`, which the command wrote itself and are not edits), and
 * whether it read past its answers (`endOfInput`). Answers ending with an empty line get UNREAD_LINE
 * after them when the command did not read further, so the empty answer survives the format.
 */
export function recordRun(
  recording: SessionRecording,
  argv: readonly string[],
  answers: readonly string[],
  filesAfter: Readonly<Record<string, string>>,
  endOfInput = false,
): SessionRecording {
  const lines = answers.at(-1) === '' && !endOfInput ? [...answers, UNREAD_LINE] : answers
  const step: ScenarioStep = {
    kind: 'run',
    arg: commandLine(argv),
    body: '',
    stdin: lines.length === 0 ? '' : lines.join('\n') + '\n',
  }
  return { ...recording, steps: [...recording.steps, step], files: { ...filesAfter } }
}

/** Records a hand-made SQL script that ran on the database. */
export function recordSql(recording: SessionRecording, sql: string): SessionRecording {
  if (sql.trim() === '') return recording
  return { ...recording, steps: [...recording.steps, { kind: 'sql', arg: '', body: sql }] }
}

/**
 * The whole scenario from an empty project: writes of the start files, the recorded steps, then the
 * edits that make the files `files` (the session's now).
 */
export function scenarioUntil(
  recording: SessionRecording,
  files: Readonly<Record<string, string>>,
): ScenarioStep[] {
  return [...fileEdits({}, recording.start), ...stepsUntil(recording, files)]
}

/** The steps since the start followed by the edits that make the files `files` (the session's now). */
export function stepsUntil(
  recording: SessionRecording,
  files: Readonly<Record<string, string>>,
): ScenarioStep[] {
  return [...recording.steps, ...fileEdits(recording.files, files)]
}
