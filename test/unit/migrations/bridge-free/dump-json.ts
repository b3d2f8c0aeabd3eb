/**
 * Converts what dump_project.py prints (Django's own objects, deconstructed to JSON) into the engine's
 * values: Deconstructed, FieldState, ModelState, Operation, Migration. It plays the bridge's part for the
 * bridge-free scenario replay, and shows the bridge what Django hands over.
 */
import type { Deconstructed } from '../../../../src/engine/models/deconstructed'
import { fieldState, type FieldState, type Kwargs } from '../../../../src/engine/migrations/field-state'
import {
  migration,
  type Migration,
  type MigrationDependency,
} from '../../../../src/engine/migrations/migration'
import {
  modelState,
  type FieldEntry,
  type ManagerEntry,
  type ModelState,
} from '../../../../src/engine/migrations/model-state'
import { operation, type Operation } from '../../../../src/engine/migrations/operations/operation'

/** A JSON value as dump_project.py writes it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

const isObject = (v: Json): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v)

function floatOf(text: string): number {
  if (text === 'inf') return Infinity
  if (text === '-inf') return -Infinity
  if (text === 'nan') return NaN
  return Number(text)
}

function refOf(path: string): Deconstructed {
  const dot = path.lastIndexOf('.')
  return { kind: 'reference', module: path.slice(0, dot), qualname: path.slice(dot + 1) }
}

/** Converts a dumped value; fields become `deconstructible` values with their path. */
export function value(v: Json): Deconstructed {
  if (v === null) return { kind: 'none' }
  if (typeof v === 'boolean') return { kind: 'bool', value: v }
  if (typeof v === 'number') return { kind: 'int', value: BigInt(v) }
  if (typeof v === 'string') return { kind: 'str', value: v }
  if (Array.isArray(v)) return { kind: 'list', items: v.map(value) }
  if ('$float' in v) return { kind: 'float', value: floatOf(v.$float as string) }
  if ('$decimal' in v) return { kind: 'decimal', value: v.$decimal as string }
  if ('$tuple' in v) return { kind: 'tuple', items: (v.$tuple as Json[]).map(value) }
  if ('$set' in v) return { kind: 'set', items: (v.$set as Json[]).map(value) }
  if ('$frozenset' in v) return { kind: 'frozenset', items: (v.$frozenset as Json[]).map(value) }
  if ('$dict' in v)
    return {
      kind: 'dict',
      entries: (v.$dict as [Json, Json][]).map(([k, x]) => [value(k), value(x)] as const),
    }
  if ('$bytes' in v) return { kind: 'bytes', value: Uint8Array.from(v.$bytes as number[]) }
  if ('$date' in v) {
    const [year, month, day] = v.$date as number[]
    return { kind: 'date', year: year!, month: month!, day: day! }
  }
  if ('$datetime' in v) {
    const [year, month, day, hour, minute, second, microsecond, offset] = v.$datetime as (number | null)[]
    return {
      kind: 'datetime',
      year: year!,
      month: month!,
      day: day!,
      hour: hour!,
      minute: minute!,
      second: second!,
      microsecond: microsecond!,
      utcOffsetMinutes: offset ?? null,
    }
  }
  if ('$time' in v) {
    const [hour, minute, second, microsecond] = v.$time as number[]
    return { kind: 'time', hour: hour!, minute: minute!, second: second!, microsecond: microsecond! }
  }
  if ('$timedelta' in v) {
    const [days, seconds, microseconds] = v.$timedelta as number[]
    return { kind: 'timedelta', days: days!, seconds: seconds!, microseconds: microseconds! }
  }
  if ('$uuid' in v) return { kind: 'uuid', hex: v.$uuid as string }
  if ('$enum' in v) {
    const [module, qualname, member] = v.$enum as string[]
    return { kind: 'enum', module: module!, qualname: qualname!, member: member!, value: value(v.value!) }
  }
  if ('$ref' in v) return refOf(v.$ref as string)
  if ('$func' in v) {
    const [module, qualname] = v.$func as string[]
    return { kind: 'reference', module: module!, qualname: qualname! }
  }
  if ('$setting' in v) return { kind: 'setting', name: v.$setting as string, value: value(v.value!) }
  if ('$opaque' in v) return { kind: 'opaque', repr: v.$opaque as string, typeName: v.type as string }
  if ('$call' in v || '$field' in v) {
    return {
      kind: 'deconstructible',
      path: (v.$call ?? v.$field) as string,
      args: ((v.args ?? []) as Json[]).map(value),
      kwargs: Object.entries((v.kwargs ?? {}) as JsonObject).map(([k, x]) => [k, value(x)] as const),
    }
  }
  throw new TypeError(`unknown dumped value ${JSON.stringify(v)}`)
}

