/**
 * The worker's part of keeping and sharing work: the recorded scenario of the session (every edit,
 * command with its answers, hand-made SQL), and replaying a scenario (a share link, an opened file)
 * on a fresh workspace.
 */
import { readScenario } from '../engine/workspace/scenario-input'
import { playScenario } from '../engine/workspace/scenario-player'
import { commandLine, writeScenario } from '../engine/workspace/scenario-writer'
import {
  recordEdits,
  recordRun,
  recordSql,
  startRecording,
  scenarioUntil,
  type SessionRecording,
} from '../engine/workspace/session-recording'
import type { CommandOutcome, Terminal } from './api'
import { type Result, settle } from './result'

/** Statements that only read (not recorded: replaying them changes nothing). */
const READ_ONLY = /^\s*(select|explain)\b/i

/** What replaying a scenario left: the files, the terminal transcript, and how many commands ran. */
export interface ReplayReport {
  readonly files: Record<string, string>
  readonly transcript: string
  readonly runs: number
}

/**
 * The recorded scenario of a session: its text from an empty project, the files it started from, and
 * whether the database was empty then (when not, replaying the text alone cannot rebuild the database).
 */
export interface RecordedScenario {
  readonly text: string
  readonly start: Record<string, string>
  readonly freshDatabase: boolean
}

/** Where a replay starts: an empty workspace, or the workspace as it is (a lesson's start). */
export type ReplayStart = 'empty' | 'current'

/** The worker methods of this module. */
export interface WorkspaceApi {
  /** The recorded scenario of the session, up to the workspace's files now. */
  scenario(): Promise<Result<RecordedScenario>>
  /** Plays the scenario's text on an emptied workspace, or on the current one (`source` names it in errors). */
  replay(text: string, source: string, start?: ReplayStart): Promise<Result<ReplayReport>>
}

/** Keeps the session's recording up to date; the worker API calls it around every command and SQL script. */
export class SessionRecorder {
  #recording: SessionRecording = startRecording()
  #answers: string[] = []
  #endOfInput = false

  /** The recording now. */
  get recording(): SessionRecording {
    return this.#recording
  }

  /** Replaces the recording (a restored snapshot's). */
  set recording(value: SessionRecording) {
    this.#recording = value
  }

  /** Starts a new recording from these files and a database that is empty (`freshDatabase`) or not. */
  restart(files: Readonly<Record<string, string>>, freshDatabase: boolean): void {
    this.#recording = startRecording(files, freshDatabase)
  }

  /** A command or SQL script starts on these files: the edits since the last step are recorded. */
  begin(files: Readonly<Record<string, string>>): void {
    this.#recording = recordEdits(this.#recording, files)
    this.#answers = []
    this.#endOfInput = false
  }

  /** The running command read this answer (null: end of input, not recorded). */
  answered(line: string | null): void {
    if (line === null) this.#endOfInput = true
    else this.#answers.push(line)
  }

  /** The command ended and left these files. */
  ranCommand(argv: readonly string[], files: Readonly<Record<string, string>>): void {
    this.#recording = recordRun(this.#recording, argv, this.#answers, files, this.#endOfInput)
    this.#answers = []
  }

  /** These statements of a hand-made SQL script ran without error. */
  ranSql(statements: readonly string[]): void {
    const changes = statements.filter((sql) => !READ_ONLY.test(sql))
    this.#recording = recordSql(
      this.#recording,
      changes.map((sql) => sql.trim().replace(/;?$/, ';')).join('\n'),
    )
  }
}

/** What the workspace methods need from the worker API. */
export interface WorkspacePorts {
  readonly recorder: SessionRecorder
  files(): Record<string, string>
  /** Empty files, a fresh empty database, a new recording. */
  reset(): void
  writeFile(path: string, text: string): void
  removeFile(path: string): void
  run(argv: string[], terminal: Terminal): Promise<CommandOutcome>
  /** Runs a script, throwing at the first failing statement. */
  sql(text: string): void
}

/** Builds the workspace methods on the worker's ports. */
export function createWorkspaceApi(ports: WorkspacePorts): WorkspaceApi {
  return {
    scenario: () =>
      settle(() => {
        const recording = ports.recorder.recording
        return {
          text: writeScenario(scenarioUntil(recording, ports.files())),
          start: { ...recording.start },
          freshDatabase: recording.freshDatabase,
        }
      }),
    replay: (text, source, start = 'empty') =>
      settle(async () => {
        const steps = readScenario(text, source)
        if (start === 'empty') ports.reset()
        let transcript = ''
        let runs = 0
        await playScenario(steps, {
          write: (path, body) => ports.writeFile(path, body),
          remove: (path) => ports.removeFile(path),
          sql: (script) => ports.sql(script),
          run: async (argv, answers) => {
            const queue = [...answers]
            runs += 1
            transcript += `$ python manage.py ${commandLine(argv)}\n`
            const outcome = await ports.run([...argv], {
              stdout: (chunk) => void (transcript += chunk),
              stderr: (chunk) => void (transcript += chunk),
              readLine: async () => {
                const line = queue.shift() ?? null
                if (line !== null) transcript += `${line}\n`
                return line
              },
            })
            if (outcome.status !== 0) transcript += `(exit status ${outcome.status})\n`
          },
        })
        return { files: ports.files(), transcript, runs }
      }),
  }
}
