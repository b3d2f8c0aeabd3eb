import type { SqlJsStatic } from 'sql.js'
import { MemoryFiles } from '../engine/files'
import type { CommandIO } from '../engine/io'
import { manage } from '../engine/management/manage'
import { CodeCache } from '../engine/python/code-cache'
import { setupDjango } from '../engine/django/project-loader'
import { createCachedProjectLoader } from './cached-project-loader'
import type { Problem } from './diagnostics'
import { createLessonApi, type LessonApi } from './lessons'
import { describeTables, type RowsPage, type TableInfo, tableRows } from './introspection'
import { migrationGraph, type MigrationGraphView } from './migration-graph'
import { migrationAdvice } from './advisor'
import type { Finding } from '../engine/advisor'
import { labelOperations, operationsOf } from './operation-labels'
import { RecordingConnection, type StatementRecord } from './recording-connection'
import { runPythonConsole } from './python-console'
import { type Result, settle } from './result'
import { runSqliteShell } from './sqlite-shell'
import { type SqlOutcome, SqlJsConnection } from './sqljs-connection'
import type { SessionRecording } from '../engine/workspace/session-recording'
import { createWorkspaceApi, SessionRecorder, type WorkspaceApi } from './workspace'

/** What the engine reports once it answers. */
export interface EngineStatus {
  readonly sqliteVersion: string
}

/** The outcome of one `manage.py` command: its exit status and everything it printed. */
export interface CommandOutcome {
  readonly status: number
  readonly stdout: string
  readonly stderr: string
}

/**
 * Where a command's output goes as it is produced, and where it reads its answers from: the page passes
 * one wrapped in `Comlink.proxy`. `readLine` resolves to the learner's line, or null at end of input.
 */
export interface Terminal {
  stdout(text: string): void
  stderr(text: string): void
  readLine(): Promise<string | null>
}

/** The workspace at one moment: its files, the database file's bytes and the session's recorded scenario. */
export interface Snapshot {
  readonly files: Record<string, string>
  readonly database: Uint8Array
  readonly recording?: SessionRecording
}

/** The worker's API: every method returns plain data in a Result and never throws. */
export interface WorkerApi extends LessonApi, WorkspaceApi {
  /** The engine's status; answering it means the worker and the engine are up. */
  status(): Promise<Result<EngineStatus>>
  /** Runs `manage.py <argv…>`: with lines of input (returned output), or a Terminal it streams to and reads from. */
  manage(argv: string[], input: string[] | Terminal): Promise<Result<CommandOutcome>>
  /** Replaces the workspace's files. */
  setFiles(files: Record<string, string>): Promise<Result<null>>
  /** The workspace's files by path. */
  files(): Promise<Result<Record<string, string>>>
  /** Creates or replaces one file. */
  writeFile(path: string, text: string): Promise<Result<null>>
  /** Deletes one file (an error when it does not exist). */
  removeFile(path: string): Promise<Result<null>>
  /** Every table with its columns, indexes and constraints. */
  tables(): Promise<Result<TableInfo[]>>
  /** One page of a table's rows. */
  rows(table: string, offset: number, limit: number): Promise<Result<RowsPage>>
  /** Runs ad-hoc SQL (one or more statements), returning each statement's rows. */
  sql(text: string): Promise<Result<SqlOutcome[]>>
  /** The migration graph: every migration on disk, its dependencies and applied state. */
  graph(): Promise<Result<MigrationGraphView>>
  /** The migration advisor's findings for the migration `app`.`name` (see src/worker/advisor.ts). */
  advise(app: string, name: string): Promise<Result<Finding[]>>
  /** Every statement run since the last `clearSqlLog`, grouped by command and migration. */
  sqlLog(): Promise<Result<StatementRecord[]>>
  /** Empties the SQL log. */
  clearSqlLog(): Promise<Result<null>>
  /** The files and database bytes now. */
  snapshot(): Promise<Result<Snapshot>>
  /** Puts back the files and database of a snapshot. */
  restore(snapshot: Snapshot): Promise<Result<null>>
  /** The problems of the project's models (syntax, import and system check errors), with `overrides` applied to its files. */
  diagnose(overrides: Record<string, string>): Promise<Result<Problem[]>>
  /** Imports Django, the models and the migrations of the workspace once, so the next command starts warm. */
  warm(): Promise<Result<null>>
}

/** `shell` with no code to run (`-c`): on a terminal it is the interactive console. */
function interactiveShell(argv: readonly string[]): boolean {
  const [name, ...args] = argv
  return (
    name === 'shell' &&
    args.every(
      (arg, i) =>
        arg === '-i' || arg === '--interface' || (i > 0 && args[i - 1] === '-i') || arg === '--no-startup',
    )
  )
}

const MIGRATION_STEP = /^\s+(Applying|Unapplying) (\S+)\.\.\./

