import {
  type Migration,
  type MigrationDependency,
  type MigrationKey,
  migration,
} from '../../../migrations/migration'
import type { FieldEntry, ManagerEntry } from '../../../migrations/model-state'
import { MODEL_BASE } from '../../../migrations/model-state'
import type { Operation, PythonCode } from '../../../migrations/operations/operation'
import type { Deconstructed } from '../../../models/deconstructed'
import { PyType, type PyValue } from '../../../python/objects/base'
import { getattr } from '../../../python/objects/attributes'
import { truthy } from '../../../python/objects/compare'
import { PyList, PyTuple } from '../../../python/objects/containers'
import { PyDict } from '../../../python/objects/dict'
import { pyError, TypeError, ValueError } from '../../../python/objects/exceptions'
import { iterate } from '../../../python/objects/iteration'
import { PyBoundMethod, PyBuiltin, PyFunction } from '../../../python/objects/functions'
import { None, typeOf } from '../../../python/objects/types'
import { FieldObject } from '../models/fields/field-object'
import { fieldStateOf } from '../../model-states'
import { toDeconstructed } from '../../python-values'
import type { DjangoRuntime } from '../../runtime'
import { OperationObject, SwappableDependency } from './migrations-module'

function items(v: PyValue): PyValue[] {
  if (v === None || v === undefined) return []
  return [...iterate(v)]
}

/** A Migration class attribute as Django's `list(...)` reads it: None is not iterable (TypeError). */
function listOf(v: PyValue): PyValue[] {
  return v === undefined ? [] : [...iterate(v)]
}

function pair(v: PyValue): [PyValue, PyValue] {
  const [a, b] = items(v)
  return [a, b]
}

function optionalStr(v: PyValue): string | null {
  return v === None || v === undefined ? null : String(v)
}

function kwargsRecord(v: PyValue, rt: DjangoRuntime): Record<string, Deconstructed> {
  const out: Record<string, Deconstructed> = {}
  if (v instanceof PyDict) for (const [k, x] of v.entries()) out[String(k)] = toDeconstructed(x, rt)
  return out
}

function normaliseTogether(v: PyValue, rt: DjangoRuntime): Deconstructed {
  const groups = items(v)
  if (groups.length === 0) return { kind: 'set', items: [] }
  const nested = groups.every((g) => g instanceof PyList || g instanceof PyTuple)
  return {
    kind: 'set',
    items: (nested ? groups : [v]).map((g) => ({
      kind: 'tuple' as const,
      items: items(g).map((x) => toDeconstructed(x, rt)),
    })),
  }
}

/** Python's `callable()`: functions, builtins, bound methods, classes and objects with `__call__`. */
function isCallable(v: PyValue): boolean {
  return (
    v instanceof PyFunction ||
    v instanceof PyBuiltin ||
    v instanceof PyBoundMethod ||
    v instanceof PyType ||
    typeOf(v).lookup('__call__') !== undefined
  )
}

function pythonCode(v: PyValue, rt: DjangoRuntime): PythonCode {
  return { ref: toDeconstructed(v, rt), handle: { fn: v, rt, interp: rt.interpreter } }
}

function fieldsOf(v: PyValue, rt: DjangoRuntime): FieldEntry[] {
  return items(v).map((entry) => {
    const [name, field] = pair(entry)
    if (!(field instanceof FieldObject)) throw pyError(TypeError, `${String(name)} is not a field`)
    return [String(name), fieldStateOf(field, rt)]
  })
}

