import type { SqliteSchemaEditor } from '../backends/sqlite/schema-editor'
import { SqliteError } from '../connection'
import { DatabaseError } from '../backends/sqlite/database-errors'
import { DjangoException } from '../migrations/exceptions'
import type { RunPythonHost } from '../migrations/operations/database-context'
import type { PythonCode } from '../migrations/operations/operation'
import type { ProjectState } from '../migrations/project-state'
import { PythonError } from '../python/errors'
import type { Interpreter } from '../python/interpreter'
import type { PyValue } from '../python/objects/base'
import { call } from '../python/objects/calls'
import { PyBaseException, pyError } from '../python/objects/exceptions'
import { PyBuiltin } from '../python/objects/functions'
import { exceptionStr } from '../python/objects/repr'
import { None, newDict } from '../python/objects/types'
import { exceptionTypeName } from '../python/traceback'
import { BROKEN_TRANSACTION } from './db/models/sql/orm-native'
import { renderHistoricalModels } from './historical-apps'
import type { DjangoRuntime } from './runtime'

/** What the bridge puts in `PythonCode.handle`: the Python callable and the interpreter it lives in. */
export interface RunPythonHandle {
  readonly fn: PyValue
  readonly rt: DjangoRuntime
  readonly interp: Interpreter
}

/** A Python exception raised by RunPython code, as the traceback's last line names it. */
export class RunPythonError extends DjangoException {
  override readonly name = 'RunPythonError'
  /** Takes the exception's qualified class name and its message. */
  constructor(
    readonly pythonName: string,
    message: string,
  ) {
    super(message)
  }
}

const HELPERS = String.raw`
from django.db import connection


class StateApps:
    def __init__(self, models):
        self.all_models = {}
        for label, model in models.items():
            app, name = label.split('.')
            self.all_models.setdefault(app, {})[name] = model

    def get_model(self, app_label, model_name=None, require_ready=True):
        if model_name is None:
            app_label, model_name = app_label.split('.')
        if app_label not in self.all_models:
            raise LookupError("No installed app with label '%s'." % app_label)
        try:
            return self.all_models[app_label][model_name.lower()]
        except KeyError:
            raise LookupError("App '%s' doesn't have a '%s' model." % (app_label, model_name))

    def get_models(self, include_auto_created=False, include_swapped=False):
        return [m for app in self.all_models.values() for m in app.values()]


class DatabaseSchemaEditor:
    def __init__(self, run):
        self._run = run
        self.connection = connection
        self.collect_sql = False
        self.deferred_sql = []

    def execute(self, sql, params=()):
        connection.log(str(sql), list(params or ()))
        self._run(str(sql), tuple(params) if params else None)

    def quote_name(self, name):
        return chr(34) + name + chr(34)
`

function pythonException(rt: DjangoRuntime, interp: Interpreter, error: unknown): unknown {
  const db = error instanceof SqliteError ? error.message : error instanceof DatabaseError ? error : null
  if (db === null) return error
  const utils = interp.importModule('django.db.utils')
  if (typeof db === 'string') {
    const integrity = /constraint failed/.test(db)
    return pyError(utils.get(integrity ? 'IntegrityError' : 'OperationalError') as never, db)
  }
  return pyError(utils.get(db.pythonName.split('.').pop()!) as never, db.message)
}

/** Takes whatever the Python call threw, returns the error the executor reports (a traceback's last line). */
function hostError(error: unknown): unknown {
  const exc = error instanceof PythonError ? error.exc : error
  if (exc instanceof PyBaseException) return new RunPythonError(exceptionTypeName(exc), exceptionStr(exc))
  return error
}

/**
 * The error Django's SQLite schema editor meets on leaving an atomic migration whose transaction an ORM
 * error broke (its constraint check is a query): TransactionManagementError; undefined when not broken.
 */
function brokenTransaction(rt: DjangoRuntime, editor: SqliteSchemaEditor): RunPythonError | undefined {
  if (!rt.needsRollback || !editor.atomicMigration) return undefined
  return new RunPythonError('django.db.transaction.TransactionManagementError', BROKEN_TRANSACTION)
}

/**
 * The RunPython host: calls `code(apps, schema_editor)` with the historical apps of `state` and a
 * schema editor whose `execute` runs on the migration's connection, inside the executor's transaction.
 */
export function createRunPythonHost(): RunPythonHost {
  return {
    async runPython(code: PythonCode, state: ProjectState, editor: SqliteSchemaEditor): Promise<void> {
      const handle = code.handle as RunPythonHandle
      const { rt, interp } = handle
      rt.connection = editor.connection
      rt.needsRollback = false
      try {
        const ns = newDict([['__name__', 'django.db.migrations.state']])
        interp.exec(HELPERS, '<django>/django/db/migrations/state.py', ns)
        const models = renderHistoricalModels(interp, rt, state)
        const apps = call(ns.get('StateApps')!, [newDict([...models])])
        const run = new PyBuiltin('run', ([sql, params]) => {
          try {
            if (params === undefined || params === None) editor.execute(String(sql))
            else call(interp.importModule('django._orm').get('execute')!, [sql!, params])
          } catch (error) {
            throw pythonException(rt, interp, error)
          }
          return None
        })
        const schemaEditor = call(ns.get('DatabaseSchemaEditor')!, [run])
        call(handle.fn, [apps, schemaEditor])
      } catch (error) {
        throw brokenTransaction(rt, editor) ?? hostError(error)
      }
      const broken = brokenTransaction(rt, editor)
      if (broken !== undefined) throw broken
    },
  }
}
