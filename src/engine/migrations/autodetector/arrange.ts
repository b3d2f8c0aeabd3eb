import { migration, type Migration, type MigrationDependency } from '../migration'
import { migrationNameFragment } from '../operations/describe'
import type { Operation } from '../operations/operation'
import { optimize } from '../optimizer'
import type { Questioner } from '../questioner'
import type { Detection, PendingOperation } from './detection'
import { satisfiableModel, satisfies, type OperationDependency } from './operation-dependency'
import { TopologicalSorter } from './topological-sorter'

/** Raised when generated operations cannot be split into migrations (Django's ValueError). */
export class UnresolvableDependenciesError extends Error {
  override readonly name = 'ValueError'
}

/** The leaf migrations of the graph on disk, per app (sorted), as `arrange_for_graph` needs them. */
export interface GraphLeaves {
  /** The leaf nodes of one app, sorted; [] for an app without migrations. */
  leafNodes(appLabel: string): readonly (readonly [string, string])[]
}

/** Settings the autodetector reads: swappable model settings (`AUTH_USER_MODEL` → `auth.User`). */
export type SwappableSettings = Readonly<Record<string, string>>

/** A migration being built: mutable until `arrangeForGraph` names it. @internal */
export interface DraftMigration {
  name: string
  readonly appLabel: string
  operations: Operation[]
  dependencies: MigrationDependency[]
  readonly initial: boolean
}

function resolveDependency(
  dep: OperationDependency,
  settings: SwappableSettings,
): [OperationDependency, boolean] {
  if (dep.appLabel !== '__setting__') return [dep, false]
  const value = settings[dep.modelName] ?? 'auth.User'
  const dot = value.indexOf('.')
  return [{ ...dep, appLabel: value.slice(0, dot), modelName: value.slice(dot + 1).toLowerCase() }, true]
}

/** Orders each app's operations so that same-app dependencies come first (Django's `_sort_migrations`). */
export function sortOperations(d: Detection, settings: SwappableSettings): void {
  for (const app of [...d.generated.keys()].sort()) {
    const ops = d.generated.get(app)!
    const sorter = new TopologicalSorter<PendingOperation>()
    const byModel = new Map<string, PendingOperation[]>()
    for (const pending of ops) {
      const model = satisfiableModel(pending.op)
      if (model === null) continue
      const list = byModel.get(model)
      if (list === undefined) byModel.set(model, [pending])
      else list.push(pending)
    }
    for (const pending of ops) {
      sorter.add(pending)
      for (const raw of pending.deps) {
        const [dep] = resolveDependency(raw, settings)
        if (dep.appLabel !== app) continue
        const candidates = byModel.get(dep.modelName.toLowerCase()) ?? []
        sorter.add(pending, ...candidates.filter((other) => satisfies(other.op, dep)))
      }
    }
    d.generated.set(app, sorter.staticOrder())
  }
}

const depKey = (dep: MigrationDependency) => `${dep.appLabel}\u0000${dep.name}\u0000${dep.setting ?? ''}`

/**
 * Chops each app's operations into migrations (Django's `_build_migration_list`): walking apps in
 * sorted order, an operation whose cross-app dependency is still pending stops its app; when nothing
 * moves, chop mode turns such dependencies into the other app's leaf or `__first__`.
 */
export function buildMigrationList(
  d: Detection,
  leaves: GraphLeaves,
  settings: SwappableSettings,
): Map<string, DraftMigration[]> {
  const migrations = new Map<string, DraftMigration[]>()
  const existingApps = new Set(d.from.models.map((m) => m.appLabel))
  const pendingCount = () => [...d.generated.values()].reduce((n, ops) => n + ops.length, 0)
  let numOps = pendingCount()
  let chopMode = false
  while (numOps > 0) {
    for (const app of [...d.generated.keys()].sort()) {
      const chopped: PendingOperation[] = []
      const dependencies = new Map<string, MigrationDependency>()
      const ops = d.generated.get(app)!
      for (const pending of [...ops]) {
        let satisfied = true
        const opDeps: MigrationDependency[] = []
        for (const original of pending.deps) {
          const [dep, swappable] = resolveDependency(original, settings)
          if (dep.appLabel === app) continue
          if ((d.generated.get(dep.appLabel) ?? []).some((other) => satisfies(other.op, dep))) {
            satisfied = false
            break
          }
          if (swappable) {
            opDeps.push({ appLabel: dep.appLabel, name: '__first__', setting: original.modelName })
          } else if (migrations.has(dep.appLabel)) {
            const list = migrations.get(dep.appLabel)!
            opDeps.push({ appLabel: dep.appLabel, name: list[list.length - 1]!.name })
          } else if (chopMode) {
            const leaf = leaves.leafNodes(dep.appLabel)[0]
            opDeps.push(
              leaf !== undefined
                ? { appLabel: leaf[0], name: leaf[1] }
                : { appLabel: dep.appLabel, name: '__first__' },
            )
          } else {
            satisfied = false
          }
        }
        if (!satisfied) break
        chopped.push(pending)
        for (const dep of opDeps) dependencies.set(depKey(dep), dep)
        ops.shift()
      }
      if (dependencies.size > 0 || chopped.length > 0) {
        if (ops.length === 0 || chopMode) {
          const list = migrations.get(app) ?? []
          list.push({
            name: `auto_${list.length + 1}`,
            appLabel: app,
            operations: chopped.map((p) => p.op),
            dependencies: [...dependencies.values()],
            initial: !existingApps.has(app),
          })
          migrations.set(app, list)
          chopMode = false
        } else {
          d.generated.set(app, [...chopped, ...ops])
        }
      }
    }
    const newNumOps = pendingCount()
    if (newNumOps === numOps) {
      if (!chopMode) chopMode = true
      else throw new UnresolvableDependenciesError('Cannot resolve operation dependencies')
    }
    numOps = newNumOps
  }
  return migrations
}

