import { installedApps, type ProjectFiles } from '../files'
import type { Clock } from '../io'
import type { Migration } from '../migrations/migration'
import type {
  EvaluatedDefault,
  LoadFailure,
  MigrationsLoaded,
  ModelsLoaded,
  ProjectLoader,
} from '../migrations/project-loader'
import { PythonError, formatTraceback } from '../python/errors'
import { exceptionTypeName } from '../python/traceback'
import type { CodeCache } from '../python/code-cache'
import { Interpreter } from '../python/interpreter'
import { PyBaseException } from '../python/objects/exceptions'
import { exceptionStr } from '../python/objects/repr'
import { newDict } from '../python/objects/types'
import { formatCheckReport } from './checks/check-message'
import { runChecks } from './checks/run-checks'
import { migrationFromPython } from './db/migrations/migration-from-python'
import { projectStateOf } from './model-states'
import { installDjango } from './modules'
import { toDeconstructed } from './python-values'
import { resolveRelations } from './relations'
import { DjangoRuntime } from './runtime'

/** What the bridge needs from its host: the clock `timezone.now()` reads and where `print()` goes. */
export interface BridgeOptions {
  readonly clock?: Clock
  readonly stdout?: (text: string) => void
  readonly stderr?: (text: string) => void
  readonly stdin?: () => string | null
  /** Compiled Python modules shared by the interpreters this bridge starts. */
  readonly codeCache?: CodeCache
}

/** An interpreter with Django installed, reading the project's files (apps are packages even without `__init__.py`). */
export interface DjangoProcess {
  readonly interp: Interpreter
  readonly rt: DjangoRuntime
  readonly apps: readonly string[]
}

/** Takes the project files, returns a fresh interpreter with Django's modules and the runtime behind them. */
export function startDjango(files: ProjectFiles, options: BridgeOptions = {}): DjangoProcess {
  const apps = installedApps(files)
  const packages = new Set(apps.flatMap((app) => [`${app}/__init__.py`, `${app}/migrations/__init__.py`]))
  const interp = new Interpreter({
    sources: {
      read: (path) => {
        const text = files.read(path)
        if (text !== undefined) return text
        if (path.endsWith('/migrations/__init__.py')) return undefined
        return packages.has(path) ? '' : undefined
      },
    },
    ...(options.stdout !== undefined ? { stdout: options.stdout } : {}),
    ...(options.stderr !== undefined ? { stderr: options.stderr } : {}),
    ...(options.stdin !== undefined ? { stdin: options.stdin } : {}),
    ...(options.codeCache !== undefined ? { codeCache: options.codeCache } : {}),
  })
  const rt = new DjangoRuntime(options.clock ?? { now: () => new Date() }, apps)
  rt.interpreter = interp
  installDjango(interp, rt)
  return { interp, rt, apps }
}

const TRACEBACK_HEAD = 'Traceback (most recent call last):\n  File "manage.py", line 22, in <module>\n'

/**
 * A Python exception as the traceback text Django's manage.py prints on stderr (with its final newline).
 * An error raised outside any Python frame (a SyntaxError while compiling models.py) still prints under a
 * `Traceback (most recent call last):` head, as CPython does for an import made by manage.py.
 */
