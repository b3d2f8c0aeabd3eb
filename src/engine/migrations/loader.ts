import { compareKeys, keyLabel, MigrationGraph } from './graph'
import {
  AmbiguityError,
  InconsistentMigrationHistory,
  MigrationKeyError,
  type MigrationKey,
  MigrationValueError,
  NodeNotFoundError,
} from './exceptions'
import type { Migration } from './migration'
import { ProjectState } from './project-state'
import type { AppliedMigration } from './recorder'
import { appliedId } from './recorder'
import { stateForwards } from './operations/state-forwards'

/**
 * What the loader is given (the bridge reads it from the files): the installed app labels, the apps that
 * have a migrations package, and every migration of those packages (files starting with `_` or `~`
 * already skipped).
 */
export interface DiskMigrations {
  readonly installedApps: readonly string[]
  readonly packages: readonly string[]
  readonly migrations: readonly Migration[]
}

/** How a loader builds its graph: with squashed migrations used in place of what they replace (default), or not. */
export interface LoaderOptions {
  readonly replaceMigrations?: boolean
  /** Treat a dependency on an app with no migrations as no dependency. */
  readonly ignoreNoMigrations?: boolean
}

/** Takes a migration, returns how Django prints it: `library.0001_initial`. */
export function migrationLabel(migration: Migration): string {
  return `${migration.appLabel}.${migration.name}`
}

/** Takes a migration, returns its key. */
export function migrationKey(migration: Migration): MigrationKey {
  return [migration.appLabel, migration.name]
}

/**
 * The migrations of a project as Django's MigrationLoader sees them: the graph (squashes substituted
 * when usable), which apps are migrated, which migrations are applied.
 */
export class MigrationLoader {
  readonly graph: MigrationGraph<Migration>
  readonly diskMigrations: ReadonlyMap<string, Migration>
  readonly appliedMigrations: Map<string, AppliedMigration>
  /** Squashed migrations by id (`appliedId`), whether or not the graph uses them. */
  readonly replacements: ReadonlyMap<string, Migration>
  readonly migratedApps: ReadonlySet<string>
  readonly unmigratedApps: ReadonlySet<string>
  readonly replaceMigrations: boolean