/** Builds the worker API on a loaded sql.js, with an empty workspace and an in-memory database (`clock` for tests). */
export function createWorkerApi(SQL: SqlJsStatic, clock = { now: () => new Date() }): WorkerApi {
  let files = new MemoryFiles()
  let database = SqlJsConnection.open(SQL)
  const log: StatementRecord[] = []
  const recorder = new SessionRecorder()
  const codeCache = new CodeCache()
  const project = createCachedProjectLoader({ clock, codeCache })
  const recording = (): RecordingConnection => new RecordingConnection(database, log)

  async function run(argv: string[], input: string[] | Terminal): Promise<CommandOutcome> {
    const lines = Array.isArray(input) ? [...input] : null
    const terminal = Array.isArray(input) ? null : input
    const connection = recording()
    const command = argv.join(' ')
    connection.setGroup(command)
    let stdout = ''
    let stderr = ''
    recorder.begin(files.snapshot())
    const io: CommandIO = {
      stdout: (text) => {
        stdout += text
        const step = MIGRATION_STEP.exec(text)
        if (step !== null) connection.setGroup(`${command} · ${step[1]} ${step[2]}`)
        terminal?.stdout(text)
      },
      stderr: (text) => {
        stderr += text
        terminal?.stderr(text)
      },
      readLine: async () => {
        const line = lines !== null ? (lines.shift() ?? null) : ((await terminal?.readLine()) ?? null)
        recorder.answered(line)
        return line
      },
    }
    const status =
      terminal !== null && interactiveShell(argv)
        ? await pythonConsole(io, connection)
        : argv[0] === 'dbshell' && argv.length === 1
          ? await runSqliteShell(
              database.sqlJsDatabase(),
              {
                version: database.sqliteVersion(),
                interactive: terminal !== null,
                note: (sql, ms, error) => connection.note(sql, ms, error),
              },
              io,
            )
          : await manage(argv, { files, connection: () => connection, io, clock, project, codeCache })
    if (argv[0] === 'migrate') await labelMigrateOperations(command)
    recorder.ranCommand(argv, files.snapshot())
    return { status, stdout, stderr }
  }

  function runSql(text: string): SqlOutcome[] {
    const connection = recording()
    connection.setGroup('SQL box')
    recorder.begin(files.snapshot())
    const ran: string[] = []
    try {
      return database.run(text, (sql, ms, error) => {
        connection.note(sql, ms, error)
        if (error === undefined) ran.push(sql)
      })
    } finally {
      recorder.ranSql(ran)
    }
  }

  const workspace = createWorkspaceApi({
    recorder,
    files: () => files.snapshot(),
    reset: () => {
      files = new MemoryFiles()
      database.close()
      database = SqlJsConnection.open(SQL)
      recorder.restart({}, true)
    },
    writeFile: (path, text) => files.write(path, text),
    removeFile: (path) => files.remove(path),
    run,
    sql: (text) => void runSql(text),
  })

  /** Labels the statements each migration of a `migrate` ran with their operation (see labelOperations). */
  async function labelMigrateOperations(command: string): Promise<void> {
    const groups = new Set(
      log.map((record) => record.group).filter((group) => group.startsWith(`${command} · `)),
    )
    for (const group of groups) {
      const step = /· (Applying|Unapplying) (\w+)\.(\w+)$/.exec(group)
      if (step === null) continue
      let sql = ''
      const io: CommandIO = {
        stdout: (text) => void (sql += text),
        stderr: () => undefined,
        readLine: async () => null,
      }
      const argv = ['sqlmigrate', step[2]!, step[3]!, ...(step[1] === 'Unapplying' ? ['--backwards'] : [])]
      await manage(argv, { files, connection: () => database, io, clock, project, codeCache })
      const indexes = log.flatMap((record, index) => (record.group === group ? [index] : []))
      const labelled = labelOperations(
        indexes.map((index) => log[index]!),
        operationsOf(sql),
      )
      indexes.forEach((index, k) => (log[index] = labelled[k]!))
    }
  }

  async function pythonConsole(io: CommandIO, connection: RecordingConnection): Promise<number> {
    const django = setupDjango(files, {
      clock,
      codeCache,
      stdout: (text) => io.stdout(text),
      stderr: (text) => io.stderr(text),
    })
    if ('kind' in django) {
      io.stderr(django.stderr)
      return django.exitCode
    }
    django.rt.connection = connection
    return runPythonConsole(django, io)
  }

  return {
    ...createLessonApi(SQL, { files: () => files, database: () => database }, { clock, codeCache, project }),
    status: () => settle(() => ({ sqliteVersion: database.sqliteVersion() })),
    manage: (argv, input) => settle(() => run(argv, input)),
    setFiles: (next) =>
      settle(() => {
        files = new MemoryFiles(next)
        return null
      }),
    files: () => settle(() => files.snapshot()),
    writeFile: (path, text) => settle(() => (files.write(path, text), null)),
    removeFile: (path) => settle(() => (files.remove(path), null)),
    tables: () => settle(() => describeTables(database)),
    rows: (table, offset, limit) => settle(() => tableRows(database, table, offset, limit)),
    sql: (text) => settle(() => runSql(text)),
    graph: () => settle(() => migrationGraph(files, database, clock, project)),
    advise: (app, name) => settle(() => migrationAdvice(files, database, clock, project, app, name)),
    sqlLog: () => settle(() => [...log]),
    clearSqlLog: () => settle(() => (log.splice(0), null)),
    snapshot: () =>
      settle(() => ({
        files: files.snapshot(),
        database: database.exportBytes(),
        recording: recorder.recording,
      })),
    restore: (snapshot) =>
      settle(() => {
        files = new MemoryFiles(snapshot.files)
        database.close()
        database = SqlJsConnection.open(SQL, snapshot.database)
        if (snapshot.recording !== undefined) recorder.recording = snapshot.recording
        else
          recorder.restart(
            snapshot.files,
            database.query('SELECT count(*) FROM sqlite_master').rows[0]![0] === 0,
          )
        return null
      }),
    diagnose: (overrides) =>
      settle(() => project.problems(new MemoryFiles({ ...files.snapshot(), ...overrides }))),
    warm: () =>
      settle(async () => {
        project.problems(files)
        await project.migrations(files)
        return null
      }),
    ...workspace,
  }
}
