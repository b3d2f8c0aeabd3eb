import * as Comlink from 'comlink'
import type { TableInfo } from '../worker/introspection'
import type { MigrationGraphView } from '../worker/migration-graph'
import type { StatementRecord } from '../worker/recording-connection'
import type { Result } from '../worker/result'
import type { Snapshot } from '../worker/api'
import type { SqlOutcome } from '../worker/sqljs-connection'
import { parseLine } from './command-line'
import { DEFAULT_PROJECT } from './default-project'
import type { RunningWorker } from '../worker/client'
import { createEngine, type Engine } from './engine.svelte'
import { explainErrors, type ErrorCard } from './error-cards'
import { createProject, replaceFiles, type ProjectState } from './project.svelte'
import { createLineReader, createTerminal, type TerminalState, write } from './terminal.svelte'

/** What the SQL box shows after a run: each statement's rows, or SQLite's message. */
export type SqlBoxOutcome =
  { readonly ok: true; readonly outcomes: SqlOutcome[] } | { readonly ok: false; readonly message: string }

/** What the panels show: tables, the graph (or why it cannot be drawn), the SQL log, the error cards. */
export interface PanelsState {
  tables: TableInfo[]
  graph: MigrationGraphView | null
  graphError: string | null
  sqlLog: StatementRecord[]
  cards: ErrorCard[]
  /** How many undo steps there are. */
  undoDepth: number
}

/** The playground session: the engine, the project, the terminal, the panels and what they can do. */
export interface Session {
  readonly engine: Engine
  readonly project: ProjectState
  readonly terminal: TerminalState
  readonly panels: PanelsState
  /** Runs a terminal line (`python manage.py …`). */
  run(line: string): Promise<void>
  /** Answers the question the running command waits on (null is end of input). */
  answer(line: string | null): void
  /** Ends a running command at once and restores the state before it, keeping the editor's files. */
  stop(): Promise<void>
  /** Puts back the files and database from before the last command. */
  undo(): Promise<void>
  /** Rereads the tables, graph and SQL log. */
  refresh(): Promise<void>
  /** Once the engine is ready: hands it the files, warms it up (`data-warm` on `<html>`), fills the panels. */
  start(): Promise<void>
  /** Checks the editor's files for problems (debounced by the caller; a check asked for while one runs follows it). */
  diagnose(): Promise<void>
  /** Runs SQL typed in the SQL box (undoable like a command); a failure is explained by error cards. */
  runSql(text: string): Promise<SqlBoxOutcome>
}