  /**
   * Builds the graph from the migrations on disk and the applied rows (null when there is no database),
   * validating it: NodeNotFoundError for a missing dependency, CircularDependencyError for a cycle.
   */
  constructor(
    disk: DiskMigrations,
    applied: Map<string, AppliedMigration> | null,
    options: LoaderOptions = {},
  ) {
    this.replaceMigrations = options.replaceMigrations ?? true
    const packages = new Set(disk.packages)
    this.migratedApps = new Set(disk.installedApps.filter((app) => packages.has(app)))
    this.unmigratedApps = new Set(disk.installedApps.filter((app) => !packages.has(app)))
    const diskMigrations = new Map<string, Migration>()
    for (const migration of disk.migrations) {
      if (this.migratedApps.has(migration.appLabel))
        diskMigrations.set(appliedId(migrationKey(migration)), migration)
    }
    this.diskMigrations = diskMigrations
    this.appliedMigrations = new Map(applied ?? [])
    const graph = new MigrationGraph<Migration>()
    const replacements = new Map<string, Migration>()
    for (const [id, migration] of diskMigrations) {
      graph.addNode(migrationKey(migration), migration)
      if (migration.replaces.length > 0) replacements.set(id, migration)
    }
    this.replacements = replacements
    this.graph = graph
    for (const migration of diskMigrations.values()) {
      for (const dep of migration.dependencies) {
        if (dep.appLabel === migration.appLabel && dep.name !== '__first__' && dep.setting === undefined) {
          graph.addDependency(
            migrationLabel(migration),
            migrationKey(migration),
            [dep.appLabel, dep.name],
            true,
          )
        }
      }
    }
    for (const migration of diskMigrations.values()) {
      for (const dep of migration.dependencies) {
        if (dep.appLabel === migration.appLabel && dep.setting === undefined) continue
        const parent = this.#checkKey(
          [dep.appLabel, dep.setting !== undefined ? '__first__' : dep.name],
          migration.appLabel,
          options,
        )
        if (parent !== null)
          graph.addDependency(migrationLabel(migration), migrationKey(migration), parent, true)
      }
      for (const before of migration.runBefore) {
        const child = this.#checkKey(before, migration.appLabel, options)
        if (child !== null)
          graph.addDependency(migrationLabel(migration), child, migrationKey(migration), true)
      }
    }
    if (this.replaceMigrations) {
      for (const [id, migration] of replacements) {
        const statuses = migration.replaces.map((key) => this.appliedMigrations.has(appliedId(key)))
        const all = statuses.every(Boolean)
        if (all) {
          this.appliedMigrations.set(id, {
            id: -1,
            app: migration.appLabel,
            name: migration.name,
            applied: '',
          })
        } else this.appliedMigrations.delete(id)
        if (all || !statuses.some(Boolean))
          graph.removeReplacedNodes(migrationKey(migration), migration.replaces)
        else graph.removeReplacementNode(migrationKey(migration), migration.replaces)
      }
    }
    try {
      graph.validateConsistency()
    } catch (error) {
      throw this.#explainReplaced(error)
    }
    graph.ensureNotCyclic()
  }

  #explainReplaced(error: unknown): unknown {
    if (!(error instanceof NodeNotFoundError)) return error
    const candidates = [...this.replacements.values()].filter((m) =>
      m.replaces.some((key) => key[0] === error.node[0] && key[1] === error.node[1]),
    )
    if (candidates.length === 0 || candidates.some((c) => this.graph.has(migrationKey(c)))) return error
    const tries = candidates.map(migrationLabel).join(', ')
    const [app, name] = error.node
    return new NodeNotFoundError(
      `Migration ${error.origin} depends on nonexistent node ('${app}', '${name}'). Django tried to replace migration ${app}.${name} with any of [${tries}] but wasn't able to because some of the replaced migrations are already applied.`,
      error.node,
    )
  }

  #checkKey(key: MigrationKey, currentApp: string, options: LoaderOptions): MigrationKey | null {
    if ((key[1] !== '__first__' && key[1] !== '__latest__') || this.graph.has(key)) return key
    if (key[0] === currentApp) return null
    if (this.unmigratedApps.has(key[0])) return null
    if (this.migratedApps.has(key[0])) {
      const found = key[1] === '__first__' ? this.graph.rootNodes(key[0])[0] : this.graph.leafNodes(key[0])[0]
      if (found !== undefined) return found
      if (options.ignoreNoMigrations) return null
      throw new MigrationValueError(`Dependency on app with no migrations: ${key[0]}`)
    }
    throw new MigrationValueError(`Dependency on unknown app: ${key[0]}`)
  }

  /** Whether the migration `(app, name)` is applied. */
  isApplied(key: MigrationKey): boolean {
    return this.appliedMigrations.has(appliedId(key))
  }

  /** The disk migration `(app, name)`, or undefined. */
  diskMigration(key: MigrationKey): Migration | undefined {
    return this.diskMigrations.get(appliedId(key))
  }

  /**
   * The one migration of `app` whose name starts with `prefix`. Throws AmbiguityError when several do
   * and a KeyError when none does, with Django's messages.
   */
  getMigrationByPrefix(app: string, prefix: string): Migration {
    const found = [...this.diskMigrations.values()].filter(
      (m) => m.appLabel === app && m.name.startsWith(prefix),
    )
    if (found.length > 1)
      throw new AmbiguityError(`There is more than one migration for '${app}' with the prefix '${prefix}'`)
    if (found.length === 0)
      throw new MigrationKeyError(`There is no migration for '${app}' with the prefix '${prefix}'`)
    return found[0]!
  }

  /**
   * Raises InconsistentMigrationHistory when an applied migration has an unapplied dependency (a squash
   * whose replaced migrations are all applied counts as applied).
   */
  checkConsistentHistory(applied: Map<string, AppliedMigration>): void {
    for (const row of applied.values()) {
      const key: MigrationKey = [row.app, row.name]
      if (!this.graph.has(key)) continue
      for (const parent of this.graph.parents(key)) {
        if (applied.has(appliedId(parent))) continue
        const squash = this.replacements.get(appliedId(parent))
        if (squash !== undefined && squash.replaces.every((k) => applied.has(appliedId(k)))) continue
        throw new InconsistentMigrationHistory(
          `Migration ${keyLabel(key)} is applied before its dependency ${keyLabel(parent)} on database 'default'.`,
        )
      }
    }
  }

  /** Apps with more than one leaf node, each with its sorted leaf names. */
  detectConflicts(): Map<string, string[]> {
    const leaves = new Map<string, string[]>()
    for (const [app, name] of this.graph.leafNodes()) leaves.set(app, [...(leaves.get(app) ?? []), name])
    const conflicts = new Map<string, string[]>()
    for (const [app, names] of leaves) if (names.length > 1) conflicts.set(app, [...names].sort())
    return conflicts
  }

  /**
   * The project state after the migrations leading to `nodes` (every leaf when omitted); with
   * `atEnd = false` the nodes themselves are left out (the state just before them).
   */
  projectState(nodes?: readonly MigrationKey[], atEnd = true): ProjectState {
    const targets = nodes ?? this.graph.leafNodes()
    // Django's make_state returns a bare ProjectState (no real apps) when there is nothing to replay.
    if (targets.length === 0) return ProjectState.empty()
    let state = ProjectState.empty(this.unmigratedApps)
    const targetIds = new Set(targets.map(appliedId))
    const seen = new Set<string>()
    for (const node of targets) {
      for (const key of this.graph.forwardsPlan(node)) {
        const id = appliedId(key)
        if (seen.has(id) || (!atEnd && targetIds.has(id))) continue
        seen.add(id)
        state = mutateState(this.graph.migration(key)!, state)
      }
    }
    return state
  }
}

/** Applies every operation of a migration to a state (Django's `mutate_state`). */
export function mutateState(migration: Migration, state: ProjectState): ProjectState {
  let next = state
  for (const op of migration.operations) next = stateForwards(op, migration.appLabel, next)
  return next
}

/** Sorts keys as Python sorts `(app, name)` tuples. */
export function sortKeys(keys: readonly MigrationKey[]): MigrationKey[] {
  return [...keys].sort(compareKeys)
}
