import type { SqliteConnection } from '../connection'
import type { Clock } from '../io'
import { inSchemaEditor } from '../backends/sqlite/schema-block'
import type { SqliteSchemaEditor } from '../backends/sqlite/schema-editor'
import { quoteName } from '../backends/sqlite/quote'
import { tableModel } from '../backends/sqlite/table-model'
import { databaseError } from '../backends/sqlite/database-errors'
import { IrreversibleError, InvalidMigrationPlan, type MigrationKey } from './exceptions'
import { keyLabel } from './graph'
import { MigrationLoader, migrationKey, migrationLabel, mutateState } from './loader'
import type { Migration } from './migration'
import { ProjectState } from './project-state'
import { appliedId, MigrationRecorder } from './recorder'
import type { RunPythonHost } from './operations/database-context'
import {
  databaseBackwards,
  isReversible,
  operationAtomic,
  reducesToSql,
} from './operations/database-backwards'
import { databaseForwards } from './operations/database-forwards'
import { describe } from './operations/describe'
import { stateForwards } from './operations/state-forwards'
import { operationRepr } from './executor-repr'

/** One step of a plan: a migration to apply, or to unapply when `backwards`. */
export interface PlanStep {
  readonly migration: Migration
  readonly backwards: boolean
}

/** A migrate target: a migration key, or `[app, null]` for `zero` (unapply the whole app). */
export type MigrationTarget = MigrationKey | readonly [app: string, name: null]

/** What the executor reports while it works (Django's progress callback actions). */
export type ProgressEvent =
  | { readonly action: 'apply_start' | 'unapply_start'; readonly migration: Migration }
  | {
      readonly action: 'apply_success' | 'unapply_success'
      readonly migration: Migration
      readonly fake: boolean
    }
  | { readonly action: 'render_start' | 'render_success' }

/** What the executor needs: the database, the clock, the RunPython host and an optional progress listener. */
export interface ExecutorOptions {
  readonly connection: SqliteConnection
  readonly clock: Clock
  readonly host: RunPythonHost
  readonly progress?: (event: ProgressEvent) => void
}

/**
 * Plans and runs migrations on the database (Django's MigrationExecutor). Rebuilds its loader when a
 * target is a replaced migration, so `loader` may change.
 */
export class MigrationExecutor {
  loader: MigrationLoader
  readonly recorder: MigrationRecorder
  readonly #options: ExecutorOptions
  readonly #rebuild: (replaceMigrations: boolean) => MigrationLoader

  /** Takes a loader factory (called with whether squashes are used) and the options. */
  constructor(buildLoader: (replaceMigrations: boolean) => MigrationLoader, options: ExecutorOptions) {
    this.#rebuild = buildLoader
    this.loader = buildLoader(true)
    this.recorder = new MigrationRecorder(options.connection, options.clock)
    this.#options = options
  }