export function tracebackText(error: unknown): string {
  if (!(error instanceof PyBaseException) && !(error instanceof PythonError)) throw error
  const text = ensureNewline(formatTraceback(error))
  return text.startsWith('Traceback (most recent call last):') ? text : TRACEBACK_HEAD + text
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`
}

function failure(stderr: string): LoadFailure {
  return { kind: 'failure', stderr, exitCode: 1 }
}

/**
 * Imports every installed app's `models.py` in a fresh Django django, resolves relations and runs the
 * system checks. Returns the registry (for `shell`), or the failure Django reports.
 */
export function setupDjango(files: ProjectFiles, options: BridgeOptions = {}): DjangoProcess | LoadFailure {
  const django = startDjango(files, options)
  try {
    for (const app of django.apps) {
      django.interp.importModule(app)
      django.interp.importModule(`${app}.models`)
    }
  } catch (error) {
    return failure(tracebackText(error))
  }
  resolveRelations(django.rt)
  return django
}

function migrationNames(files: ProjectFiles, app: string): string[] {
  const prefix = `${app}/migrations/`
  return files
    .list()
    .filter(
      (path) => path.startsWith(prefix) && path.endsWith('.py') && !path.slice(prefix.length).includes('/'),
    )
    .map((path) => path.slice(prefix.length, -3))
    .filter((name) => name !== '__init__' && !name.startsWith('_') && !name.startsWith('~'))
    .sort()
}

/**
 * Takes a Django process set up on `files` (see setupDjango); runs the system checks and returns the
 * models' state, or the SystemCheckError failure Django reports.
 */
export function modelsStateOf(django: DjangoProcess): ModelsLoaded | LoadFailure {
  let messages
  let state
  try {
    messages = runChecks(django.rt)
    const errors = messages.filter((m) => m.level === 'error')
    if (errors.length > 0) return failure(`SystemCheckError: ${formatCheckReport(messages)}`)
    state = projectStateOf(django.rt)
  } catch (error) {
    return failure(tracebackText(error))
  }
  return { kind: 'models', state, checkOutput: formatCheckReport(messages) }
}

/**
 * Takes a Django process set up on `files` (see setupDjango); imports every migration file of every
 * app with a migrations package and returns them, or the failure Django reports.
 */
export function migrationsOf(django: DjangoProcess, files: ProjectFiles): MigrationsLoaded | LoadFailure {
  const packages = django.apps.filter((app) => files.read(`${app}/migrations/__init__.py`) !== undefined)
  const migrations: Migration[] = []
  for (const app of packages) {
    for (const name of migrationNames(files, app)) {
      try {
        const module = django.interp.importModule(`${app}.migrations.${name}`)
        const cls = module.get('Migration')
        if (cls === undefined) {
          return failure(
            `${TRACEBACK_HEAD}django.db.migrations.exceptions.BadMigrationError: Migration ${name} in app ${app} has no Migration class\n`,
          )
        }
        migrations.push(migrationFromPython(cls, app, name, django.rt))
      } catch (error) {
        return failure(tracebackText(error))
      }
    }
  }
  return { kind: 'migrations', packages, migrations }
}

/**
 * The ProjectLoader the management commands use: each call runs in a fresh interpreter, as each
 * `python manage.py` django does. `clock` is what `timezone.now()` returns.
 */
export function createProjectLoader(options: BridgeOptions = {}): ProjectLoader {
  return {
    async modelsState(files: ProjectFiles): Promise<ModelsLoaded | LoadFailure> {
      const django = setupDjango(files, options)
      return 'kind' in django ? django : modelsStateOf(django)
    },

    async migrations(files: ProjectFiles): Promise<MigrationsLoaded | LoadFailure> {
      const django = setupDjango(files, options)
      return 'kind' in django ? django : migrationsOf(django, files)
    },

    async evaluateDefault(code: string): Promise<EvaluatedDefault> {
      const django = startDjango(
        { read: () => undefined, write: () => undefined, remove: () => undefined, list: () => [] },
        options,
      )
      const scope = newDict()
      try {
        scope.set('datetime', django.interp.importModule('datetime'))
        scope.set('timezone', django.interp.importModule('django.utils.timezone'))
        const value = django.interp.eval(code, scope)
        return { ok: true, value: toDeconstructed(value, django.rt) }
      } catch (error) {
        const exc = error instanceof PythonError ? error.exc : error
        if (exc instanceof PyBaseException)
          return { ok: false, error: `${exceptionTypeName(exc)}: ${exceptionStr(exc)}` }
        throw error
      }
    },
  }
}