function orThrow<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.name}: ${result.error.message}`)
  return result.value
}

/** Creates the session on a started worker with the default project. */
export function createSession(first: RunningWorker): Session {
  const engine = createEngine(first)
  const project = createProject(DEFAULT_PROJECT)
  const terminal = createTerminal()
  const reader = createLineReader(terminal)
  const panels: PanelsState = $state({
    tables: [],
    graph: null,
    graphError: null,
    sqlLog: [],
    cards: [],
    undoDepth: 0,
  })
  const undoStack: Snapshot[] = []
  let cancel: (() => void) | null = null
  let diagnosedKey = ''
  let diagnosing: Promise<void> | null = null
  let diagnoseAgain = false

  async function refresh(): Promise<void> {
    const api = engine.api
    const [tables, graph, log] = await Promise.all([api.tables(), api.graph(), api.sqlLog()])
    panels.tables = tables.ok ? tables.value : []
    panels.graph = graph.ok ? graph.value : null
    panels.graphError = graph.ok ? null : graph.error.message
    panels.sqlLog = log.ok ? log.value : []
  }

  async function run(line: string): Promise<void> {
    if (terminal.running !== null) return
    if (line.trim() !== '' && terminal.history.at(-1) !== line) terminal.history.push(line)
    write(terminal, 'input', `$ ${line}\n`)
    const parsed = parseLine(line)
    if (parsed.kind === 'empty') return
    if (parsed.kind === 'hint') {
      write(terminal, 'hint', parsed.message)
      return
    }
    terminal.running = line
    terminal.sinceInput = ''
    panels.cards = []
    const api = engine.api
    orThrow(await api.setFiles($state.snapshot(project.files)))
    const snapshot = orThrow(await api.snapshot())
    undoStack.push(snapshot)
    panels.undoDepth = undoStack.length
    const stopped = new Promise<null>((resolve) => (cancel = () => resolve(null)))
    const sink = Comlink.proxy({
      stdout: (text: string) => write(terminal, 'stdout', text),
      stderr: (text: string) => write(terminal, 'stderr', text),
      readLine: () => reader.readLine(),
    })
    const outcome = await Promise.race([api.manage(parsed.argv, sink), stopped])
    cancel = null
    if (outcome === null) return
    terminal.running = null
    if (!outcome.ok) {
      write(terminal, 'stderr', `${outcome.error.name}: ${outcome.error.message}\n`)
      return
    }
    const files = await api.files()
    if (files.ok) replaceFiles(project, files.value)
    panels.cards = explainErrors(outcome.value.stdout + outcome.value.stderr, project.files)
    await refresh()
  }

  async function diagnoseOnce(): Promise<void> {
    if (terminal.running !== null) return
    const files = $state.snapshot(project.files)
    // Migration files do not change what models.py imports to: skip a check of the same sources.
    const key = JSON.stringify(Object.entries(files).filter(([path]) => !path.includes('/migrations/')))
    if (key === diagnosedKey) return
    const result = await engine.api.diagnose(files)
    if (!result.ok) return
    diagnosedKey = key
    project.problems = result.value
  }

  async function restoreAfterRestart(snapshot: Snapshot | undefined, keepFiles: boolean): Promise<void> {
    const api = engine.api
    if (snapshot !== undefined) orThrow(await api.restore(snapshot))
    if (keepFiles) orThrow(await api.setFiles($state.snapshot(project.files)))
    await api.warm()
    await refresh()
  }

  return {
    engine,
    project,
    terminal,
    panels,
    run,
    answer: (line) => reader.answer(line),
    async stop() {
      if (terminal.running === null) return
      reader.answer(null)
      cancel?.()
      await engine.restart()
      const snapshot = undoStack.pop()
      panels.undoDepth = undoStack.length
      terminal.running = null
      write(
        terminal,
        'hint',
        '^C\nStopped. The files and database are back to how they were before the command.\n',
      )
      await restoreAfterRestart(snapshot, true)
    },
    async undo() {
      if (terminal.running !== null) return
      const snapshot = undoStack.pop()
      panels.undoDepth = undoStack.length
      if (snapshot === undefined) return
      orThrow(await engine.api.restore(snapshot))
      replaceFiles(project, { ...snapshot.files })
      panels.cards = []
      write(terminal, 'hint', 'Undone: files and database restored from before the last command.\n')
      await refresh()
    },
    refresh,
    async start() {
      const api = engine.api
      orThrow(await api.setFiles($state.snapshot(project.files)))
      await api.warm()
      document.documentElement.dataset['warm'] = 'true'
      await refresh()
    },
    async diagnose() {
      if (diagnosing !== null) {
        diagnoseAgain = true
        return diagnosing
      }
      diagnosing = (async () => {
        do {
          diagnoseAgain = false
          await diagnoseOnce()
        } while (diagnoseAgain)
      })().finally(() => (diagnosing = null))
      return diagnosing
    },
    async runSql(text) {
      const snapshot = await engine.api.snapshot()
      if (snapshot.ok) undoStack.push(snapshot.value)
      panels.undoDepth = undoStack.length
      const result = await engine.api.sql(text)
      panels.cards = result.ok ? [] : explainErrors(result.error.message, project.files)
      await refresh()
      return result.ok ? { ok: true, outcomes: result.value } : { ok: false, message: result.error.message }
    },
  }
}