  #migration(key: MigrationKey): Migration {
    return this.loader.graph.migration(key)!
  }

  /** The steps to reach `targets` from the applied state (or from nothing when `cleanStart`), in Django's order. */
  migrationPlan(targets: readonly MigrationTarget[], cleanStart = false): PlanStep[] {
    const plan: PlanStep[] = []
    const applied = new Set(cleanStart ? [] : this.loader.appliedMigrations.keys())
    const graph = this.loader.graph
    for (const target of targets) {
      if (target[1] === null) {
        for (const root of graph.rootNodes()) {
          if (root[0] !== target[0]) continue
          for (const key of graph.backwardsPlan(root)) {
            if (applied.delete(appliedId(key)))
              plan.push({ migration: this.#migration(key), backwards: true })
          }
        }
      } else if (applied.has(appliedId(target as MigrationKey))) {
        const key = target as MigrationKey
        if (this.loader.replaceMigrations && !graph.has(key)) {
          this.loader = this.#rebuild(false)
          return this.migrationPlan(targets, cleanStart)
        }
        for (const child of graph.children(key).filter((c) => c[0] === key[0])) {
          for (const node of graph.backwardsPlan(child)) {
            if (applied.delete(appliedId(node)))
              plan.push({ migration: this.#migration(node), backwards: true })
          }
        }
      } else {
        for (const key of graph.forwardsPlan(target as MigrationKey)) {
          if (!applied.has(appliedId(key))) {
            plan.push({ migration: this.#migration(key), backwards: false })
            applied.add(appliedId(key))
          }
        }
      }
    }
    return plan
  }

  /** The state after every applied migration of the full plan (Django's `_create_project_state(True)`). */
  createProjectState(withApplied: boolean): ProjectState {
    let state = ProjectState.empty(this.loader.unmigratedApps)
    if (!withApplied) return state
    for (const step of this.migrationPlan(this.loader.graph.leafNodes(), true)) {
      if (this.loader.isApplied(migrationKey(step.migration))) state = mutateState(step.migration, state)
    }
    return state
  }

  /**
   * Applies or unapplies `plan` (default: the plan to `targets`), recording each step; `fake` records
   * without touching the schema, `fakeInitial` fakes initial migrations whose tables already exist.
   * Mixed plans raise InvalidMigrationPlan. Returns the final state.
   */
  async migrate(
    targets: readonly MigrationTarget[],
    options: { plan?: readonly PlanStep[]; state?: ProjectState; fake?: boolean; fakeInitial?: boolean } = {},
  ): Promise<ProjectState> {
    const plan = options.plan ?? this.migrationPlan(targets)
    // django_migrations is created only when there is something to record.
    if (plan.length === 0 && !this.recorder.hasTable()) return this.createProjectState(false)
    await this.recorder.ensureSchema()
    const fullPlan = this.migrationPlan(this.loader.graph.leafNodes(), true)
    const allForwards = plan.every((s) => !s.backwards)
    const allBackwards = plan.every((s) => s.backwards)
    let state: ProjectState
    if (plan.length === 0) state = options.state ?? this.createProjectState(true)
    else if (allForwards === allBackwards) {
      throw new InvalidMigrationPlan(
        'Migration plans with both forwards and backwards migrations are not supported. Please split your migration process into separate plans of only forwards OR backwards migrations.',
      )
    } else if (allForwards) {
      state = options.state ?? this.createProjectState(true)
      state = await this.#forwards(state, plan, fullPlan, options.fake ?? false, options.fakeInitial ?? false)
    } else {
      state = await this.#backwards(plan, fullPlan, options.fake ?? false)
    }
    await this.checkReplacements()
    return state
  }

  async #forwards(
    state: ProjectState,
    plan: readonly PlanStep[],
    fullPlan: readonly PlanStep[],
    fake: boolean,
    fakeInitial: boolean,
  ): Promise<ProjectState> {
    const toRun = new Set(plan.map((s) => s.migration))
    for (const step of fullPlan) {
      if (toRun.size === 0) break
      if (!toRun.has(step.migration)) continue
      state = await this.applyMigration(state, step.migration, fake, fakeInitial)
      toRun.delete(step.migration)
    }
    return state
  }

  async #backwards(
    plan: readonly PlanStep[],
    fullPlan: readonly PlanStep[],
    fake: boolean,
  ): Promise<ProjectState> {
    const toRun = new Set(plan.map((s) => s.migration))
    const states = new Map<Migration, ProjectState>()
    let state = this.createProjectState(false)
    const applied = new Set(
      [...this.loader.appliedMigrations.values()]
        .map((row) => this.loader.graph.migration([row.app, row.name]))
        .filter((m) => m !== undefined),
    )
    this.#options.progress?.({ action: 'render_start' })
    for (const step of fullPlan) {
      if (toRun.size === 0) break
      if (toRun.has(step.migration)) {
        states.set(step.migration, state)
        state = mutateState(step.migration, state)
        toRun.delete(step.migration)
      } else if (applied.has(step.migration)) {
        state = mutateState(step.migration, state)
      }
    }
    this.#options.progress?.({ action: 'render_success' })
    for (const step of plan) {
      await this.unapplyMigration(states.get(step.migration)!, step.migration, fake)
      applied.delete(step.migration)
    }
    const last = plan[plan.length - 1]!.migration
    state = states.get(last)!
    const at = fullPlan.findIndex((s) => s.migration === last)
    for (const step of fullPlan.slice(at))
      if (applied.has(step.migration)) state = mutateState(step.migration, state)
    return state
  }

  async #record(migration: Migration): Promise<void> {
    if (migration.replaces.length > 0)
      for (const [app, name] of migration.replaces) await this.recorder.recordApplied(app, name)
    else await this.recorder.recordApplied(migration.appLabel, migration.name)
  }

  /** Applies one migration (or fakes it), recording it inside the transaction when no deferred SQL is pending. */
  async applyMigration(
    state: ProjectState,
    migration: Migration,
    fake = false,
    fakeInitial = false,
  ): Promise<ProjectState> {
    let recorded = false
    this.#options.progress?.({ action: 'apply_start', migration })
    if (!fake && fakeInitial) {
      const [soft, after] = this.detectSoftApplied(state, migration)
      if (soft) {
        fake = true
        state = after
      }
    }
    if (!fake) {
      state = await inSchemaEditor(this.#editorOptions(migration.atomic, false), async (editor) => {
        const next = await applyOperations(migration, state, editor, this.#options.host)
        if (editor.deferred.length === 0) {
          await this.#record(migration)
          recorded = true
        }
        return next
      })
    }
    if (!recorded) await this.#record(migration)
    this.#options.progress?.({ action: 'apply_success', migration, fake })
    return state
  }

  /** Unapplies one migration (or fakes it), then deletes its rows (and those of what it replaces). */
  async unapplyMigration(state: ProjectState, migration: Migration, fake = false): Promise<ProjectState> {
    this.#options.progress?.({ action: 'unapply_start', migration })
    if (!fake) {
      state = await inSchemaEditor(this.#editorOptions(migration.atomic, false), (editor) =>
        unapplyOperations(migration, state, editor, this.#options.host),
      )
    }
    for (const [app, name] of migration.replaces) await this.recorder.recordUnapplied(app, name)
    await this.recorder.recordUnapplied(migration.appLabel, migration.name)
    this.#options.progress?.({ action: 'unapply_success', migration, fake })
    return state
  }

  /** Records a squash as applied once everything it replaces is (Django's `check_replacements`). */
  async checkReplacements(): Promise<void> {
    const applied = this.recorder.appliedMigrations()
    for (const [id, migration] of this.loader.replacements) {
      if (migration.replaces.every((k) => applied.has(appliedId(k))) && !applied.has(id)) {
        await this.recorder.recordApplied(migration.appLabel, migration.name)
      }
    }
  }

  /**
   * Whether an initial migration's tables and columns already exist (`--fake-initial`): every
   * CreateModel's table and every AddField's column, with at least one found. Returns the state after it.
   */
  detectSoftApplied(state: ProjectState, migration: Migration): [boolean, ProjectState] {
    if (migration.initial === null) {
      if (migration.dependencies.some((d) => d.appLabel === migration.appLabel)) return [false, state]
    } else if (!migration.initial) return [false, state]
    const after = mutateState(migration, state)
    const connection = this.#options.connection
    const tables = new Set(
      connection
        .query(
          "SELECT name FROM sqlite_master WHERE type in ('table', 'view') AND NOT name='sqlite_sequence'",
        )
        .rows.map((r) => String(r[0]).toLowerCase()),
    )
    let found = false
    for (const op of migration.operations) {
      if (op.kind === 'CreateModel') {
        const model = tableModel(after, migration.appLabel, op.name)
        if (!model.migratable) continue
        if (!tables.has(model.dbTable.toLowerCase())) return [false, state]
        found = true
      } else if (op.kind === 'AddField') {
        const model = tableModel(after, migration.appLabel, op.modelName)
        if (!model.migratable) continue
        const m2m = model.manyToMany.find((m) => m.name === op.name)
        if (m2m !== undefined) {
          if (m2m.through === null) continue
          if (!tables.has(m2m.through.dbTable.toLowerCase())) return [false, state]
          found = true
          continue
        }
        const column = model.columns.find((c) => c.name === op.name)?.column
        let columns: string[] = []
        try {
          columns = connection
            .query(`PRAGMA table_info(${quoteName(model.dbTable)})`)
            .rows.map((r) => String(r[1]))
        } catch (error) {
          throw databaseError(error)
        }
        if (column === undefined || !columns.some((c) => c.toLowerCase() === column.toLowerCase()))
          return [false, state]
        found = true
      }
    }
    return [found, after]
  }

  /** sqlmigrate: the SQL of each step, with sqlmigrate's comment lines, in collect mode. */
  async collectSql(plan: readonly PlanStep[]): Promise<string[]> {
    const statements: string[] = []
    for (const step of plan) {
      const key = migrationKey(step.migration)
      const state = this.loader.projectState([key], false)
      const sql = await inSchemaEditor(this.#editorOptions(step.migration.atomic, true), async (editor) => {
        if (step.backwards) await unapplyOperations(step.migration, state, editor, this.#options.host)
        else await applyOperations(step.migration, state, editor, this.#options.host)
        return editor
      })
      statements.push(...sql.collected)
    }
    return statements
  }

  #editorOptions(atomic: boolean, collectSql: boolean) {
    return { connection: this.#options.connection, collectSql, atomic, defaults: this.#options.clock }
  }
}

function commentLines(editor: SqliteSchemaEditor, text: string): void {
  editor.collected.push('--', `-- ${text}`, '--')
}

async function inOperationAtomic(
  editor: SqliteSchemaEditor,
  migration: Migration,
  atomic: boolean | null,
  fn: () => Promise<void>,
): Promise<void> {
  const wanted = atomic === true || (migration.atomic && atomic !== false)
  if (editor.collectSql || editor.atomicMigration || !wanted || editor.connection.inTransaction()) return fn()
  editor.connection.begin()
  try {
    await fn()
    editor.connection.commit()
  } catch (error) {
    if (editor.connection.inTransaction()) editor.connection.rollback()
    throw error
  }
}

/** Runs a migration's operations forwards from `state` (Django's `Migration.apply`), returning the new state. */
export async function applyOperations(
  migration: Migration,
  state: ProjectState,
  editor: SqliteSchemaEditor,
  host: RunPythonHost,
): Promise<ProjectState> {
  let current = state
  for (const op of migration.operations) {
    let before = 0
    if (editor.collectSql) {
      commentLines(editor, describe(op))
      if (!reducesToSql(op)) {
        editor.collected.push('-- THIS OPERATION CANNOT BE WRITTEN AS SQL')
        continue
      }
      before = editor.collected.length
    }
    editor.statesRendered = !editor.collectSql || op !== migration.operations[0]
    const old = current
    current = stateForwards(op, migration.appLabel, current)
    const next = current
    await inOperationAtomic(editor, migration, operationAtomic(op), () =>
      databaseForwards(op, { appLabel: migration.appLabel, editor, host }, old, next),
    )
    if (editor.collectSql && editor.collected.length === before) editor.collected.push('-- (no-op)')
  }
  return current
}

/** Runs a migration's operations backwards from `state` (the state with it applied), as Django's `Migration.unapply`. */
export async function unapplyOperations(
  migration: Migration,
  state: ProjectState,
  editor: SqliteSchemaEditor,
  host: RunPythonHost,
): Promise<ProjectState> {
  const steps: { op: Migration['operations'][number]; before: ProjectState; after: ProjectState }[] = []
  let current = state
  for (const op of migration.operations) {
    if (!isReversible(op)) {
      throw new IrreversibleError(
        `Operation ${operationRepr(op)} in ${migrationLabel(migration)} is not reversible`,
      )
    }
    const after = stateForwards(op, migration.appLabel, current)
    steps.unshift({ op, before: current, after })
    current = after
  }
  for (const { op, before, after } of steps) {
    let count = 0
    if (editor.collectSql) {
      commentLines(editor, describe(op))
      if (!reducesToSql(op)) {
        editor.collected.push('-- THIS OPERATION CANNOT BE WRITTEN AS SQL')
        continue
      }
      count = editor.collected.length
    }
    editor.statesRendered = false
    await inOperationAtomic(editor, migration, operationAtomic(op), () =>
      databaseBackwards(op, { appLabel: migration.appLabel, editor, host }, after, before),
    )
    if (editor.collectSql && editor.collected.length === count) editor.collected.push('-- (no-op)')
  }
  return state
}

/** Re-exported helpers commands use. */
export { keyLabel }