/** Converts a dumped field (`{"$field": path, args, kwargs}`). */
export function field(v: Json): FieldState {
  if (!isObject(v) || typeof v.$field !== 'string') throw new TypeError(`not a field: ${JSON.stringify(v)}`)
  const kwargs: Record<string, Deconstructed> = {}
  for (const [k, x] of Object.entries((v.kwargs ?? {}) as JsonObject)) kwargs[k] = value(x)
  return fieldState(v.$field, kwargs, ((v.args ?? []) as Json[]).map(value))
}

function entries(list: Json): FieldEntry[] {
  return (list as Json[]).map((item) => {
    const pair = isObject(item) && '$tuple' in item ? (item.$tuple as Json[]) : (item as Json[])
    return [pair[0] as string, field(pair[1]!)] as const
  })
}

function managers(list: Json): ManagerEntry[] {
  return (list as Json[]).map((item) => {
    const pair = isObject(item) && '$tuple' in item ? (item.$tuple as Json[]) : (item as Json[])
    return [pair[0] as string, value(pair[1]!)] as const
  })
}

function kwargsOf(v: Json): Kwargs {
  if (v === null) return {}
  const pairs = isObject(v) && '$dict' in v ? (v.$dict as [Json, Json][]) : []
  return Object.fromEntries(pairs.map(([k, x]) => [k as string, value(x)]))
}

/** Converts a dumped ModelState. */
export function model(v: JsonObject): ModelState {
  return modelState({
    appLabel: v.app as string,
    name: v.name as string,
    fields: (v.fields as [string, Json][]).map(([n, f]) => [n, field(f)] as const),
    options: Object.fromEntries((v.options as [string, Json][]).map(([k, x]) => [k, value(x)])),
    bases: (v.bases as Json[]).map(value),
    managers: managers(v.managers as Json),
  })
}

/** Django's `__init__` parameter names per operation, in order (positional arguments bind to them). */
const SIGNATURES: Record<string, readonly string[]> = {
  CreateModel: ['name', 'fields', 'options', 'bases', 'managers'],
  DeleteModel: ['name'],
  RenameModel: ['old_name', 'new_name'],
  AlterModelTable: ['name', 'table'],
  AlterModelTableComment: ['name', 'table_comment'],
  AlterUniqueTogether: ['name', 'unique_together'],
  AlterIndexTogether: ['name', 'index_together'],
  AlterOrderWithRespectTo: ['name', 'order_with_respect_to'],
  AlterModelOptions: ['name', 'options'],
  AlterModelManagers: ['name', 'managers'],
  AddField: ['model_name', 'name', 'field', 'preserve_default'],
  RemoveField: ['model_name', 'name'],
  AlterField: ['model_name', 'name', 'field', 'preserve_default'],
  RenameField: ['model_name', 'old_name', 'new_name'],
  AddIndex: ['model_name', 'index'],
  RemoveIndex: ['model_name', 'name'],
  RenameIndex: ['model_name', 'new_name', 'old_name', 'old_fields'],
  AddConstraint: ['model_name', 'constraint'],
  RemoveConstraint: ['model_name', 'name'],
  AlterConstraint: ['model_name', 'name', 'constraint'],
  RunSQL: ['sql', 'reverse_sql', 'state_operations', 'hints', 'elidable'],
  RunPython: ['code', 'reverse_code', 'atomic', 'hints', 'elidable'],
  SeparateDatabaseAndState: ['database_operations', 'state_operations'],
}

const text = (v: Json | undefined): string => v as string
const textOrNull = (v: Json | undefined): string | null =>
  v === undefined || v === null ? null : (v as string)

