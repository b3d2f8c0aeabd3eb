import { PyFloat, PyType, type KwNames, type PyValue } from './base'
import { newClass } from './calls'
import { newTuple } from './containers'
import { PyDict } from './dict'
import { BaseException, pyError, TypeError } from './exceptions'
import { classmethodType, PyBuiltin, PyGetSet, PyMethodWrapper, staticmethodType } from './functions'
import { bindArgs, parseSignature, type Signature } from './signature'
import { decodeEscapes } from '../parser/literals'
import { Ellipsis, newDict, None, objectType, typeType } from './types'

const OPTIONAL = Symbol('optional')

function literal(src: string): PyValue {
  switch (src) {
    case 'None':
      return None
    case 'True':
      return true
    case 'False':
      return false
    case '...':
      return Ellipsis
    case '?':
      return OPTIONAL
    case '()':
      return newTuple([])
  }
  if (/^-?\d+$/.test(src)) return Number(src)
  if (/^-?\d*\.\d+(e-?\d+)?$|^-?\d+e-?\d+$/.test(src)) return new PyFloat(Number(src))
  const m = /^(['"])(.*)\1$/.exec(src)
  if (m) return decodeEscapes(m[2]!, false)
  throw new Error(`unsupported default in native signature: ${src}`)
}

/** The bound arguments of a native callable: parameters in order, optional ones undefined when omitted. */
export type NativeArgs = PyValue[]

/**
 * A native function with a Python signature such as `'(a, b=None, /, *args, key=?, **kw)'`
 * (`?` means "undefined when omitted"). Arity errors follow CPython's wording; `impl` receives
 * the arguments in parameter order (`*args` as a tuple, `**kwargs` as a dict).
 */
export function nativeFunction(
  name: string,
  signature: string,
  impl: (args: NativeArgs) => PyValue,
  opts: { isMethod?: boolean; qualname?: string; doc?: string } = {},
): PyBuiltin {
  // Parsed on the first call: most native functions of a module are never called in a given run.
  let sig: Signature | null = null
  let hasOptional = false
  const qualname = opts.qualname ?? name
  const fn = (args: PyValue[], kwn: KwNames) => {
    if (sig === null) {
      sig = parseSignature(signature, literal)
      hasOptional = sig.defaults.includes(OPTIONAL) || sig.kwdefaults.includes(OPTIONAL)
    }
    const bound = bindArgs(sig, qualname, args, kwn)
    if (hasOptional) for (let i = 0; i < bound.length; i++) if (bound[i] === OPTIONAL) bound[i] = undefined
    return impl(bound)
  }
  return new PyBuiltin(name, fn, opts.isMethod ?? false, qualname, opts.doc ?? null)
}

/** A native function taking the raw argument array and keyword names (no binding). */
export function rawFunction(
  name: string,
  fn: (args: PyValue[], kwn: KwNames) => PyValue,
  isMethod = false,
): PyBuiltin {
  return new PyBuiltin(name, fn, isMethod)
}

/** Defines a method on a type: `signature` includes `self`. */
export function defMethod(
  t: PyType,
  name: string,
  signature: string,
  impl: (args: NativeArgs) => PyValue,
  mirror = false,
): PyBuiltin {
  const qualname = `${t.name}.${name}`
  let f = nativeFunction(name, signature, impl, { isMethod: true, qualname })
  const noArgs = /^\(\s*\w+\s*,\s*\/\s*\)$/.test(signature)
  const oneArg = /^\(\s*\w+\s*,\s*\w+\s*,\s*\/\s*\)$/.test(signature)
  if (noArgs || oneArg) {
    f = new PyBuiltin(
      name,
      (args, kwn) => {
        const n = args.length - 1
        if (kwn !== null && kwn.length > 0)
          throw pyError(TypeError, `${qualname}() takes no keyword arguments`)
        if (noArgs && n !== 0) throw pyError(TypeError, `${qualname}() takes no arguments (${n} given)`)
        if (oneArg && n !== 1)
          throw pyError(TypeError, `${qualname}() takes exactly one argument (${n} given)`)
        return impl(args)
      },
      true,
      qualname,
    )
  }
  f.mirror = mirror
  t.dict.set(name, f)
  t.invalidate()
  return f
}

/** Defines a classmethod on a type: `signature` includes `cls`. */
export function defClassMethod(
  t: PyType,
  name: string,
  signature: string,
  impl: (args: NativeArgs) => PyValue,
): void {
  const f = nativeFunction(name, signature, impl, { qualname: `${t.name}.${name}` })
  t.dict.set(name, new PyMethodWrapper(classmethodType, f))
  t.invalidate()
}

/** Defines a staticmethod on a type. */
export function defStaticMethod(
  t: PyType,
  name: string,
  signature: string,
  impl: (args: NativeArgs) => PyValue,
): void {
  const f = nativeFunction(name, signature, impl, { qualname: `${t.name}.${name}` })
  t.dict.set(name, new PyMethodWrapper(staticmethodType, f))
  t.invalidate()
}

/** Defines a native attribute (data descriptor) on a type. */
export function defGetSet(
  t: PyType,
  name: string,
  get: (o: PyValue) => PyValue,
  set: ((o: PyValue, v: PyValue) => void) | null = null,
): void {
  t.dict.set(name, new PyGetSet(name, get, set))
  t.invalidate()
}

/** Options of `nativeClass`. */
export interface NativeClassSpec {
  name: string
  module: string
  bases?: PyType[]
  metaclass?: PyType
  qualname?: string
  doc?: string
  /** Methods by name: `[signature including self, impl]`. */
  methods?: Record<string, [string, (args: NativeArgs) => PyValue]>
  classMethods?: Record<string, [string, (args: NativeArgs) => PyValue]>
  staticMethods?: Record<string, [string, (args: NativeArgs) => PyValue]>
  /** Plain class attributes. */
  attrs?: Record<string, PyValue>
  /** Native data descriptors: [getter, setter?]. */
  properties?: Record<string, [(o: PyValue) => PyValue, ((o: PyValue, v: PyValue) => void)?]>
}

/**
 * A class defined in TypeScript that Python code can instantiate and subclass. Its instances are
 * ordinary objects with a `__dict__`. A metaclass is a native class with `bases: [typeType]`
 * whose `__new__(mcs, name, bases, namespace)` receives the class body namespace (a dict in
 * definition order) and usually returns `newClass(mcs, name, bases, namespace)`.
 */
export function nativeClass(spec: NativeClassSpec): PyType {
  const ns = newDict()
  ns.set('__module__', spec.module)
  ns.set('__qualname__', spec.qualname ?? spec.name)
  if (spec.doc !== undefined) ns.set('__doc__', spec.doc)
  const t = newClass(spec.metaclass ?? typeType, spec.name, spec.bases ?? [objectType], ns)
  for (const [k, v] of Object.entries(spec.attrs ?? {})) t.dict.set(k, v)
  for (const [k, [sig, impl]] of Object.entries(spec.methods ?? {})) {
    const f = nativeFunction(k, sig, impl, { isMethod: true, qualname: `${spec.qualname ?? spec.name}.${k}` })
    t.dict.set(k, k === '__new__' ? new PyMethodWrapper(staticmethodType, f) : f)
  }
  for (const [k, [sig, impl]] of Object.entries(spec.classMethods ?? {})) {
    t.dict.set(
      k,
      new PyMethodWrapper(classmethodType, nativeFunction(k, sig, impl, { qualname: `${spec.name}.${k}` })),
    )
  }
  for (const [k, [sig, impl]] of Object.entries(spec.staticMethods ?? {})) {
    t.dict.set(
      k,
      new PyMethodWrapper(staticmethodType, nativeFunction(k, sig, impl, { qualname: `${spec.name}.${k}` })),
    )
  }
  for (const [k, [get, set]] of Object.entries(spec.properties ?? {}))
    t.dict.set(k, new PyGetSet(k, get, set ?? null))
  t.invalidate()
  return t
}

/** A new exception class (as `class Name(*bases): pass` in module `module`). */
export function newExceptionClass(name: string, bases: PyType[], module: string, doc?: string): PyType {
  for (const b of bases)
    if (!b.isSubtype(BaseException)) throw pyError(TypeError, `${b.name} is not an exception class`)
  return nativeClass({ name, module, bases, ...(doc !== undefined ? { doc } : {}) })
}

export type { PyDict }
