import type { Interpreter } from '../../../python/interpreter'
import { PyObject, type KwNames, type PyValue } from '../../../python/objects/base'
import { newTuple } from '../../../python/objects/containers'
import { PyBuiltin, type PyModule } from '../../../python/objects/functions'
import { pyError, ValueError } from '../../../python/objects/exceptions'
import { repr } from '../../../python/objects/repr'
import { newDict, None, typeOf } from '../../../python/objects/types'
import { bind, defineClass, signature, staticMethod, type BoundArgs } from '../../host/native'
import type { DjangoRuntime } from '../../runtime'
import { OPERATION_SIGNATURES } from './operation-classes'

/** An operation instance in a migration file: its class name and bound `__init__` arguments. */
export class OperationObject extends PyObject {
  kind = ''
  args: BoundArgs = {}
  /** How the migration file passed the arguments: how many positionally, then the keywords in order. */
  written: { positional: number; keywords: readonly string[] } = { positional: 0, keywords: [] }
}

/** The result of `migrations.swappable_dependency(settings.X)`: the app dependency and the setting. */
export class SwappableDependency extends PyObject {
  setting = ''
}

function operationClass(
  rt: DjangoRuntime,
  base: ReturnType<typeof defineClass>,
  name: string,
): ReturnType<typeof defineClass> {
  const [module, sigText] = OPERATION_SIGNATURES[name]!
  const sig = signature(sigText)
  const cls = defineClass({
    name,
    module: `django.db.migrations.operations.${module}`,
    bases: [base],
    attrs: {
      __init__: new PyBuiltin(
        '__init__',
        (args: PyValue[], kwn: KwNames) => {
          const self = args[0] as OperationObject
          self.kind = name
          self.args = bind(sig, `${name}.__init__`, args, kwn)
          const keywords = kwn ?? []
          self.written = { positional: args.length - 1 - keywords.length, keywords }
          return None
        },
        true,
        `${name}.__init__`,
      ),
      __repr__: new PyBuiltin(
        '__repr__',
        ([self]) => {
          const op = self as OperationObject
          const parts = Object.entries(op.args)
            .filter(([k]) => k !== 'self')
            .map(([k, v]) => `${k}=${repr(v)}`)
          return `<${name}  ${parts.join(', ')}>`
        },
        true,
      ),
    },
  })
  rt.export(cls, `django.db.migrations.operations.${module}`, name)
  return cls
}

/**
 * Builds `django.db.migrations`: `Migration`, every operation class (also under
 * `django.db.migrations.operations` and its `models`, `fields` and `special` modules, where
 * a rewritten migration names `RunPython.noop` in full), `RunPython.noop`, `RunSQL.noop` (an empty string, as in Django) and
 * `swappable_dependency`.
 */
export function buildMigrationsModule(m: PyModule, interp: Interpreter, rt: DjangoRuntime): void {
  const base = defineClass({
    name: 'Operation',
    module: 'django.db.migrations.operations.base',
    layout: (c) => new OperationObject(c),
  })
  const operations = interp.importModule('django.db.migrations.operations')
  for (const name of Object.keys(OPERATION_SIGNATURES)) {
    const cls = operationClass(rt, base, name)
    m.set(name, cls)
    operations.set(name, cls)
    interp.importModule(`django.db.migrations.operations.${OPERATION_SIGNATURES[name]![0]}`).set(name, cls)
    rt.classes.set(`migrations.${name}`, cls)
  }
  const runPython = rt.cls('migrations.RunPython')
  const noop = new PyBuiltin('noop', () => None, false, 'RunPython.noop')
  rt.export(noop, 'django.db.migrations.operations.special', 'RunPython.noop')
  runPython.dict.set('noop', staticMethod(noop))
  runPython.invalidate()
  const runSql = rt.cls('migrations.RunSQL')
  runSql.dict.set('noop', '')
  runSql.invalidate()
  const migration = defineClass({
    name: 'Migration',
    module: 'django.db.migrations.migration',
    attrs: {
      operations: interp.eval('[]', newDict()),
      dependencies: interp.eval('[]', newDict()),
      run_before: interp.eval('[]', newDict()),
      replaces: interp.eval('[]', newDict()),
      initial: None,
      atomic: true,
    },
  })
  rt.classes.set('Migration', migration)
  m.set('Migration', migration)
  const swappable = defineClass({
    name: 'SwappableTuple',
    module: 'django.db.migrations.migration',
    layout: (c) => new SwappableDependency(c),
  })
  m.set(
    'swappable_dependency',
    new PyBuiltin('swappable_dependency', ([value]) => {
      if (typeof value !== 'string' || !value.includes('.'))
        throw pyError(ValueError, `Invalid model reference '${String(value)}'`)
      const dep = new SwappableDependency(swappable)
      dep.setting = 'AUTH_USER_MODEL'
      dep.prim = newTuple([value.split('.')[0]!, '__first__'])
      return dep
    }),
  )
  void typeOf
}
