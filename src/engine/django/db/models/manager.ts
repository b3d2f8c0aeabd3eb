import { PyObject, type PyType, type PyValue } from '../../../python/objects/base'
import { PyBuiltin } from '../../../python/objects/functions'
import { None, typeOf } from '../../../python/objects/types'
import { defineClass } from '../../host/native'
import type { DjangoRuntime } from '../../runtime'

/**
 * A manager instance (`models.Manager()` or a subclass): its creation order decides the default
 * manager. The ORM fills in querying in a later issue; for now a manager only exists and deconstructs.
 */
export class ManagerObject extends PyObject {
  counter = Number.NaN
  /** Whether Django added it (`objects` on a model without managers). */
  autoCreated = false
}

/** The path a manager deconstructs to: `django.db.models.manager.Manager` or its subclass's module path. */
export function managerPath(manager: ManagerObject): string {
  const cls = typeOf(manager)
  return `${cls.module}.${cls.qualname}`
}

/** Creates `BaseManager` and `Manager` (`django.db.models.manager`). */
export function createManagerClasses(rt: DjangoRuntime): PyType {
  const init = new PyBuiltin(
    '__init__',
    ([self]) => {
      const manager = self as ManagerObject
      if (Number.isNaN(manager.counter)) manager.counter = rt.nextCounter()
      return None
    },
    true,
    'BaseManager.__init__',
  )
  const base = defineClass({
    name: 'BaseManager',
    module: 'django.db.models.manager',
    attrs: { __init__: init, use_in_migrations: false, auto_created: false },
    layout: (cls) => new ManagerObject(cls),
  })
  const manager = defineClass({ name: 'Manager', module: 'django.db.models.manager', bases: [base] })
  rt.classes.set('BaseManager', base)
  rt.classes.set('Manager', manager)
  rt.export(manager, 'django.db.models.manager', 'Manager')
  return manager
}
