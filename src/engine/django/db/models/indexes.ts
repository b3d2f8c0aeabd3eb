import type { PyValue } from '../../../python/objects/base'
import { newList, newTuple, PyList, PyTuple } from '../../../python/objects/containers'
import { pyError, TypeError, ValueError } from '../../../python/objects/exceptions'
import { None } from '../../../python/objects/types'
import { call } from '../../../python/objects/calls'
import type { DjangoRuntime } from '../../runtime'
import { DeconstructibleObject, deconstructibleClass } from './deconstructible'

function isSet(v: PyValue): boolean {
  return v !== undefined && v !== None
}

function nonEmpty(v: PyValue): boolean {
  return (v instanceof PyList || v instanceof PyTuple) && v.items.length > 0
}

function isQ(v: PyValue, rt: DjangoRuntime): boolean {
  return v instanceof DeconstructibleObject && v.cls.isSubtype(rt.cls('Q'))
}

/** The positional expressions of an index or unique constraint, a field name given as a string made `F(name)`. */
function expressionsOf(args: readonly PyValue[], rt: DjangoRuntime): PyValue[] {
  return args.map((arg) => (typeof arg === 'string' ? call(rt.cls('F'), [arg]) : arg))
}

/** The `name` an index or constraint carries (its own, or the one set from the model), or None. */
export function objectName(obj: DeconstructibleObject): PyValue {
  return obj.state.get('name') ?? obj.kwarg('name') ?? None
}

/** Creates `Index`, `UniqueConstraint`, `CheckConstraint`, `BaseConstraint` and `Deferrable`'s members. */
export function createIndexClasses(rt: DjangoRuntime): void {
  deconstructibleClass(
    {
      name: 'Index',
      module: 'django.db.models.indexes',
      path: 'django.db.models.Index',
      init: (self, args, kw) => {
        const fields = kw.get('fields') ?? newTuple([])
        if (!(fields instanceof PyList || fields instanceof PyTuple)) {
          throw pyError(ValueError, 'Index.fields must be a list or tuple.')
        }
        const condition = kw.get('condition')
        if (isSet(condition) && !isQ(condition, rt))
          throw pyError(ValueError, 'Index.condition must be a Q instance.')
        if (isSet(condition) && !isSet(kw.get('name')))
          throw pyError(ValueError, 'An index must be named to use condition.')
        if (nonEmpty(kw.get('opclasses')) && !isSet(kw.get('name'))) {
          throw pyError(ValueError, 'An index must be named to use opclasses.')
        }
        if (args.length > 0 && fields.items.length > 0) {
          throw pyError(ValueError, 'Index.fields and expressions are mutually exclusive.')
        }
        if (args.length > 0 && !isSet(kw.get('name')))
          throw pyError(ValueError, 'An index must be named to use expressions.')
        if (args.length === 0 && fields.items.length === 0) {
          throw pyError(ValueError, 'At least one field or expression is required to define an index.')
        }
        for (const f of fields.items) {
          if (typeof f !== 'string')
            throw pyError(ValueError, 'Index.fields must contain only strings with field names.')
        }
        self.args = expressionsOf(args, rt)
        self.state.set('fields', fields.items)
        self.custom = (index) => {
          const kwargs: [string, PyValue][] = []
          const names = index.state.get('fields') as string[]
          if (names.length > 0) kwargs.push(['fields', newList([...names])])
          kwargs.push(['name', objectName(index)])
          for (const key of ['db_tablespace', 'opclasses', 'condition', 'include']) {
            const value = index.kwarg(key)
            if (isSet(value) && !(key === 'opclasses' && !nonEmpty(value))) kwargs.push([key, value])
          }
          return { path: 'django.db.models.Index', args: index.args, kwargs }
        }
      },
    },
    rt,
  )
  const base = deconstructibleClass(
    {
      name: 'BaseConstraint',
      module: 'django.db.models.constraints',
      path: 'django.db.models.BaseConstraint',
    },
    rt,
  )
  const constraintKwargs = (self: DeconstructibleObject, keys: readonly string[]): [string, PyValue][] => {
    const out: [string, PyValue][] = []
    for (const key of keys) {
      const value = key === 'name' ? objectName(self) : (self.state.get(key) ?? self.kwarg(key))
      if (value === undefined || value === None) continue
      if (key === 'fields' || key === 'include' || key === 'opclasses') {
        if (!nonEmpty(value)) continue
      }
      out.push([key, value])
    }
    return out
  }
  deconstructibleClass(
    {
      name: 'UniqueConstraint',
      module: 'django.db.models.constraints',
      path: 'django.db.models.UniqueConstraint',
      bases: [base],
      init: (self, args, kw) => {
        if (!isSet(kw.get('name'))) throw pyError(ValueError, 'A unique constraint must be named.')
        const fields = kw.get('fields') ?? newTuple([])
        if (args.length === 0 && !nonEmpty(fields)) {
          throw pyError(
            ValueError,
            'At least one field or expression is required to define a unique constraint.',
          )
        }
        if (args.length > 0 && nonEmpty(fields)) {
          throw pyError(ValueError, 'UniqueConstraint.fields and expressions are mutually exclusive.')
        }
        const condition = kw.get('condition')
        if (isSet(condition) && !isQ(condition, rt))
          throw pyError(ValueError, 'UniqueConstraint.condition must be a Q instance.')
        self.args = expressionsOf(args, rt)
        self.state.set(
          'fields',
          newTuple(fields instanceof PyList || fields instanceof PyTuple ? [...fields.items] : []),
        )
        self.custom = (c) => ({
          path: 'django.db.models.UniqueConstraint',
          args: c.args,
          kwargs: constraintKwargs(c, [
            'fields',
            'condition',
            'deferrable',
            'include',
            'opclasses',
            'nulls_distinct',
            'name',
            'violation_error_code',
            'violation_error_message',
          ]),
        })
      },
    },
    rt,
  )
  deconstructibleClass(
    {
      name: 'CheckConstraint',
      module: 'django.db.models.constraints',
      path: 'django.db.models.CheckConstraint',
      bases: [base],
      init: (self, args, kw) => {
        if (args.length > 0) {
          throw pyError(
            TypeError,
            `CheckConstraint.__init__() takes 1 positional argument but ${args.length + 1} were given`,
          )
        }
        const condition = kw.get('condition') ?? kw.get('check')
        if (!isSet(kw.get('name')))
          throw pyError(
            TypeError,
            "CheckConstraint.__init__() missing 1 required keyword-only argument: 'name'",
          )
        if (!isSet(condition))
          throw pyError(
            TypeError,
            "CheckConstraint.__init__() missing 1 required keyword-only argument: 'condition'",
          )
        if (!isQ(condition, rt) && !(condition instanceof DeconstructibleObject)) {
          throw pyError(TypeError, 'CheckConstraint.condition must be a Q instance or boolean expression.')
        }
        self.state.set('condition', condition)
        self.custom = (c) => ({
          path: 'django.db.models.CheckConstraint',
          args: [],
          kwargs: constraintKwargs(c, [
            'condition',
            'name',
            'violation_error_code',
            'violation_error_message',
          ]),
        })
      },
    },
    rt,
  )
}
