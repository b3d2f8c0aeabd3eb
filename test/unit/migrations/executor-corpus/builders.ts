import type { Deconstructed } from '../../../../src/engine/models/deconstructed'
import type { FieldState } from '../../../../src/engine/migrations/field-state'
import { migration, type Migration } from '../../../../src/engine/migrations/migration'
import { operation, type Operation } from '../../../../src/engine/migrations/operations/operation'
import { autoId, py, type Py } from '../fixtures'

/** A migration `app.name` depending on `deps` (`'app.name'` strings) with `ops`. */
export function mig(
  label: string,
  deps: readonly string[],
  ops: readonly Operation[],
  extra: { initial?: boolean; atomic?: boolean; replaces?: string[]; runBefore?: string[] } = {},
): Migration {
  const [appLabel, name] = label.split('.') as [string, string]
  const key = (s: string) => s.split('.') as unknown as readonly [string, string]
  return migration({
    appLabel,
    name,
    dependencies: deps.map((d) => {
      const [a, n] = d.split('.') as [string, string]
      return { appLabel: a, name: n }
    }),
    operations: ops,
    initial: extra.initial ?? (deps.every((d) => !d.startsWith(`${appLabel}.`)) ? true : null),
    atomic: extra.atomic ?? true,
    replaces: (extra.replaces ?? []).map(key),
    runBefore: (extra.runBefore ?? []).map(key),
  })
}

/** CreateModel with an automatic id first. */
export function createModel(
  name: string,
  fields: Record<string, FieldState>,
  options: Record<string, Py> = {},
): Operation {
  return operation({
    kind: 'CreateModel',
    name,
    fields: [autoId, ...Object.entries(fields)],
    options: Object.fromEntries(Object.entries(options).map(([k, v]) => [k, py(v)])),
    bases: [],
    managers: [],
  })
}

/** AddField (preserve_default true unless given). */
export const addField = (
  modelName: string,
  name: string,
  field: FieldState,
  preserveDefault = true,
): Operation => operation({ kind: 'AddField', modelName, name, field, preserveDefault })
/** AlterField. */
export const alterField = (
  modelName: string,
  name: string,
  field: FieldState,
  preserveDefault = true,
): Operation => operation({ kind: 'AlterField', modelName, name, field, preserveDefault })
/** RemoveField. */
export const removeField = (modelName: string, name: string): Operation =>
  operation({ kind: 'RemoveField', modelName, name })
/** RenameField. */
export const renameField = (modelName: string, oldName: string, newName: string): Operation =>
  operation({ kind: 'RenameField', modelName, oldName, newName })
/** RenameModel. */
export const renameModel = (oldName: string, newName: string): Operation =>
  operation({ kind: 'RenameModel', oldName, newName })
/** DeleteModel. */
export const deleteModel = (name: string): Operation => operation({ kind: 'DeleteModel', name })
/** RunSQL with optional reverse SQL. */
export const runSql = (sql: Py, reverse?: Py): Operation =>
  operation({
    kind: 'RunSQL',
    sql: py(sql),
    ...(reverse === undefined ? {} : { reverseSql: py(reverse) }),
    stateOperations: [],
    elidable: false,
  })
/** A Python tuple value. */
export const tupleOf = (...items: Py[]): Deconstructed => ({ kind: 'tuple', items: items.map(py) })
