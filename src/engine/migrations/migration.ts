import type { Operation } from './operations/operation'

/**
 * A dependency of a migration: `('library', '0001_initial')`, `('library', '__first__')`,
 * `('library', '__latest__')`, or a swappable dependency (`migrations.swappable_dependency(settings.AUTH_USER_MODEL)`),
 * which carries the setting name and resolves to `(app of the setting's model, '__first__')`.
 */
export interface MigrationDependency {
  readonly appLabel: string
  readonly name: string
  /** For a swappable dependency, the setting (`AUTH_USER_MODEL`). */
  readonly setting?: string
}

/** A migration node key: `(app_label, name)`. */
export type MigrationKey = readonly [appLabel: string, name: string]

/**
 * A migration (Django's `Migration` class): its app, its name (the file name without `.py`), what it
 * depends on, what must run after it (`run_before`), what it replaces (squashes), `initial`
 * (`None` is null), `atomic`, and its operations in order.
 */
export interface Migration {
  readonly appLabel: string
  readonly name: string
  readonly dependencies: readonly MigrationDependency[]
  readonly runBefore: readonly MigrationKey[]
  readonly replaces: readonly MigrationKey[]
  readonly initial: boolean | null
  readonly atomic: boolean
  readonly operations: readonly Operation[]
}

/** The parts a caller may give to `migration`; the rest default as Django's Migration class does. */
export interface MigrationSpec {
  readonly appLabel: string
  readonly name: string
  readonly dependencies?: readonly MigrationDependency[]
  readonly runBefore?: readonly MigrationKey[]
  readonly replaces?: readonly MigrationKey[]
  readonly initial?: boolean | null
  readonly atomic?: boolean
  readonly operations?: readonly Operation[]
}

/** Takes a migration's parts, returns a frozen Migration (no dependencies, `initial=None`, `atomic=True` by default). */
export function migration(spec: MigrationSpec): Migration {
  return Object.freeze({
    appLabel: spec.appLabel,
    name: spec.name,
    dependencies: Object.freeze([...(spec.dependencies ?? [])]),
    runBefore: Object.freeze([...(spec.runBefore ?? [])]),
    replaces: Object.freeze([...(spec.replaces ?? [])]),
    initial: spec.initial ?? null,
    atomic: spec.atomic ?? true,
    operations: Object.freeze([...(spec.operations ?? [])]),
  })
}

/** Takes a dependency, returns it as Django prints a node: `('library', '0001_initial')`. */
export function dependencyKey(dep: MigrationDependency): MigrationKey {
  return [dep.appLabel, dep.name]
}
