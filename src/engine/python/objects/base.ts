import type { PyDict } from './dict'

/** Any Python value (see README: numbers are ints, strings are str, booleans are bool). */
export type PyValue = any

/** Keyword argument names of a call, parallel to the tail of its argument array. */
export type KwNames = readonly string[] | null

/** The base class of every Python object that is not a JS primitive. */
export class PyObject {
  /** The instance `__dict__`, or null for objects without one. */
  declare dict: PyDict | null
  /** For instances of subclasses of str/int/float/bytes: the underlying value. */
  declare prim: PyValue
  declare cls: PyType
  constructor(cls: PyType) {
    this.cls = cls
    this.dict = null
    this.prim = undefined
  }
}

/** Builds the instance of a type's "solid base" layout (list, dict, exception, plain object). */
export type Layout = (cls: PyType) => PyObject

/** A Python class (builtin or user-defined). */
export class PyType extends PyObject {
  name: string
  qualname: string
  module = 'builtins'
  bases: PyType[] = []
  mro: PyType[] = []
  declare dict: PyDict
  layout: Layout | null = null
  private readonly subclassList: PyType[] = []
  /**
   * Whether every interpreter of the process shares this type (the builtin types). A shared type is
   * immutable, so it needs no list of later subclasses to invalidate, and keeping one would keep every
   * finished interpreter's classes alive.
   */
  shared = false

  /** Records a class created with this one among its bases (not for shared types). */
  addSubclass(t: PyType): void {
    if (!this.shared) this.subclassList.push(t)
  }

  /** The classes created with this one among their bases, oldest first (for shared types: the builtin ones). */
  get subclasses(): readonly PyType[] {
    return this.subclassList
  }

  /** Marks this type and its subclasses known now as shared by every interpreter. */
  markShared(): void {
    this.shared = true
    for (const s of this.subclassList) if (!s.shared) s.markShared()
  }
  /** Builtin types refuse attribute assignment. */
  builtin = false
  /** Replaces generic attribute lookup for instances (modules, super objects). */
  getattro: ((o: PyValue, name: string) => PyValue) | null = null
  /** Whether instances get a `__dict__`. */
  instanceDict = true
  /** Cached: whether the MRO defines `__getattr__` in Python. */
  version = 0
  /** Per-name lookup cache, cleared when any class in the MRO changes. */
  cache = new Map<string, PyValue>()
  /** Names bound to data descriptors along the MRO (computed on demand, cleared with the cache). */
  dataDescriptors: Set<string> | null = null
  /** The Python-level `__setattr__` override, null when none (undefined until computed). */
  setattrHook: PyValue = undefined
  /** The Python-level `__getattribute__` override, null when none (undefined until computed). */
  getattributeHook: PyValue = undefined
  /** The allowed instance attributes when the class (and its bases) define `__slots__`. */
  slotNames: Set<string> | null = null

  constructor(metatype: PyType | null, name: string, dict: PyDict) {
    super(metatype as PyType)
    this.name = name
    this.qualname = name
    this.dict = dict
  }

  /** Looks `name` up along the MRO; undefined when absent. */
  lookup(name: string): PyValue {
    const c = this.cache.get(name)
    if (c !== undefined) return c === MISSING ? undefined : c
    let found: PyValue = undefined
    for (const t of this.mro) {
      const v = t.dict.m.get(name)
      if (v !== undefined) {
        found = v
        break
      }
    }
    this.cache.set(name, found === undefined ? MISSING : found)
    return found
  }

  /** Clears lookup caches of this class and its subclasses (after a class attribute changes). */
  invalidate(): void {
    this.cache.clear()
    this.dataDescriptors = null
    this.setattrHook = undefined
    this.getattributeHook = undefined
    for (const s of this.subclasses) s.invalidate()
  }

  isSubtype(other: PyType): boolean {
    if (this === other) return true
    const mro = this.mro
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true
    return false
  }
}

const MISSING = Symbol('missing')

/** A boxed Python float. */
export class PyFloat {
  constructor(readonly v: number) {}
}

/** The type of None, NotImplemented and Ellipsis singletons. */
export class PySingleton extends PyObject {
  constructor(
    cls: PyType,
    readonly label: string,
  ) {
    super(cls)
  }
}

/** Late-bound hooks that break import cycles (filled in by the modules that define them). */
export const hooks: {
  hashKey: (key: PyValue) => { simple?: PyValue; hash: number; eq: (other: PyValue) => boolean }
} = {
  hashKey: () => {
    throw new Error('hashing not loaded')
  },
}
