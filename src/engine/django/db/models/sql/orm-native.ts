import { SqliteError, type SqlValue } from '../../../../connection'
import { PyObject, PyType, type PyValue } from '../../../../python/objects/base'
import { PyBytes, PyTuple, newBytes, newList, newTuple } from '../../../../python/objects/containers'
import { PyDict } from '../../../../python/objects/dict'
import { pyError, TypeError } from '../../../../python/objects/exceptions'
import { PyBuiltin, type PyModule } from '../../../../python/objects/functions'
import { newExceptionClass } from '../../../../python/objects/native'
import { repr } from '../../../../python/objects/repr'
import { None, newDict, pyFloat, typeOf } from '../../../../python/objects/types'
import { PyFloat } from '../../../../python/objects/base'
import { Exception } from '../../../../python/objects/exceptions'
import { NOT_PROVIDED } from '../../../host/native'
import { fieldColumn } from '../../../model-states'
import { isRelation } from '../../../relations'
import type { DjangoRuntime } from '../../../runtime'
import type { FieldObject } from '../fields/field-object'
import { optionsOf } from '../options'
import { registerDjangoFunctions } from './sqlite-functions'

const ON_DELETE = ['CASCADE', 'PROTECT', 'RESTRICT', 'SET_NULL', 'SET_DEFAULT', 'DO_NOTHING'] as const
const INTEGRITY = /^(NOT NULL|UNIQUE|FOREIGN KEY|CHECK|PRIMARY KEY) constraint failed|^constraint failed/

/** What Django says to a query in an atomic block an ORM error broke. */
export const BROKEN_TRANSACTION =
  "An error occurred in the current transaction. You can't execute queries until the end of the 'atomic' block."

/** Takes a Python parameter, returns the value SQLite binds (bool as 0/1, float as REAL, bytes as BLOB). */
function toSql(v: PyValue): SqlValue {
  if (v === None) return null
  if (typeof v === 'boolean') return v ? 1 : 0
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'string') return v
  if (v instanceof PyFloat) return v.v
  if (v instanceof PyBytes) return v.bytes
  if (v instanceof PyObject && typeof (v as { prim?: unknown }).prim !== 'undefined') {
    return toSql((v as unknown as { prim: PyValue }).prim)
  }
  throw pyError(TypeError, `Error binding parameter: type '${typeOf(v).name}' is not supported`)
}

/** Takes a value SQLite returned, returns it as Python's sqlite3 module does (REAL as float). */
function fromSql(v: SqlValue): PyValue {
  if (v === null) return None
  if (typeof v === 'number') return Number.isInteger(v) ? v : pyFloat(v)
  if (v instanceof Uint8Array) return newBytes(v)
  return v
}

function onDeleteName(rt: DjangoRuntime, v: PyValue): PyValue {
  for (const name of ON_DELETE) if (rt.classes.get(name) === (v as never)) return name
  return v === undefined ? None : v
}

function pyDefault(field: FieldObject): PyValue {
  const d = field.param('default')
  return d === undefined || (d as unknown) === NOT_PROVIDED ? NOT_PROVIDED_MARK : d
}

const NOT_PROVIDED_MARK = '__NOT_PROVIDED__'

function fieldInfo(rt: DjangoRuntime, field: FieldObject): PyDict {
  const related = isRelation(field) ? (field.target ?? None) : None
  const entries: [string, PyValue][] = [
    ['name', field.name!],
    [
      'attname',
      field.builtin === 'ForeignKey' || field.builtin === 'OneToOneField' ? `${field.name}_id` : field.name!,
    ],
    ['column', field.builtin === 'ManyToManyField' ? None : fieldColumn(field)],
    ['type', field.builtin],
    ['null', field.param('null') === true],
    ['default', pyDefault(field)],
    ['primary_key', field.param('primary_key') === true],
    ['related_model', related],
    ['on_delete', onDeleteName(rt, field.param('on_delete'))],
    ['related_name', field.param('related_name') ?? None],
    ['auto_now', field.param('auto_now') === true],
    ['auto_now_add', field.param('auto_now_add') === true],
    ['decimal_places', field.param('decimal_places') ?? None],
    ['through', field.through ?? None],
    ['field', field],
  ]
  return newDict(entries)
}

/**
 * Builds `django.db.models._orm`, the natives the ORM's Python modules stand on: `execute(sql, params)`
 * (rows as a list of tuples, SQLite errors raised as `django.db.utils.*`), `rowcount()`, `lastrowid()`,
 * `fields(model)` (every concrete and many-to-many field as a dict), `table(model)`, `registry(model)`
 * (the models of the same app registry), `NOT_PROVIDED`, `needs_rollback()`/`set_needs_rollback(flag)` (a query
 * while it is set raises `TransactionManagementError`).
 */
