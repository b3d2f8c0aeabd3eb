import type { Deconstructed } from '../models/deconstructed'
import type { ModelState } from './model-state'

/** The answer "no default given" to a nullable→non-nullable alteration (Django's `NOT_PROVIDED`). */
export const NOT_PROVIDED = Symbol('NOT_PROVIDED')

/**
 * Raised when the questioner ends the command as Django's `sys.exit(code)` does: Quit chosen (3),
 * `exit` typed at the default prompt (1), or a non-interactive questioner unable to proceed (3).
 */
export class QuestionerExit extends Error {
  override readonly name = 'QuestionerExit'
  /** Takes the process exit status. */
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`)
  }
}

/**
 * What the autodetector asks while it works (Django's `MigrationQuestioner`). Every question is
 * async so the playground can show it as a dialog. A `null` default means Python's None.
 * Methods may throw QuestionerExit.
 */
export interface Questioner {
  /** Whether to create an initial migration for an app that has no migrations yet. */
  askInitial(appLabel: string): boolean
  /** A one-off default for a non-nullable field added without a default. */
  askNotNullAddition(fieldName: string, modelName: string): Promise<Deconstructed | null>
  /** A one-off default for a nullable field made non-nullable, or NOT_PROVIDED to ignore. */
  askNotNullAlteration(
    fieldName: string,
    modelName: string,
  ): Promise<Deconstructed | null | typeof NOT_PROVIDED>
  /** Whether `model.oldName` was renamed to `model.newName`; `fieldClassName` is the new field's class (`IntegerField`). */
  askRename(modelName: string, oldName: string, newName: string, fieldClassName: string): Promise<boolean>
  /** Whether the old model was renamed to the new one. */
  askRenameModel(oldModel: ModelState, newModel: ModelState): Promise<boolean>
  /** Whether to merge the printed branches. */
  askMerge(appLabel: string): Promise<boolean>
  /** A one-off default for an `auto_now_add` field added to existing rows. */
  askAutoNowAddAddition(fieldName: string, modelName: string): Promise<Deconstructed | null>
  /** Warns about a unique field with a callable default; resolves when the user continues. */
  askUniqueCallableDefaultAddition(fieldName: string, modelName: string): Promise<void>
}

/** Fixed answers for the base questioner (Django's `defaults` dict). */
export interface QuestionerDefaults {
  readonly askInitial?: boolean
  readonly askRename?: boolean
  readonly askRenameModel?: boolean
  readonly askMerge?: boolean
}

/**
 * How `ask_initial` decides for apps not named on the command line: an app gets an initial migration
 * when its migrations package exists and holds no `.py` file but `__init__.py`.
 */
export interface InitialPolicy {
  /** The app labels given on the command line. */
  readonly specifiedApps: ReadonlySet<string>
  /** Takes an app label, returns whether its `migrations` package exists and is empty of migrations. */
  readonly hasEmptyMigrationsPackage: (appLabel: string) => boolean
}

/**
 * Django's base MigrationQuestioner: answers from `defaults` (rename questions No unless set), defaults
 * of None for added/altered fields, initial migrations per the InitialPolicy (or `defaults.askInitial`).
 */
export class MigrationQuestioner implements Questioner {
  readonly #defaults: QuestionerDefaults
  readonly #initial: InitialPolicy | undefined

  /** Takes fixed answers and, optionally, the initial-migration policy of the project. */
  constructor(defaults: QuestionerDefaults = {}, initial?: InitialPolicy) {
    this.#defaults = defaults
    this.#initial = initial
  }

  askInitial(appLabel: string): boolean {
    if (this.#initial === undefined) return this.#defaults.askInitial ?? false
    if (this.#initial.specifiedApps.has(appLabel)) return true
    return this.#initial.hasEmptyMigrationsPackage(appLabel)
  }

  async askNotNullAddition(_fieldName: string, _modelName: string): Promise<Deconstructed | null> {
    return null
  }

  async askNotNullAlteration(
    _fieldName: string,
    _modelName: string,
  ): Promise<Deconstructed | null | typeof NOT_PROVIDED> {
    return null
  }

  async askRename(
    _modelName: string,
    _oldName: string,
    _newName: string,
    _fieldClassName: string,
  ): Promise<boolean> {
    return this.#defaults.askRename ?? false
  }

  async askRenameModel(_oldModel: ModelState, _newModel: ModelState): Promise<boolean> {
    return this.#defaults.askRenameModel ?? false
  }

  async askMerge(_appLabel: string): Promise<boolean> {
    return this.#defaults.askMerge ?? false
  }

  async askAutoNowAddAddition(_fieldName: string, _modelName: string): Promise<Deconstructed | null> {
    return null
  }

  async askUniqueCallableDefaultAddition(_fieldName: string, _modelName: string): Promise<void> {}
}

/**
 * Django's NonInteractiveMigrationQuestioner (`--noinput`): logs why a field cannot be migrated and
 * exits 3 for non-nullable and auto_now_add additions; a nullable→non-nullable alteration is logged and
 * answered NOT_PROVIDED; renames are No.
 */
export class NonInteractiveMigrationQuestioner extends MigrationQuestioner {
  readonly #log: (line: string) => void
  readonly #verbosity: number

  /** Takes the log (one line, newline added by the caller), the verbosity, and the initial policy. */
  constructor(log: (line: string) => void, verbosity: number, initial?: InitialPolicy) {
    super({}, initial)
    this.#log = log
    this.#verbosity = verbosity
  }

  #lackOfMigration(fieldName: string, modelName: string, reason: string): void {
    if (this.#verbosity > 0)
      this.#log(`Field '${fieldName}' on model '${modelName}' not migrated: ${reason}.`)
  }

  override async askNotNullAddition(fieldName: string, modelName: string): Promise<Deconstructed | null> {
    this.#lackOfMigration(
      fieldName,
      modelName,
      'it is impossible to add a non-nullable field without specifying a default',
    )
    throw new QuestionerExit(3)
  }

  override async askNotNullAlteration(
    fieldName: string,
    modelName: string,
  ): Promise<Deconstructed | null | typeof NOT_PROVIDED> {
    this.#log(
      `Field '${fieldName}' on model '${modelName}' given a default of NOT PROVIDED and must be corrected.`,
    )
    return NOT_PROVIDED
  }

  override async askAutoNowAddAddition(fieldName: string, modelName: string): Promise<Deconstructed | null> {
    this.#lackOfMigration(
      fieldName,
      modelName,
      "it is impossible to add a field with 'auto_now_add=True' without specifying a default",
    )
    throw new QuestionerExit(3)
  }
}
