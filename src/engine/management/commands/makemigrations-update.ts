import { suggestName } from '../../migrations/autodetector/arrange'
import type { Changes } from '../../migrations/autodetector/autodetector'
import { type MigrationLoader } from '../../migrations/loader'
import { migration, type Migration, type MigrationDependency } from '../../migrations/migration'
import { optimize } from '../../migrations/optimizer'
import { appliedId } from '../../migrations/recorder'
import { CommandError } from './migrate-support'

/** The migrations `--update` writes, and the files they replace (by app). */
export interface UpdatedChanges {
  readonly changes: Changes
  readonly replacedPaths: ReadonlyMap<string, string>
}

const label = (m: Migration) => `${m.appLabel}.${m.name}`

/**
 * `makemigrations --update` (Django's `write_to_last_migration_files`): folds each app's new operations
 * into its leaf migration, optimizes them and renames the migration after them (`_updated` when the
 * name would not change). Throws CommandError for apps without migrations, squashes, applied leaves and
 * leaves other migrations depend on.
 */
export function updateLastMigrations(
  changes: Changes,
  loader: MigrationLoader,
  migrationName: string | undefined,
  now: Date,
): UpdatedChanges {
  const updated = new Map<string, Migration[]>()
  const replacedPaths = new Map<string, string>()
  for (const [app, migrations] of changes) {
    const leafKey = loader.graph.leafNodes(app)[0]
    if (leafKey === undefined)
      throw new CommandError(`App ${app} has no migration, cannot update last migration.`)
    const leaf = loader.graph.migration(leafKey)!
    if (leaf.replaces.length > 0) throw new CommandError(`Cannot update squash migration '${label(leaf)}'.`)
    if (loader.appliedMigrations.has(appliedId(leafKey))) {
      throw new CommandError(`Cannot update applied migration '${label(leaf)}'.`)
    }
    const depending = [...loader.diskMigrations.values()].filter((m) =>
      m.dependencies.some((d) => d.appLabel === leafKey[0] && d.name === leafKey[1]),
    )
    if (depending.length > 0) {
      const names = depending.map((m) => `'${label(m)}'`).join(', ')
      throw new CommandError(`Cannot update migration '${label(leaf)}' that migrations ${names} depend on.`)
    }
    const operations = [...leaf.operations]
    const dependencies: MigrationDependency[] = [...leaf.dependencies]
    for (const m of migrations) {
      operations.push(...m.operations)
      for (const dep of m.dependencies)
        if (dep.setting !== undefined || dep.appLabel !== m.appLabel) dependencies.push(dep)
    }
    const optimized = optimize(operations, app)
    const fragment =
      migrationName !== undefined && migrationName !== ''
        ? migrationName
        : suggestName(optimized, leaf.initial === true, now)
    const suggested = `${leaf.name.slice(0, 4)}_${fragment}`
    const name = leaf.name === suggested ? `${leaf.name}_updated` : suggested
    updated.set(app, [migration({ ...leaf, name, dependencies, operations: optimized })])
    replacedPaths.set(app, `${app}/migrations/${leaf.name}.py`)
  }
  return { changes: updated, replacedPaths }
}
