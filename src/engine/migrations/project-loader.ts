import type { ProjectFiles } from '../files'
import type { Deconstructed } from '../models/deconstructed'
import type { Migration } from './migration'
import type { ProjectState } from './project-state'

/**
 * What a command prints and returns when loading the project fails the way Django fails: a Python
 * traceback while importing `models.py` or a migration file, or a `SystemCheckError` block.
 * `stderr` is the exact text (with its final newline), `exitCode` the process status (1).
 */
export interface LoadFailure {
  readonly kind: 'failure'
  readonly stderr: string
  readonly exitCode: number
}

/**
 * The current models, as Django sees them after importing every app's `models.py` and running the
 * system checks: `state` holds every concrete, proxy and unmanaged model (Django's
 * `ProjectState.from_apps(apps)`); `checkOutput` is the text the checks print for warnings that do not
 * stop the command (`System check identified some issues:\n…`), or '' when there are none.
 */
export interface ModelsLoaded {
  readonly kind: 'models'
  readonly state: ProjectState
  readonly checkOutput: string
}

/**
 * The migration files on disk. `packages` lists the apps with a `migrations/__init__.py` (Django's
 * "migrations module" test: an app without one is unmigrated); `migrations` holds every migration of
 * those packages, as the files define them.
 */
export interface MigrationsLoaded {
  readonly kind: 'migrations'
  readonly packages: readonly string[]
  readonly migrations: readonly Migration[]
}

/**
 * The outcome of evaluating a one-off default typed at the questioner's `>>>` prompt: its value, or the
 * error line Django prints (`SyntaxError: invalid syntax`, `NameError: name 'x' is not defined`).
 */
export type EvaluatedDefault =
  { readonly ok: true; readonly value: Deconstructed } | { readonly ok: false; readonly error: string }

/**
 * The seam between the migration engine and the Python side (the bridge in src/engine/django): the
 * engine asks it for the models' state, the migrations on disk, and Python evaluation of one-off
 * defaults (with `datetime` and `django.utils.timezone as timezone` in scope). Passed to commands
 * through the manage context; tests pass a fake built from ProjectStates and Migrations.
 */
export interface ProjectLoader {
  /** Imports every installed app's `models.py` and runs the system checks. */
  modelsState(files: ProjectFiles): Promise<ModelsLoaded | LoadFailure>
  /** Imports every migration file of every installed app. */
  migrations(files: ProjectFiles): Promise<MigrationsLoaded | LoadFailure>
  /** Evaluates a Python expression typed as a one-off default. */
  evaluateDefault(code: string): Promise<EvaluatedDefault>
}
