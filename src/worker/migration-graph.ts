import type { SqliteConnection } from '../engine/connection'
import { installedApps, type ProjectFiles } from '../engine/files'
import type { Clock } from '../engine/io'
import { MigrationLoader } from '../engine/migrations/loader'
import type { MigrationKey } from '../engine/migrations/migration'
import type { ProjectLoader } from '../engine/migrations/project-loader'
import { appliedId, MigrationRecorder } from '../engine/migrations/recorder'

/** A migration in the graph: its id (`library.0001_initial`), file, parents' ids, what it replaces, whether applied. */
export interface GraphNode {
  readonly id: string
  readonly app: string
  readonly name: string
  readonly path: string
  readonly dependencies: readonly string[]
  readonly replaces: readonly string[]
  readonly applied: boolean
  readonly leaf: boolean
}

/** The migration graph of the project, as nodes (every migration on disk, squashes and what they replace alike). */
export interface MigrationGraphView {
  readonly apps: readonly string[]
  readonly nodes: readonly GraphNode[]
}

/**
 * Takes the files, the database, the clock and the bridge; returns every migration on disk with its
 * dependencies and applied state, read through the engine's loader and recorder. Throws what they throw
 * (a load failure becomes an Error carrying Django's stderr).
 */
export async function migrationGraph(
  files: ProjectFiles,
  connection: SqliteConnection,
  clock: Clock,
  project: ProjectLoader,
): Promise<MigrationGraphView> {
  const loaded = await project.migrations(files)
  if (loaded.kind === 'failure') throw new Error(loaded.stderr.trimEnd())
  const apps = installedApps(files)
  const applied = new MigrationRecorder(connection, clock).appliedMigrations()
  const loader = new MigrationLoader(
    { installedApps: apps, packages: loaded.packages, migrations: loaded.migrations },
    applied,
    { replaceMigrations: false },
  )
  const label = (key: MigrationKey): string => `${key[0]}.${key[1]}`
  const leaves = new Set(loader.graph.leafNodes().map(label))
  const nodes = loader.graph.keys().flatMap((key) => {
    const migration = loader.graph.migration(key)
    if (migration === undefined) return []
    const id = label(key)
    return [
      {
        id,
        app: key[0],
        name: key[1],
        path: `${key[0]}/migrations/${key[1]}.py`,
        dependencies: loader.graph.parents(key).map(label),
        replaces: migration.replaces.map(label),
        applied: applied.has(appliedId(key)),
        leaf: leaves.has(id),
      },
    ]
  })
  return { apps, nodes }
}