export function buildOrmNative(m: PyModule, rt: DjangoRuntime): void {
  const utils = new Map<string, PyType>()
  const databaseError = newExceptionClass('DatabaseError', [Exception], 'django.db.utils')
  for (const name of [
    'Error',
    'InterfaceError',
    'DatabaseError',
    'DataError',
    'OperationalError',
    'IntegrityError',
    'InternalError',
    'ProgrammingError',
    'NotSupportedError',
  ]) {
    const cls =
      name === 'DatabaseError' ? databaseError : newExceptionClass(name, [databaseError], 'django.db.utils')
    utils.set(name, cls)
    m.set(name, cls)
  }
  const transactionError = newExceptionClass(
    'TransactionManagementError',
    [utils.get('ProgrammingError')!],
    'django.db.transaction',
  )
  m.set('TransactionManagementError', transactionError)
  const prepared = new WeakSet<object>()
  const connection = () => {
    const c = rt.connection
    if (c === undefined) throw pyError(utils.get('OperationalError')!, 'no database connection')
    if (!prepared.has(c)) {
      prepared.add(c)
      registerDjangoFunctions(c)
    }
    return c
  }
  /** Runs `fn`, raising a SQLite error as Django's IntegrityError or OperationalError. */
  const database = <T>(fn: () => T): T => {
    try {
      return fn()
    } catch (error) {
      if (error instanceof SqliteError) {
        const kind = INTEGRITY.test(error.message) ? 'IntegrityError' : 'OperationalError'
        throw pyError(utils.get(kind)!, error.message)
      }
      throw error
    }
  }
  m.set(
    'execute',
    new PyBuiltin('execute', (args) => {
      const sql = String(args[0])
      if (rt.needsRollback) throw pyError(transactionError, BROKEN_TRANSACTION)
      const params = args[1] === undefined || args[1] === None ? [] : (args[1] as PyTuple).items.map(toSql)
      const text = sql.replace(/%%|%s/g, (t) => (t === '%%' ? '%' : '?'))
      const result = database(() => connection().query(text, params))
      return newList(result.rows.map((row) => newTuple(row.map(fromSql))))
    }),
  )
  m.set('rowcount', new PyBuiltin('rowcount', () => connection().changes()))
  m.set(
    'lastrowid',
    new PyBuiltin('lastrowid', () => {
      const id = connection().lastInsertRowid()
      return typeof id === 'bigint' && id <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(id) : id
    }),
  )
  m.set('needs_rollback', new PyBuiltin('needs_rollback', () => rt.needsRollback))
  m.set(
    'set_needs_rollback',
    new PyBuiltin('set_needs_rollback', ([flag]) => ((rt.needsRollback = flag === true), None)),
  )
  m.set('in_transaction', new PyBuiltin('in_transaction', () => connection().inTransaction()))
  m.set('begin', new PyBuiltin('begin', () => (connection().begin(), None)))
  m.set('commit', new PyBuiltin('commit', () => (database(() => connection().commit()), None)))
  m.set('rollback', new PyBuiltin('rollback', () => (connection().rollback(), None)))
  m.set('NOT_PROVIDED', NOT_PROVIDED_MARK)
  m.set(
    'fields',
    new PyBuiltin('fields', ([model]) => {
      const opts = model instanceof PyType ? optionsOf(model) : undefined
      if (opts === undefined) throw pyError(TypeError, `${repr(model!)} is not a model`)
      return newList(opts.allFields().map((f) => fieldInfo(rt, f)))
    }),
  )
  m.set(
    'table',
    new PyBuiltin('table', ([model]) => {
      const opts = optionsOf(model as PyType)!
      return optionsOf(opts.concreteModel())!.dbTable
    }),
  )
  m.set(
    'meta',
    new PyBuiltin('meta', ([model]) => {
      const opts = optionsOf(model as PyType)!
      const ordering = opts.attr('ordering')
      return newDict([
        ['app_label', opts.appLabel],
        ['model_name', opts.modelName],
        ['object_name', opts.objectName],
        ['ordering', ordering ?? newList([])],
        ['get_latest_by', opts.attr('get_latest_by') ?? None],
        ['concrete_model', opts.concreteModel()],
        ['managers', newList(opts.managers.map((e) => newTuple([e.name, e.manager])))],
      ])
    }),
  )
  m.set(
    'registry',
    new PyBuiltin('registry', ([model]) => {
      const cls = model as PyType
      const list = rt.registries.get(cls) ?? rt.models
      return newList(
        list.filter((c) => {
          const o = optionsOf(c)
          return o !== undefined && !o.abstract
        }),
      )
    }),
  )
}
