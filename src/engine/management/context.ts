import type { SqliteConnection } from '../connection'
import type { ProjectFiles } from '../files'
import type { CodeCache } from '../python/code-cache'
import type { Clock, CommandIO } from '../io'
import type { ProjectLoader } from '../migrations/project-loader'
import type { RunPythonHost } from '../migrations/operations/database-context'

/** Everything a management command may touch: the project's files, its database, the terminal and the clock. */
export interface ManageContext {
  readonly files: ProjectFiles
  /** Opens (once) the project's database, as Django's connection does on first use. */
  readonly connection: () => SqliteConnection
  readonly io: CommandIO
  readonly clock: Clock
  /** The Python side (the bridge): models, migration files, one-off defaults. Absent until the bridge exists. */
  readonly project?: ProjectLoader
  /** Runs RunPython callables; absent until the bridge exists. */
  readonly runPython?: RunPythonHost
  /** Compiled Python modules shared between commands (a worker keeps one; a process makes one per command). */
  readonly codeCache?: CodeCache
  /** Polled while user Python runs (`shell`); returning true raises KeyboardInterrupt. */
  readonly interrupt?: () => boolean
}
