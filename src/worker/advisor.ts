import { adviseMigration, type Finding } from '../engine/advisor'
import type { SqliteConnection } from '../engine/connection'
import { installedApps, type ProjectFiles } from '../engine/files'
import type { Clock } from '../engine/io'
import { MigrationExecutor } from '../engine/migrations/executor'
import { MigrationLoader } from '../engine/migrations/loader'
import type { ProjectLoader } from '../engine/migrations/project-loader'
import { MigrationRecorder } from '../engine/migrations/recorder'

/** The row count of every table of the database but SQLite's own, by table name. */
function rowCounts(connection: SqliteConnection): Map<string, number> {
  const tables = connection
    .query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .rows.map((row) => String(row[0]))
  return new Map(
    tables.map((table) => [
      table,
      Number(connection.query(`SELECT COUNT(*) FROM "${table.replaceAll('"', '""')}"`).rows[0]![0]),
    ]),
  )
}

/**
 * Takes the files, the database, the clock, the bridge and a migration (`app`, `name`); returns the
 * advisor's findings for it: its forward SQLite SQL collected as sqlmigrate does, the state before it,
 * the row counts of the database now and the migration file's source. Throws an Error carrying
 * Django's stderr when the migrations do not load, or naming the migration when there is no such one.
 */
export async function migrationAdvice(
  files: ProjectFiles,
  connection: SqliteConnection,
  clock: Clock,
  project: ProjectLoader,
  app: string,
  name: string,
): Promise<Finding[]> {
  const loaded = await project.migrations(files)
  if (loaded.kind === 'failure') throw new Error(loaded.stderr.trimEnd())
  const disk = {
    installedApps: installedApps(files),
    packages: loaded.packages,
    migrations: loaded.migrations,
  }
  const applied = new MigrationRecorder(connection, clock).appliedMigrations()
  const executor = new MigrationExecutor(
    () => new MigrationLoader(disk, applied, { replaceMigrations: false }),
    { connection, clock, host: { runPython: async () => {} } },
  )
  const migration = executor.loader.graph.migration([app, name])
  if (migration === undefined) throw new Error(`No migration ${app}.${name}`)
  const sql = await executor.collectSql([{ migration, backwards: false }])
  const source = files.read(`${app}/migrations/${name}.py`)
  return adviseMigration({
    migration,
    stateBefore: executor.loader.projectState([[app, name]], false),
    sql,
    rowCounts: rowCounts(connection),
    ...(source === undefined ? {} : { source }),
  })
}
