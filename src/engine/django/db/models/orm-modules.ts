import type { Interpreter } from '../../../python/interpreter'
import { PyModule as PyModuleClass, type PyModule } from '../../../python/objects/functions'
import { newList } from '../../../python/objects/containers'
import type { DjangoRuntime } from '../../runtime'
import { TRANSACTION_SOURCE } from '../transaction-source'
import { DB_UTILS_SOURCE } from '../utils-source'
import { DELETION_SOURCE } from './deletion-source'
import { INSTANCE_SOURCE } from './instance-source'
import { MANAGER_SOURCE } from './manager-source'
import { QUERYSET_SOURCE } from './queryset-source'
import { COMPILER_SOURCE } from './sql/compiler-source'
import { EXPRESSIONS_SOURCE } from './sql/expressions-source'
import { FIELD_INFO_SOURCE } from './sql/field-info-source'
import { buildOrmNative } from './sql/orm-native'
import { QUERY_SOURCE } from './sql/query-source'
import { RELATED_SELECTIONS_SOURCE } from './sql/related-selections-source'

function source(interp: Interpreter, m: PyModule, text: string): void {
  const file = `<django>/${m.name.replace(/\./g, '/')}.py`
  m.set('__file__', file)
  interp.exec(text, file, m.dict)
}

/** The names `django.db.models` re-exports from the ORM modules. */
const MODELS_EXPORTS: readonly [module: string, names: readonly string[]][] = [
  ['django.db.models.sql', ['Count', 'Sum', 'Avg', 'Min', 'Max', 'Aggregate']],
  ['django.db.models.query', ['QuerySet']],
  ['django.db.models.instance', ['ProtectedError', 'RestrictedError']],
]

/**
 * Registers the ORM's modules on `interp`: `django._orm` (natives), `django.db.utils`,
 * `django.db.transaction`, `django.db.models.sql`, `django.db.models.query`,
 * `django.db.models.instance` (written in Python over the natives).
 */
export function installOrm(interp: Interpreter, rt: DjangoRuntime): void {
  interp.registerModule('django._orm', (m) => buildOrmNative(m, rt))
  interp.registerModule('django.db.utils', (m) => source(interp, m, DB_UTILS_SOURCE))
  interp.registerModule('django.db.transaction', (m) => source(interp, m, TRANSACTION_SOURCE))
  interp.registerModule('django.db.models.sql', (m) =>
    source(
      interp,
      m,
      FIELD_INFO_SOURCE + QUERY_SOURCE + EXPRESSIONS_SOURCE + COMPILER_SOURCE + RELATED_SELECTIONS_SOURCE,
    ),
  )
  interp.registerModule('django.db.models.query', (m) => source(interp, m, QUERYSET_SOURCE))
  interp.registerModule('django.db.models.instance', (m) =>
    source(interp, m, INSTANCE_SOURCE + MANAGER_SOURCE + DELETION_SOURCE),
  )
  interp.registerModule('django.db.models.manager', (m) => {
    m.set('BaseManager', rt.cls('BaseManager'))
    m.set('Manager', rt.cls('Manager'))
  })
}

/** Adds the ORM's names to `django.db.models` and `django.db.models.deletion` (called once `models` is built). */
export function exportOrm(interp: Interpreter, models: PyModule): void {
  for (const [module, names] of MODELS_EXPORTS) {
    const m = interp.importModule(module)
    for (const name of names) models.set(name, m.get(name))
  }
  for (const module of [models, interp.importModule('django.db.models.functions')]) setAll(module)
  const deletion = interp.importModule('django.db.models.deletion')
  for (const name of ['ProtectedError', 'RestrictedError']) deletion.set(name, models.get(name))
}

/** Sets `__all__` to the module's public names that are not submodules (what `import *` takes, as in Django). */
function setAll(module: PyModule): void {
  const names = [...module.dict.keys()].filter(
    (key): key is string =>
      typeof key === 'string' && !key.startsWith('_') && !(module.dict.get(key) instanceof PyModuleClass),
  )
  module.set('__all__', newList(names))
}

/** Fills `django.db` with the connection, the error classes and `transaction`. */
export function buildDb(interp: Interpreter, m: PyModule): void {
  const utils = interp.importModule('django.db.utils')
  for (const name of [
    'connection',
    'connections',
    'reset_queries',
    'DEFAULT_DB_ALIAS',
    'Error',
    'DatabaseError',
    'IntegrityError',
    'OperationalError',
    'ProgrammingError',
    'DataError',
    'InterfaceError',
    'InternalError',
    'NotSupportedError',
  ])
    m.set(name, utils.get(name))
}
