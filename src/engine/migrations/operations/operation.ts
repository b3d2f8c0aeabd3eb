import type { Deconstructed } from '../../models/deconstructed'
import type { FieldState, Kwargs } from '../field-state'
import type { FieldEntry, ManagerEntry } from '../model-state'

/**
 * A Python callable a RunPython operation runs. `ref` is how the writer names it (a `reference`
 * Deconstructed: `library.migrations.0003_x.forwards`, `django.db.migrations.operations.special.RunPython.noop`);
 * `handle` is the bridge's opaque handle on the interpreter function (undefined for `RunPython.noop`),
 * which the executor passes back to the bridge to call it with `(apps, schema_editor)`.
 */
export interface PythonCode {
  readonly ref: Deconstructed
  readonly handle?: unknown
}

/** Fields shared by RunSQL and RunPython. */
interface SpecialOperation {
  /** `hints` for routers (a `dict`), or undefined. */
  readonly hints?: Deconstructed
  /** Whether the optimizer may drop the operation. */
  readonly elidable: boolean
  /** How the migration file passed the arguments (for the operation's repr), when it came from one. */
  readonly written?: { readonly positional: number; readonly keywords: readonly string[] }
}

/**
 * A migration operation: Django's `Operation` subclasses as a discriminated union on `kind`, each with its
 * `__init__` arguments in signature order (camelCased). Behaviour lives in functions over the union:
 * `describe`, `operationSymbol`, `migrationNameFragment` (describe.ts), `stateForwards` (state-forwards.ts),
 * `reduce` (reduce.ts), `referencesModel`/`referencesField` (references.ts); the database side in
 * operations/database*.ts. Model names keep the case the operation was written with.
 */
export type Operation =
  | {
      readonly kind: 'CreateModel'
      readonly name: string
      readonly fields: readonly FieldEntry[]
      readonly options: Kwargs
      readonly bases: readonly Deconstructed[]
      readonly managers: readonly ManagerEntry[]
    }
  | { readonly kind: 'DeleteModel'; readonly name: string }
  | { readonly kind: 'RenameModel'; readonly oldName: string; readonly newName: string }
  | { readonly kind: 'AlterModelTable'; readonly name: string; readonly table: string | null }
  | { readonly kind: 'AlterModelTableComment'; readonly name: string; readonly tableComment: string | null }
  /** `uniqueTogether`: sets of field-name tuples, normalised (a `set` of `tuple`s of `str`). */
  | { readonly kind: 'AlterUniqueTogether'; readonly name: string; readonly uniqueTogether: Deconstructed }
  | { readonly kind: 'AlterIndexTogether'; readonly name: string; readonly indexTogether: Deconstructed }
  | {
      readonly kind: 'AlterOrderWithRespectTo'
      readonly name: string
      readonly orderWithRespectTo: string | null
    }
  /** `options`: only the ALTER_OPTION_KEYS the model sets. */
  | { readonly kind: 'AlterModelOptions'; readonly name: string; readonly options: Kwargs }
  | { readonly kind: 'AlterModelManagers'; readonly name: string; readonly managers: readonly ManagerEntry[] }
  | {
      readonly kind: 'AddField'
      readonly modelName: string
      readonly name: string
      readonly field: FieldState
      readonly preserveDefault: boolean
    }
  | { readonly kind: 'RemoveField'; readonly modelName: string; readonly name: string }
  | {
      readonly kind: 'AlterField'
      readonly modelName: string
      readonly name: string
      readonly field: FieldState
      readonly preserveDefault: boolean
    }
  | {
      readonly kind: 'RenameField'
      readonly modelName: string
      readonly oldName: string
      readonly newName: string
    }
  /** `index`: a `deconstructible` `django.db.models.Index(...)` with a `name` kwarg. */
  | { readonly kind: 'AddIndex'; readonly modelName: string; readonly index: Deconstructed }
  | { readonly kind: 'RemoveIndex'; readonly modelName: string; readonly name: string }
  | {
      readonly kind: 'RenameIndex'
      readonly modelName: string
      readonly newName: string
      readonly oldName: string | null
      /** The fields of an unnamed index (from the legacy `index_together`), when `oldName` is null. */
      readonly oldFields: readonly string[] | null
    }
  /** `constraint`: a `deconstructible` (`django.db.models.UniqueConstraint(...)`, `CheckConstraint(...)`). */
  | { readonly kind: 'AddConstraint'; readonly modelName: string; readonly constraint: Deconstructed }
  | { readonly kind: 'RemoveConstraint'; readonly modelName: string; readonly name: string }
  | {
      readonly kind: 'AlterConstraint'
      readonly modelName: string
      readonly name: string
      readonly constraint: Deconstructed
    }
  | ({
      readonly kind: 'RunSQL'
      /** A `str`, or a `list`/`tuple` of `str` or `(sql, params)` pairs. */
      readonly sql: Deconstructed
      readonly reverseSql?: Deconstructed
      readonly stateOperations: readonly Operation[]
    } & SpecialOperation)
  | ({
      readonly kind: 'RunPython'
      readonly code: PythonCode
      readonly reverseCode?: PythonCode
      /** `atomic=None` is undefined. */
      readonly atomic?: boolean
    } & SpecialOperation)
  | {
      readonly kind: 'SeparateDatabaseAndState'
      readonly databaseOperations: readonly Operation[]
      readonly stateOperations: readonly Operation[]
    }

/** The operation kinds, for exhaustive switches. */
export type OperationKind = Operation['kind']

/** The operation of one kind: `OperationOf<'AddField'>`. */
export type OperationOf<K extends OperationKind> = Extract<Operation, { readonly kind: K }>

/**
 * The Meta options AlterModelOptions manages (Django's `ALTER_OPTION_KEYS`), in Django's order.
 */
export const ALTER_OPTION_KEYS: readonly string[] = [
  'base_manager_name',
  'default_manager_name',
  'default_related_name',
  'get_latest_by',
  'managed',
  'ordering',
  'permissions',
  'default_permissions',
  'select_on_save',
  'verbose_name',
  'verbose_name_plural',
]

/** The operations that name a model by `name` (model operations) rather than `modelName`. */
export type ModelOperation = Extract<Operation, { readonly name: string }> & {
  readonly kind:
    | 'CreateModel'
    | 'DeleteModel'
    | 'AlterModelTable'
    | 'AlterModelTableComment'
    | 'AlterUniqueTogether'
    | 'AlterIndexTogether'
    | 'AlterOrderWithRespectTo'
    | 'AlterModelOptions'
    | 'AlterModelManagers'
}

/** The operations on one field or one model's index/constraint (they carry `modelName`). */
export type FieldOperation = Extract<Operation, { readonly modelName: string }>

/** Takes an operation, returns it frozen (shallowly): operations are values. */
export function operation<O extends Operation>(op: O): O {
  return Object.freeze(op)
}

/** Whether the operation is about a field or an index/constraint of a model (it carries `modelName`). */
export function isFieldOperation(op: Operation): op is FieldOperation {
  return 'modelName' in op
}

/** The model an operation is about, lowercased, or undefined for RunSQL, RunPython, SeparateDatabaseAndState and RenameModel. */
export function operationModelNameLower(op: Operation): string | undefined {
  if (isFieldOperation(op)) return op.modelName.toLowerCase()
  if ('name' in op) return op.name.toLowerCase()
  return undefined
}