/** Takes an operation instance from a migration file, returns the engine's Operation value. */
export function operationFromPython(v: PyValue, rt: DjangoRuntime): Operation {
  if (!(v instanceof OperationObject))
    throw pyError(TypeError, `'${typeOf(v).name}' object is not a migration operation`)
  const a = v.args
  const s = (name: string) => String(a[name])
  const d = (name: string) => toDeconstructed(a[name], rt)
  switch (v.kind) {
    case 'CreateModel': {
      const bases = items(a.bases)
      return {
        kind: 'CreateModel',
        name: s('name'),
        fields: fieldsOf(a.fields, rt),
        options: kwargsRecord(a.options, rt),
        bases:
          a.bases === None
            ? [MODEL_BASE]
            : bases.map((b) =>
                typeof b === 'string'
                  ? toDeconstructed(b, rt)
                  : b instanceof PyType && b === rt.cls('Model')
                    ? MODEL_BASE
                    : toDeconstructed(b, rt),
              ),
        managers: items(a.managers).map((m): ManagerEntry => {
          const [name, manager] = pair(m)
          return [String(name), toDeconstructed(manager, rt)]
        }),
      }
    }
    case 'DeleteModel':
      return { kind: 'DeleteModel', name: s('name') }
    case 'RenameModel':
      return { kind: 'RenameModel', oldName: s('old_name'), newName: s('new_name') }
    case 'AlterModelTable':
      return { kind: 'AlterModelTable', name: s('name'), table: optionalStr(a.table) }
    case 'AlterModelTableComment':
      return { kind: 'AlterModelTableComment', name: s('name'), tableComment: optionalStr(a.table_comment) }
    case 'AlterUniqueTogether':
      return {
        kind: 'AlterUniqueTogether',
        name: s('name'),
        uniqueTogether: normaliseTogether(a.unique_together, rt),
      }
    case 'AlterIndexTogether':
      return {
        kind: 'AlterIndexTogether',
        name: s('name'),
        indexTogether: normaliseTogether(a.index_together, rt),
      }
    case 'AlterOrderWithRespectTo':
      return {
        kind: 'AlterOrderWithRespectTo',
        name: s('name'),
        orderWithRespectTo: optionalStr(a.order_with_respect_to),
      }
    case 'AlterModelOptions':
      return { kind: 'AlterModelOptions', name: s('name'), options: kwargsRecord(a.options, rt) }
    case 'AlterModelManagers':
      return {
        kind: 'AlterModelManagers',
        name: s('name'),
        managers: items(a.managers).map((m): ManagerEntry => {
          const [name, manager] = pair(m)
          return [String(name), toDeconstructed(manager, rt)]
        }),
      }
    case 'AddField':
    case 'AlterField': {
      if (!(a.field instanceof FieldObject)) throw pyError(TypeError, `${v.kind} needs a field instance`)
      return {
        kind: v.kind,
        modelName: s('model_name'),
        name: s('name'),
        field: fieldStateOf(a.field, rt),
        preserveDefault: truthy(a.preserve_default),
      }
    }
    case 'RemoveField':
      return { kind: 'RemoveField', modelName: s('model_name'), name: s('name') }
    case 'RenameField':
      return {
        kind: 'RenameField',
        modelName: s('model_name'),
        oldName: s('old_name'),
        newName: s('new_name'),
      }
    case 'AddIndex':
      return { kind: 'AddIndex', modelName: s('model_name'), index: d('index') }
    case 'RemoveIndex':
      return { kind: 'RemoveIndex', modelName: s('model_name'), name: s('name') }
    case 'RenameIndex': {
      if (a.old_name === None && a.old_fields === None)
        throw pyError(ValueError, 'RenameIndex requires one of old_name and old_fields arguments to be set.')
      if (a.old_name !== None && a.old_fields !== None)
        throw pyError(ValueError, 'RenameIndex.old_name and old_fields are mutually exclusive.')
      return {
        kind: 'RenameIndex',
        modelName: s('model_name'),
        newName: s('new_name'),
        oldName: optionalStr(a.old_name),
        oldFields: a.old_fields === None ? null : items(a.old_fields).map(String),
      }
    }
    case 'AddConstraint':
      return { kind: 'AddConstraint', modelName: s('model_name'), constraint: d('constraint') }
    case 'RemoveConstraint':
      return { kind: 'RemoveConstraint', modelName: s('model_name'), name: s('name') }
    case 'AlterConstraint':
      return {
        kind: 'AlterConstraint',
        modelName: s('model_name'),
        name: s('name'),
        constraint: d('constraint'),
      }
    case 'RunSQL':
      return {
        kind: 'RunSQL',
        sql: d('sql'),
        ...(a.reverse_sql !== None ? { reverseSql: d('reverse_sql') } : {}),
        stateOperations: items(a.state_operations).map((o) => operationFromPython(o, rt)),
        ...(a.hints !== None ? { hints: d('hints') } : {}),
        elidable: truthy(a.elidable),
        written: v.written,
      }
    case 'RunPython': {
      if (!isCallable(a.code)) throw pyError(ValueError, 'RunPython must be supplied with a callable')
      if (a.reverse_code !== None && !isCallable(a.reverse_code)) {
        throw pyError(ValueError, 'RunPython must be supplied with callable arguments')
      }
      return {
        kind: 'RunPython',
        code: pythonCode(a.code, rt),
        ...(a.reverse_code !== None ? { reverseCode: pythonCode(a.reverse_code, rt) } : {}),
        ...(a.atomic !== None ? { atomic: truthy(a.atomic) } : {}),
        ...(a.hints !== None ? { hints: d('hints') } : {}),
        elidable: truthy(a.elidable),
      }
    }
    case 'SeparateDatabaseAndState':
      return {
        kind: 'SeparateDatabaseAndState',
        databaseOperations: items(a.database_operations).map((o) => operationFromPython(o, rt)),
        stateOperations: items(a.state_operations).map((o) => operationFromPython(o, rt)),
      }
    default:
      throw pyError(TypeError, `unknown migration operation ${v.kind}`)
  }
}

function dependencyOf(v: PyValue): MigrationDependency {
  if (v instanceof SwappableDependency) {
    const [app, name] = pair(v.prim)
    return { appLabel: String(app), name: String(name), setting: v.setting }
  }
  const [app, name] = pair(v)
  return { appLabel: String(app), name: String(name) }
}

function keyOf(v: PyValue): MigrationKey {
  const [app, name] = pair(v)
  return [String(app), String(name)]
}

/**
 * Takes a migration file's `Migration` class, its app and name, returns the engine's Migration value
 * (dependencies, run_before, replaces, initial, atomic and every operation).
 */
export function migrationFromPython(
  cls: PyValue,
  appLabel: string,
  name: string,
  rt: DjangoRuntime,
): Migration {
  const initial = getattr(cls, 'initial')
  return migration({
    appLabel,
    name,
    dependencies: listOf(getattr(cls, 'dependencies')).map(dependencyOf),
    runBefore: listOf(getattr(cls, 'run_before')).map(keyOf),
    replaces: listOf(getattr(cls, 'replaces')).map(keyOf),
    initial: initial === None ? null : truthy(initial),
    atomic: truthy(getattr(cls, 'atomic')),
    operations: listOf(getattr(cls, 'operations')).map((o) => operationFromPython(o, rt)),
  })
}
