/**
 * Small helpers for defining Django's Python-visible classes and functions in TypeScript, on the
 * interpreter's object model (src/engine/python/objects). They bind arguments with CPython's arity
 * errors and give classes Django's module and qualname, so tracebacks and reprs read as Django's.
 */
import { PyObject, PyType, type KwNames, type PyValue } from '../../python/objects/base'
import { newClass } from '../../python/objects/calls'
import { newTuple } from '../../python/objects/containers'
import { PyBuiltin, PyMethodWrapper, classmethodType, staticmethodType } from '../../python/objects/functions'
import { bindArgs, parseSignature, type Signature } from '../../python/objects/signature'
import { newDict, None, objectType, pyFloat, typeType } from '../../python/objects/types'

/** Django's NOT_PROVIDED marker for `default`/`db_default`, as a unique JS value inside signatures. */
export const NOT_PROVIDED: unique symbol = Symbol('NOT_PROVIDED')

const LITERAL_DEFAULTS: Record<string, () => PyValue> = {
  None: () => None,
  True: () => true,
  False: () => false,
  '()': () => newTuple([]),
  NOT_PROVIDED: () => NOT_PROVIDED,
}

function evalDefault(src: string): PyValue {
  const literal = LITERAL_DEFAULTS[src]
  if (literal !== undefined) return literal()
  if (/^-?\d+$/.test(src)) return Number(src)
  if (/^-?\d+\.\d*$/.test(src)) return pyFloat(Number(src))
  const quoted = /^'(.*)'$/.exec(src) ?? /^"(.*)"$/.exec(src)
  if (quoted) return quoted[1]!
  throw new RangeError(`native signature default not understood: ${src}`)
}

/** Takes a Python parameter list such as `(self, to, on_delete, *args, **kwargs)`, returns its Signature. */
export function signature(text: string): Signature {
  return parseSignature(text, evalDefault)
}

/** Bound arguments by parameter name (`*args` a tuple, `**kwargs` a dict, absent defaults filled in). */
export type BoundArgs = Readonly<Record<string, PyValue>>

/** Binds call arguments to `sig` as CPython does for a function called `qualname`, returns them by name. */
export function bind(sig: Signature, qualname: string, args: PyValue[], kwn: KwNames): BoundArgs {
  const values = bindArgs(sig, qualname, args, kwn)
  const out: Record<string, PyValue> = {}
  const va = sig.varargs !== null ? 1 : 0
  sig.names.forEach((name, i) => (out[name] = values[i < sig.npos ? i : i + va]))
  if (sig.varargs !== null) out[sig.varargs] = values[sig.npos]
  if (sig.varkw !== null) out[sig.varkw] = values[sig.names.length + va]
  return out
}

/** A native function `name(signatureText)` whose implementation receives its bound arguments by name. */
export function nativeFn(
  name: string,
  sig: string,
  impl: (a: BoundArgs) => PyValue,
  qualname = name,
): PyBuiltin {
  const parsed = signature(sig)
  return new PyBuiltin(name, (args, kwn) => impl(bind(parsed, qualname, args, kwn)), false, qualname)
}

/** A native method (binds `self` as its first parameter) named `Class.name` in errors. */
export function nativeMethod(
  owner: string,
  name: string,
  sig: string,
  impl: (a: BoundArgs) => PyValue,
): PyBuiltin {
  const parsed = signature(sig)
  const qualname = `${owner}.${name}`
  return new PyBuiltin(name, (args, kwn) => impl(bind(parsed, qualname, args, kwn)), true, qualname)
}

/** A raw native method receiving the receiver first, then positional arguments and keyword names. */
export function rawMethod(name: string, fn: (args: PyValue[], kwn: KwNames) => PyValue): PyBuiltin {
  return new PyBuiltin(name, fn, true)
}

/** Wraps a native function as a classmethod. */
export function classMethod(fn: PyBuiltin): PyMethodWrapper {
  return new PyMethodWrapper(classmethodType, fn)
}

/** Wraps a native function as a staticmethod. */
export function staticMethod(fn: PyBuiltin): PyMethodWrapper {
  return new PyMethodWrapper(staticmethodType, fn)
}

/** What `defineClass` takes: the class's name, module, bases, namespace entries and instance layout. */
export interface ClassSpec {
  readonly name: string
  readonly module: string
  readonly qualname?: string
  readonly bases?: readonly PyType[]
  readonly metaclass?: PyType
  /** Namespace entries in definition order (methods, class attributes). */
  readonly attrs?: Readonly<Record<string, PyValue>>
  /** Builds the JS object for a new instance (classes deriving from this one inherit it). */
  readonly layout?: (cls: PyType) => PyObject
}

/**
 * Creates a Python class that Python code may subclass, as `class name(bases): ...` in `module` would
 * (user-class semantics: attributes assignable, instances with a `__dict__`).
 */
export function defineClass(spec: ClassSpec): PyType {
  const ns = newDict()
  ns.set('__module__', spec.module)
  ns.set('__qualname__', spec.qualname ?? spec.name)
  for (const [key, value] of Object.entries(spec.attrs ?? {})) ns.set(key, value)
  const cls = newClass(spec.metaclass ?? typeType, spec.name, [...(spec.bases ?? [objectType])], ns)
  if (spec.layout !== undefined) cls.layout = spec.layout
  return cls
}

/** Sets namespace entries on an existing class (after creation, e.g. methods that need the class). */
export function setClassAttrs(cls: PyType, attrs: Readonly<Record<string, PyValue>>): void {
  for (const [key, value] of Object.entries(attrs)) cls.dict.set(key, value)
  cls.invalidate()
}

/** Whether `v` is a class deriving from `base`. */
export function isSubclass(v: PyValue, base: PyType): v is PyType {
  return v instanceof PyType && v.isSubtype(base)
}

/** The instance `__dict__` entry `name` of a Python object, or undefined. */
export function instanceAttr(o: PyValue, name: string): PyValue {
  return o instanceof PyObject && o.dict !== null ? o.dict.get(name) : undefined
}
