import type { PyType, PyValue } from '../python/objects/base'
import type { Clock } from '../io'
import type { SqliteConnection } from '../connection'
import type { Interpreter } from '../python/interpreter'

/** Where a native value lives, for writing it into a migration (`django.db.models.deletion.CASCADE`). */
export interface NativeReference {
  readonly module: string
  readonly qualname: string
}

/**
 * The Django side of one interpreter: the model registry (every model class in the order its class
 * statement ran), field creation counters, the installed apps, the clock `timezone.now()` reads, and
 * the import paths of native values that migrations may refer to. One per interpreter; never shared.
 */
export class DjangoRuntime {
  #counter = 0
  #autoCounter = 0
  #lastNowMicros = -Infinity
  /** Every model class, abstract ones included, in definition order. */
  readonly models: PyType[] = []
  readonly references = new Map<PyValue, NativeReference>()
  /** Built-in classes other modules need (`Model`, `Manager`, field classes), by name. */
  readonly classes = new Map<string, PyType>()
  /** The database the ORM queries (set by `shell` and the RunPython host), undefined until one is opened. */
  connection: SqliteConnection | undefined = undefined
  /** The interpreter this runtime belongs to (set by `startDjango`). */
  interpreter: Interpreter | undefined = undefined
  /** Whether an ORM error broke the current atomic block (Django's `connection.needs_rollback`). */
  needsRollback = false
  /** For historical models: the models of the same historical app registry, by model class. */
  readonly registries = new Map<PyType, PyType[]>()

  /** Takes the clock and the installed apps (alphabetical). */
  constructor(
    readonly clock: Clock,
    readonly installedApps: readonly string[],
  ) {}

  /**
   * The clock's instant in microseconds since the epoch, strictly after the previous reading (time passes
   * between two `timezone.now()` calls in Django, so `auto_now` and `auto_now_add` of one save differ).
   */
  nowMicros(): number {
    const micros = Math.max(this.clock.now().getTime() * 1000, this.#lastNowMicros + 1)
    this.#lastNowMicros = micros
    return micros
  }

  /** The next creation counter for a field or manager created by the user. */
  nextCounter(): number {
    return this.#counter++
  }

  /** The next creation counter for an automatically created field (negative, decreasing). */
  nextAutoCounter(): number {
    return --this.#autoCounter
  }

  /** Records that `value` is importable as `module.qualname`; returns the value. */
  export<T>(value: T, module: string, qualname: string): T {
    this.references.set(value, { module, qualname })
    return value
  }

  /** A built-in class registered under `name`; throws RangeError when missing. */
  cls(name: string): PyType {
    const found = this.classes.get(name)
    if (found === undefined) throw new RangeError(`Django class ${name} is not defined`)
    return found
  }
}
