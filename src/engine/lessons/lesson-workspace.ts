/**
 * A lesson's workspace outside the page: project files and a database opened through a port, with
 * manage.py runners on it (one that changes it, one that works on a copy).
 */
import type { SqliteConnection } from '../connection'
import { MemoryFiles } from '../files'
import type { CheckContext } from './check-evaluator'
import { manageRunner, type ManageRunner, type RunnerContext } from './manage-runner'

/** A database connection that can be closed. */
export type ClosableConnection = SqliteConnection & { close(): void }

/** Opens a database: empty (null) or from a database file's bytes. */
export type OpenDatabase = (bytes: Uint8Array | null) => ClosableConnection

/** The files and the database file of a workspace at one moment. */
export interface WorkspaceState {
  readonly files: Readonly<Record<string, string>>
  readonly database: Uint8Array | null
}

/** What a workspace needs: a way to open databases, and the context commands run with. */
export interface WorkspacePorts {
  readonly openDatabase: OpenDatabase
  readonly runner: RunnerContext
}

/** An open workspace. */
export interface LessonWorkspace {
  readonly files: MemoryFiles
  readonly connection: ClosableConnection
  /** Runs a command on the workspace. */
  readonly manage: ManageRunner
  /** Runs a command on a copy of the workspace, leaving it as it was. */
  readonly inspect: ManageRunner
  /** The check context with these commands counted as run. */
  checkContext(commands: readonly (readonly string[])[]): CheckContext
  /** The files and database now. */
  state(): WorkspaceState
  close(): void
}

/** A runner that works on a copy of these files and this database. */
export function inspectingRunner(
  ports: WorkspacePorts,
  files: () => Record<string, string>,
  connection: () => SqliteConnection,
): ManageRunner {
  return async (argv, stdin) => {
    const copy = ports.openDatabase(connection().exportBytes())
    try {
      return await manageRunner(ports.runner, new MemoryFiles(files()), copy)(argv, stdin)
    } finally {
      copy.close()
    }
  }
}

/** Opens a workspace on a state. */
export function openWorkspace(state: WorkspaceState, ports: WorkspacePorts): LessonWorkspace {
  const files = new MemoryFiles({ ...state.files })
  const connection = ports.openDatabase(state.database)
  const inspect = inspectingRunner(
    ports,
    () => files.snapshot(),
    () => connection,
  )
  return {
    files,
    connection,
    manage: manageRunner(ports.runner, files, connection),
    inspect,
    checkContext: (commands) => ({ files, connection, commands, inspect }),
    state: () => ({ files: files.snapshot(), database: connection.exportBytes() }),
    close: () => connection.close(),
  }
}
