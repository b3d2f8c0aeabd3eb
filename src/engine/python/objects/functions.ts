import { PyObject, type KwNames, type PyType, type PyValue } from './base'
import { PyDict } from './dict'
import type { CodeInfo } from './exceptions'
import { bindArgs, type Signature } from './signature'
import { dictType, makeType, None, objectType } from './types'

/** Compiled Python code of a function: takes the bound-argument array. */
export type FunctionImpl = (a: PyValue[]) => PyValue

/** A Python function (def or lambda). */
export class PyFunction extends PyObject {
  name: string
  qualname: string
  module: PyValue
  doc: PyValue = None
  /** Set by generated code: whether the fast path (exact positional arity) applies. */
  readonly simple: boolean
  annotations: PyDict | null = null
  constructor(
    readonly code: CodeInfo,
    readonly sig: Signature,
    readonly impl: FunctionImpl,
    readonly globals: PyDict,
  ) {
    super(functionType)
    this.name = code.name
    this.qualname = code.qualname
    this.module = globals.m.get('__name__') ?? None
    this.simple = sig.nkwonly === 0 && sig.varargs === null && sig.varkw === null
  }

  call(args: PyValue[], kwn: KwNames): PyValue {
    if (kwn === null && this.simple && args.length === this.sig.npos) return this.impl(args)
    return this.impl(bindArgs(this.sig, this.qualname, args, kwn))
  }
}

/** A function implemented in TypeScript; `fn` receives the raw arguments and keyword names. */
export class PyBuiltin extends PyObject {
  /** Whether it mirrors a builtin type's native slot (operators use the native code instead). */
  mirror = false
  /** For globals(), locals(), vars(), dir(), eval() and exec(): the call with the caller's namespaces. */
  frame: ((args: PyValue[], kwn: KwNames, globals: PyDict, locals: () => PyDict) => PyValue) | null = null
  constructor(
    readonly name: string,
    readonly fn: (args: PyValue[], kwn: KwNames) => PyValue,
    /** Whether it binds like a method when found on a class (false for builtins and staticmethods). */
    readonly isMethod = false,
    readonly qualname = name,
    readonly doc: string | null = null,
  ) {
    super(builtinFunctionType)
  }
}

/** A bound method: a function with its receiver. */
export class PyBoundMethod extends PyObject {
  constructor(
    readonly func: PyValue,
    readonly self: PyValue,
  ) {
    super(methodType)
  }
}

/** property(fget, fset, fdel, doc). */
export class PyProperty extends PyObject {
  constructor(
    cls: PyType,
    public fget: PyValue,
    public fset: PyValue,
    public fdel: PyValue,
    public doc: PyValue,
  ) {
    super(cls)
  }
  name: string | null = null
}

/** A native data descriptor (builtin attributes such as `__name__`). */
export class PyGetSet extends PyObject {
  constructor(
    readonly name: string,
    readonly get: (o: PyValue) => PyValue,
    readonly set: ((o: PyValue, v: PyValue) => void) | null = null,
  ) {
    super(getsetType)
  }
}

/** staticmethod(f) / classmethod(f). */
export class PyMethodWrapper extends PyObject {
  constructor(
    cls: PyType,
    public func: PyValue,
  ) {
    super(cls)
    this.dict = new PyDict(dictType)
  }
}

/** A module object: its namespace is `dict`. */
export class PyModule extends PyObject {
  declare dict: PyDict
  constructor(readonly name: string) {
    super(moduleType)
    this.dict = new PyDict(dictType)
    this.dict.set('__name__', name)
    this.dict.set('__doc__', None)
  }

  /** Sets a module attribute. */
  set(name: string, value: PyValue): void {
    this.dict.set(name, value)
  }

  /** A module attribute, or undefined. */
  get(name: string): PyValue {
    return this.dict.m.get(name)
  }
}

/** super(type, obj). */
export class PySuper extends PyObject {
  constructor(
    readonly thisType: PyType,
    readonly obj: PyValue,
    readonly objType: PyType,
  ) {
    super(superType)
  }
}

export const functionType = makeType('function', [objectType], null)
export const builtinFunctionType = makeType('builtin_function_or_method', [objectType], null)
export const methodType = makeType('method', [objectType], null)
export const propertyType = makeType(
  'property',
  [objectType],
  (cls) => new PyProperty(cls, None, None, None, None),
)
export const getsetType = makeType('getset_descriptor', [objectType], null)
export const staticmethodType = makeType(
  'staticmethod',
  [objectType],
  (cls) => new PyMethodWrapper(cls, None),
)
export const classmethodType = makeType('classmethod', [objectType], (cls) => new PyMethodWrapper(cls, None))
export const moduleType = makeType('module', [objectType], null)
export const superType = makeType('super', [objectType], null)
export const cellType = makeType('cell', [objectType], null)
