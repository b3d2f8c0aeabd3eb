import {
  type BridgeOptions,
  createProjectLoader,
  type DjangoProcess,
  migrationsOf,
  modelsStateOf,
  setupDjango,
} from '../engine/django/project-loader'
import type { ProjectFiles } from '../engine/files'
import type { Clock } from '../engine/io'
import type {
  LoadFailure,
  MigrationsLoaded,
  ModelsLoaded,
  ProjectLoader,
} from '../engine/migrations/project-loader'
import { type Problem, problemsOf } from './diagnostics'

/** A ProjectLoader that also diagnoses the models, sharing one Django set-up per version of the files. */
export interface CachedProjectLoader extends ProjectLoader {
  /** The problems of the files' models (syntax, import and system check errors). */
  problems(files: ProjectFiles): Problem[]
}

/** One version of the files, set up once; each part is computed on first request. */
interface Load {
  readonly key: string
  readonly django: DjangoProcess | LoadFailure
  /** False when setting up read the clock (`default=timezone.now()`): a later command must import afresh. */
  readonly reusable: boolean
  models?: ModelsLoaded | LoadFailure
  migrations?: MigrationsLoaded | LoadFailure
  problems?: Problem[]
}

/** The text of every file, in path order: two versions of the files load alike when their keys are equal. */
function keyOf(files: ProjectFiles): string {
  return JSON.stringify(
    files
      .list()
      .sort()
      .map((path) => [path, files.read(path)]),
  )
}

/**
 * Takes the bridge options; returns a ProjectLoader that sets Django up once per version of the files
 * and answers `modelsState`, `migrations` and `problems` from that one set-up, as one `manage.py`
 * process imports the models and then the migrations. The last few versions are kept, so a command
 * after the page's diagnosis of the same files starts at once. A version whose import read the clock
 * is used once and not kept, since each Django process would read a new time.
 */
export function createCachedProjectLoader(options: BridgeOptions & { clock: Clock }): CachedProjectLoader {
  let clockReads = 0
  const clock: Clock = {
    now: () => {
      clockReads++
      return options.clock.now()
    },
  }
  const bridge: BridgeOptions = { ...options, clock }
  const fresh = createProjectLoader(bridge)
  const kept: Load[] = []

  function load(files: ProjectFiles): Load {
    const key = keyOf(files)
    const found = kept.find((entry) => entry.key === key)
    if (found !== undefined) return found
    const reads = clockReads
    const django = setupDjango(files, bridge)
    const entry: Load = { key, django, reusable: clockReads === reads }
    if (entry.reusable) {
      kept.unshift(entry)
      kept.splice(3)
    }
    return entry
  }

  /** Runs `part` on the load and evicts the load if the part read the clock. */
  function measured<T>(entry: Load, part: () => T): T {
    const reads = clockReads
    const value = part()
    const index = kept.indexOf(entry)
    if (clockReads !== reads && index >= 0) kept.splice(index, 1)
    return value
  }

  return {
    async modelsState(files) {
      const entry = load(files)
      if ('kind' in entry.django) return entry.django
      const django = entry.django
      return (entry.models ??= measured(entry, () => modelsStateOf(django)))
    },
    async migrations(files) {
      const entry = load(files)
      if ('kind' in entry.django) return entry.django
      const django = entry.django
      return (entry.migrations ??= measured(entry, () => migrationsOf(django, files)))
    },
    evaluateDefault: (code) => fresh.evaluateDefault(code),
    problems(files) {
      const entry = load(files)
      return (entry.problems ??= problemsOf(files, entry.django))
    },
  }
}
