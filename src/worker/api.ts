import type { SqlJsStatic } from 'sql.js'
import { MemoryFiles } from '../engine/files'
import type { CommandIO } from '../engine/io'
import { manage } from '../engine/management/manage'
import { type Result, settle } from './result'
import { SqlJsConnection } from './sqljs-connection'

/** What the engine reports once it answers. */
export interface EngineStatus {
  readonly sqliteVersion: string
}

/** The outcome of one `manage.py` command. */
export interface CommandOutcome {
  readonly status: number
  readonly stdout: string
  readonly stderr: string
}

/** The worker's API: every method returns plain data and never throws. */
export interface WorkerApi {
  /** The engine's status; answering it means the worker and the engine are up. */
  status(): Promise<Result<EngineStatus>>
  /** Runs `manage.py <argv…>` on the workspace with the given input lines. */
  manage(argv: string[], stdin: string[]): Promise<Result<CommandOutcome>>
  /** Replaces the workspace's files. */
  setFiles(files: Record<string, string>): Promise<Result<null>>
  /** The workspace's files by path. */
  files(): Promise<Result<Record<string, string>>>
}

/** Builds the worker API on a loaded sql.js, with an empty workspace and an in-memory database. */
export function createWorkerApi(SQL: SqlJsStatic): WorkerApi {
  let files = new MemoryFiles()
  const connection = SqlJsConnection.open(SQL)
  return {
    status: () => settle(() => ({ sqliteVersion: connection.sqliteVersion() })),
    manage: (argv, stdin) =>
      settle(async () => {
        const input = [...stdin]
        let stdout = ''
        let stderr = ''
        const io: CommandIO = {
          stdout: (text) => void (stdout += text),
          stderr: (text) => void (stderr += text),
          readLine: async () => input.shift() ?? null,
        }
        const status = await manage(argv, {
          files,
          connection: () => connection,
          io,
          clock: { now: () => new Date() },
        })
        return { status, stdout, stderr }
      }),
    setFiles: (next) =>
      settle(() => {
        files = new MemoryFiles(next)
        return null
      }),
    files: () => settle(() => files.snapshot()),
  }
}
