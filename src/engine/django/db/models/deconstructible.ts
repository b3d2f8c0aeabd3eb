import { PyObject, type KwNames, type PyType, type PyValue } from '../../../python/objects/base'
import { PyBuiltin } from '../../../python/objects/functions'
import { repr } from '../../../python/objects/repr'
import { newTuple } from '../../../python/objects/containers'
import { newDict, None } from '../../../python/objects/types'
import { defineClass } from '../../host/native'
import type { DjangoRuntime } from '../../runtime'

/** What `deconstruct()` gives for an object: its import path and constructor arguments. */
export interface ObjectDeconstruction {
  readonly path: string
  readonly args: readonly PyValue[]
  readonly kwargs: readonly (readonly [string, PyValue])[]
}

/**
 * An instance of one of Django's deconstructible classes (Index, UniqueConstraint, Q, F, Value,
 * database functions, validators, …): it remembers the arguments it was built with, and
 * `deconstruct()` returns them with Django's import path unless the class computes its own.
 */
export class DeconstructibleObject extends PyObject {
  path = ''
  args: PyValue[] = []
  kwargs: [string, PyValue][] = []
  /** A class's own deconstruction (Index, constraints, Q), replacing the constructor arguments. */
  custom: ((self: DeconstructibleObject) => ObjectDeconstruction) | null = null
  /** Extra state a class keeps (Q's children, an index's name). */
  readonly state = new Map<string, PyValue>()

  /** Django's `deconstruct()`: the path and arguments. */
  deconstruct(): ObjectDeconstruction {
    if (this.custom !== null) return this.custom(this)
    return { path: this.path, args: this.args, kwargs: this.kwargs }
  }

  /** The keyword argument `name` the object was built with, or undefined. */
  kwarg(name: string): PyValue {
    return this.kwargs.find(([key]) => key === name)?.[1]
  }
}

/** How one deconstructible class behaves. */
export interface DeconstructibleSpec {
  readonly name: string
  /** The class's `__module__`. */
  readonly module: string
  /** The path `deconstruct()` reports (defaults to `module.name`). */
  readonly path?: string
  readonly bases?: readonly PyType[]
  /** Called after the arguments are stored: validates them and fills `state`/`custom`. */
  readonly init?: (self: DeconstructibleObject, args: PyValue[], kwargs: Map<string, PyValue>) => void
  readonly attrs?: Readonly<Record<string, PyValue>>
  /** The repr (defaults to `Name(args, key=value)`). */
  readonly repr?: (self: DeconstructibleObject) => string
}

function defaultRepr(self: DeconstructibleObject, name: string): string {
  const parts = [...self.args.map((a) => repr(a)), ...self.kwargs.map(([k, v]) => `${k}=${repr(v)}`)]
  return `${name}(${parts.join(', ')})`
}

/**
 * Creates a deconstructible class that stores its constructor arguments; registers it in the runtime
 * under its name and as importable from its module.
 */
export function deconstructibleClass(spec: DeconstructibleSpec, rt: DjangoRuntime): PyType {
  const path = spec.path ?? `${spec.module}.${spec.name}`
  const init = new PyBuiltin(
    '__init__',
    (args: PyValue[], kwn: KwNames) => {
      const self = args[0] as DeconstructibleObject
      const nkw = kwn?.length ?? 0
      const positional = args.slice(1, args.length - nkw)
      const kwargs = new Map<string, PyValue>()
      kwn?.forEach((key, i) => kwargs.set(key, args[args.length - nkw + i]))
      self.path = path
      self.args = positional
      self.kwargs = [...kwargs]
      spec.init?.(self, positional, kwargs)
      return None
    },
    true,
    `${spec.name}.__init__`,
  )
  const cls = defineClass({
    name: spec.name,
    module: spec.module,
    bases: spec.bases,
    attrs: {
      __init__: init,
      __repr__: new PyBuiltin(
        '__repr__',
        (a) => (spec.repr ?? ((s) => defaultRepr(s, spec.name)))(a[0]),
        true,
      ),
      deconstruct: new PyBuiltin(
        'deconstruct',
        (a) => deconstructAsTuple(a[0] as DeconstructibleObject),
        true,
      ),
      ...spec.attrs,
    },
    layout: (c) => new DeconstructibleObject(c),
  })
  rt.classes.set(spec.name, cls)
  rt.export(cls, spec.module, spec.name)
  return cls
}

function deconstructAsTuple(self: DeconstructibleObject): PyValue {
  const { path, args, kwargs } = self.deconstruct()
  return pyTriple(path, args, kwargs)
}

function pyTriple(
  path: string,
  args: readonly PyValue[],
  kwargs: readonly (readonly [string, PyValue])[],
): PyValue {
  return newTuple([path, newTuple([...args]), newDict(kwargs.map(([k, v]) => [k, v] as [PyValue, PyValue]))])
}