/** Converts a dumped operation (`{"$op": name, args, kwargs}`) into the Operation union. */
export function op(v: Json): Operation {
  if (!isObject(v) || typeof v.$op !== 'string') throw new TypeError(`not an operation: ${JSON.stringify(v)}`)
  const kind = v.$op
  const signature = SIGNATURES[kind]
  if (signature === undefined) throw new TypeError(`unknown operation ${kind}`)
  const a: Record<string, Json> = { ...((v.kwargs ?? {}) as JsonObject) }
  ;((v.args ?? []) as Json[]).forEach((arg, i) => (a[signature[i]!] = arg))
  const ops = (x: Json | undefined) => ((x ?? []) as Json[]).map(op)
  switch (kind) {
    case 'CreateModel':
      return operation({
        kind,
        name: text(a.name),
        fields: entries(a.fields!),
        options: kwargsOf(a.options ?? null),
        bases: a.bases === undefined ? [] : (((a.bases as JsonObject).$tuple ?? []) as Json[]).map(value),
        managers: a.managers === undefined ? [] : managers(a.managers),
      })
    case 'DeleteModel':
      return operation({ kind, name: text(a.name) })
    case 'RenameModel':
      return operation({ kind, oldName: text(a.old_name), newName: text(a.new_name) })
    case 'AlterModelTable':
      return operation({ kind, name: text(a.name), table: textOrNull(a.table) })
    case 'AlterModelTableComment':
      return operation({ kind, name: text(a.name), tableComment: textOrNull(a.table_comment) })
    case 'AlterUniqueTogether':
      return operation({ kind, name: text(a.name), uniqueTogether: value(a.unique_together ?? null) })
    case 'AlterIndexTogether':
      return operation({ kind, name: text(a.name), indexTogether: value(a.index_together ?? null) })
    case 'AlterOrderWithRespectTo':
      return operation({ kind, name: text(a.name), orderWithRespectTo: textOrNull(a.order_with_respect_to) })
    case 'AlterModelOptions':
      return operation({ kind, name: text(a.name), options: kwargsOf(a.options ?? null) })
    case 'AlterModelManagers':
      return operation({ kind, name: text(a.name), managers: managers(a.managers ?? []) })
    case 'AddField':
    case 'AlterField':
      return operation({
        kind,
        modelName: text(a.model_name),
        name: text(a.name),
        field: field(a.field!),
        preserveDefault: a.preserve_default !== false,
      })
    case 'RemoveField':
      return operation({ kind, modelName: text(a.model_name), name: text(a.name) })
    case 'RenameField':
      return operation({
        kind,
        modelName: text(a.model_name),
        oldName: text(a.old_name),
        newName: text(a.new_name),
      })
    case 'AddIndex':
      return operation({ kind, modelName: text(a.model_name), index: value(a.index!) })
    case 'RemoveIndex':
    case 'RemoveConstraint':
      return operation({ kind, modelName: text(a.model_name), name: text(a.name) })
    case 'RenameIndex': {
      const oldFields = a.old_fields
      return operation({
        kind,
        modelName: text(a.model_name),
        newName: text(a.new_name),
        oldName: textOrNull(a.old_name),
        oldFields:
          oldFields === undefined || oldFields === null
            ? null
            : (((oldFields as JsonObject).$tuple ?? oldFields) as string[]),
      })
    }
    case 'AddConstraint':
      return operation({ kind, modelName: text(a.model_name), constraint: value(a.constraint!) })
    case 'AlterConstraint':
      return operation({
        kind,
        modelName: text(a.model_name),
        name: text(a.name),
        constraint: value(a.constraint!),
      })
    case 'RunSQL':
      return operation({
        kind,
        sql: value(a.sql!),
        ...(a.reverse_sql !== undefined ? { reverseSql: value(a.reverse_sql) } : {}),
        stateOperations: ops(a.state_operations),
        ...(a.hints !== undefined ? { hints: value(a.hints) } : {}),
        elidable: a.elidable === true,
      })
    case 'RunPython':
      return operation({
        kind,
        code: { ref: value(a.code!) },
        ...(a.reverse_code !== undefined ? { reverseCode: { ref: value(a.reverse_code) } } : {}),
        ...(typeof a.atomic === 'boolean' ? { atomic: a.atomic } : {}),
        ...(a.hints !== undefined ? { hints: value(a.hints) } : {}),
        elidable: a.elidable === true,
      })
    case 'SeparateDatabaseAndState':
      return operation({
        kind,
        databaseOperations: ops(a.database_operations),
        stateOperations: ops(a.state_operations),
      })
    default:
      throw new TypeError(`unknown operation ${kind}`)
  }
}

/** Converts a dumped migration. */
export function loadedMigration(v: JsonObject): Migration {
  return migration({
    appLabel: v.app as string,
    name: v.name as string,
    dependencies: (v.dependencies as Json[]).map((d): MigrationDependency => {
      if (isObject(d) && '$swappable' in d)
        return { appLabel: 'auth', name: '__first__', setting: d.$swappable as string }
      const [appLabel, name] = d as string[]
      return { appLabel: appLabel!, name: name! }
    }),
    runBefore: (v.run_before as [string, string][]).map(([a, n]) => [a, n] as const),
    replaces: (v.replaces as [string, string][]).map(([a, n]) => [a, n] as const),
    initial: v.initial as boolean | null,
    atomic: v.atomic as boolean,
    operations: (v.operations as Json[]).map(op),
  })
}