/** Adds each migration's dependency on the previous one of its app, then optimizes every migration. */
export function optimizeMigrations(migrations: Map<string, DraftMigration[]>): void {
  for (const [app, list] of migrations) {
    for (let i = 1; i < list.length; i++)
      list[i]!.dependencies.push({ appLabel: app, name: list[i - 1]!.name })
    for (const m of list) {
      const unique = new Map(m.dependencies.map((dep) => [depKey(dep), dep]))
      m.dependencies = [...unique.values()]
      m.operations = optimize(m.operations, app)
    }
  }
}

/** Formats an instant as Django's migration-name timestamp: `20261125_1415` (UTC, as TIME_ZONE='UTC'). */
export function migrationNameTimestamp(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0')
  return (
    `${now.getUTCFullYear()}${two(now.getUTCMonth() + 1)}${two(now.getUTCDate())}_` +
    `${two(now.getUTCHours())}${two(now.getUTCMinutes())}`
  )
}

/**
 * Suggests a migration name from its operations (Django's `Migration.suggest_name`): `initial`, the
 * operations' fragments joined until 52 characters then `_and_more`, or `auto_<timestamp>`.
 */
export function suggestName(operations: readonly Operation[], initial: boolean, now: Date): string {
  if (initial) return 'initial'
  const raw = operations.map(migrationNameFragment)
  const fragments = raw
    .filter((f): f is string => f !== null && f !== '')
    .map((f) => f.replace(/[^\p{L}\p{N}_]+/gu, '_'))
  if (fragments.length === 0 || fragments.length !== operations.length)
    return `auto_${migrationNameTimestamp(now)}`
  let name = fragments[0]!
  for (const fragment of fragments.slice(1)) {
    const next = `${name}_${fragment}`
    if (next.length > 52) {
      name = `${name}_and_more`
      break
    }
    name = next
  }
  return name
}

/** Reads the number at the start of a migration name (`0004_x` → 4; `0001_squashed_0005_x` → 5). */
export function parseNumber(name: string): number | null {
  const squashed = /.*_squashed_(\d+)/.exec(name)
  if (squashed !== null) return Number(squashed[1])
  const match = /^\d+/.exec(name)
  return match === null ? null : Number(match[0])
}

/**
 * Names and numbers the migrations after the graph's leaves (Django's `arrange_for_graph`): apps without
 * a leaf are dropped unless the questioner wants an initial migration; the first migration of an app
 * depends on its leaf.
 */
export function arrangeForGraph(
  migrations: Map<string, DraftMigration[]>,
  leaves: GraphLeaves,
  questioner: Questioner,
  migrationName: string | undefined,
  now: Date,
): Map<string, DraftMigration[]> {
  const nameMap = new Map<string, MigrationDependency>()
  const key = (app: string, name: string) => `${app}\u0000${name}`
  for (const [app, list] of [...migrations]) {
    if (list.length === 0) continue
    const leaf = leaves.leafNodes(app)[0]
    if (leaf === undefined && !questioner.askInitial(app)) {
      for (const m of list) nameMap.set(key(app, m.name), { appLabel: app, name: '__first__' })
      migrations.delete(app)
      continue
    }
    let next = leaf === undefined ? 1 : (parseNumber(leaf[1]) ?? 0) + 1
    list.forEach((m, i) => {
      if (i === 0 && leaf !== undefined) m.dependencies.push({ appLabel: leaf[0], name: leaf[1] })
      const suffix =
        migrationName !== undefined && migrationName !== ''
          ? migrationName
          : i === 0 && leaf === undefined
            ? 'initial'
            : suggestName(m.operations, m.initial, now).slice(0, 100)
      const newName = `${String(next).padStart(4, '0')}_${suffix}`
      nameMap.set(key(app, m.name), { appLabel: app, name: newName })
      next++
      m.name = newName
    })
  }
  for (const list of migrations.values()) {
    for (const m of list) {
      m.dependencies = m.dependencies.map((dep) =>
        dep.setting !== undefined ? dep : (nameMap.get(key(dep.appLabel, dep.name)) ?? dep),
      )
    }
  }
  return migrations
}

/** Keeps only the migrations of `appLabels` and of the apps they depend on (Django's `_trim_to_apps`). */
export function trimToApps(migrations: Map<string, DraftMigration[]>, appLabels: ReadonlySet<string>): void {
  const appDependencies = new Map<string, Set<string>>()
  for (const [app, list] of migrations) {
    for (const m of list) {
      for (const dep of m.dependencies) {
        const set = appDependencies.get(app) ?? new Set<string>()
        set.add(dep.appLabel)
        appDependencies.set(app, set)
      }
    }
  }
  const required = new Set(appLabels)
  let size = -1
  while (size !== required.size) {
    size = required.size
    for (const app of [...required]) for (const dep of appDependencies.get(app) ?? []) required.add(dep)
  }
  for (const app of [...migrations.keys()]) if (!required.has(app)) migrations.delete(app)
}

/** Freezes a draft into a Migration. */
export function freezeDraft(draft: DraftMigration): Migration {
  return migration({
    appLabel: draft.appLabel,
    name: draft.name,
    dependencies: draft.dependencies,
    initial: draft.initial,
    operations: draft.operations,
  })
}
