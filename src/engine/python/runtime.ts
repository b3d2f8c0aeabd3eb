import { mappingRest, matchClass, matchMapping, matchSequence } from './objects/pattern-matching'
import { PyObject, PyType, type KwNames, type PyValue } from './objects/base'
import { attributeError, delattr, getattr, setattr, suggestName } from './objects/attributes'
import { buildClass, call, callMethod, prepareNamespace } from './objects/calls'
import { contains, eq, ge, gt, le, lt, ne, truthy } from './objects/compare'
import { newBytes, newList, newSet, newSlice, newTuple, PyTuple } from './objects/containers'
import { PyDict } from './objects/dict'
import {
  AssertionError,
  BaseException,
  NameError,
  PyBaseException,
  pyError,
  RecursionError,
  RuntimeError,
  SystemError,
  TypeError,
  UnboundLocalError,
  type CodeInfo,
} from './objects/exceptions'
import { formatValue } from './objects/formatting'
import { PyBuiltin, PyFunction, PySuper } from './objects/functions'
import { PyGenerator, yieldFrom } from './objects/generator'
import { delitem, getitem, setitem } from './objects/items'
import { iter, toArray, unpack, unpackStar } from './objects/iteration'
import { add, binop, floordiv, inplace, mod, mul, sub, unary } from './objects/numbers'
import { ascii, repr, str } from './objects/repr'
import type { Signature } from './objects/signature'
import { Ellipsis, newDict, None, typeOf } from './objects/types'
import { PySyntaxError } from './syntax-error'

/** The interpreter state generated code uses (`R`). */
export interface Runtime {
  fid: number
  depth: number
  recursionLimit: number
  steps: number
  excStack: PyBaseException[]
  tick(): void
  importModule(name: string): PyValue
  syntaxErrorFrom(e: PySyntaxError): PyBaseException
}

/** A host error wrapping a Python exception (see `PythonError` in errors.ts); recognised by shape. */
interface Wrapped {
  exc: PyBaseException
}

/** Converts anything thrown into a Python exception object. */
export function toPyException(R: Runtime, e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e
  if (e instanceof PySyntaxError) return R.syntaxErrorFrom(e)
  if (e !== null && typeof e === 'object' && (e as Wrapped).exc instanceof PyBaseException)
    return (e as Wrapped).exc
  if (e instanceof RangeError && /call stack/i.test(e.message))
    return pyError(RecursionError, 'maximum recursion depth exceeded')
  const err = pyError(SystemError, `internal error: ${e instanceof Error ? e.message : String(e)}`)
  err.attrs = { jsError: e }
  return err
}

const DSTAR = Symbol('dstar')

/** How CPython names a callable in call errors: `module.qualname()` for Python functions. */
function functionDescription(f: PyValue): string {
  if (f instanceof PyFunction) {
    const mod = f.module
    return typeof mod === 'string' && mod !== 'builtins' ? `${mod}.${f.qualname}()` : `${f.qualname}()`
  }
  if (f instanceof PyType) return `${f.name}()`
  if (f instanceof PyBuiltin) return `${f.name}()`
  return `${typeOf(f).name} object`
}

/** What handling one exception costs in steps. */
const EXCEPTION_STEPS = 50

/** The helpers generated code calls (`O`). */
export const O = {
  None,
  Ellipsis,
  DSTAR,
  matchSequence,
  matchMapping,
  mappingRest,
  matchClass,
  getattr,
  setattr,
  delattr,
  getitem,
  setitem,
  delitem,
  unpack,
  unpackStar,
  toArray,
  iter,
  add,
  sub,
  mul,
  mod,
  floordiv,
  binop,
  unary,
  inplace,
  truthy,
  lt,
  le,
  gt,
  ge,
  eq,
  ne,
  contains,
  call,
  callMethod,
  newList,
  newTuple,
  newSet: (items: PyValue[]) => newSet(items),
  newDict: () => newDict(),
  newSlice,
  yieldFrom,
  prepareNamespace,

  bytesConst(s: string) {
    return newBytes(Uint8Array.from(s, (c) => c.charCodeAt(0)))
  },

  buildDict(flat: PyValue[]): PyDict {
    const d = newDict()
    for (let i = 0; i < flat.length; i += 2) {
      if (flat[i] === DSTAR) {
        const m = flat[i + 1]
        if (m instanceof PyDict) for (const [k, v] of m.entries()) d.set(k, v)
        else {
          const keys = callMethod(m, 'keys', [undefined], null)
          for (const k of toArray(keys)) d.set(k, getitem(m, k))
        }
      } else d.set(flat[i], flat[i + 1])
    }
    return d
  },

  callEx(f: PyValue, args: PyValue[], kw: [string | null, PyValue][]): PyValue {
    const names: string[] = []
    const values: PyValue[] = []
    const seen = new Set<string>()
    const add = (k: string, v: PyValue) => {
      if (seen.has(k)) {
        throw pyError(TypeError, `${functionDescription(f)} got multiple values for keyword argument '${k}'`)
      }
      seen.add(k)
      names.push(k)
      values.push(v)
    }
    for (const [k, v] of kw) {
      if (k !== null) add(k, v)
      else if (v instanceof PyDict) {
        for (const [kk, vv] of v.entries()) {
          if (typeof kk !== 'string') throw pyError(TypeError, 'keywords must be strings')
          add(kk, vv)
        }
      } else {
        if (typeOf(v).lookup('keys') === undefined) {
          throw pyError(
            TypeError,
            `${functionDescription(f)} argument after ** must be a mapping, not ${typeOf(v).name}`,
          )
        }
        for (const kk of toArray(callMethod(v, 'keys', [undefined], null))) add(kk, getitem(v, kk))
      }
    }
    return call(f, names.length > 0 ? [...args, ...values] : args, names.length > 0 ? names : null)
  },

  starArgs(f: PyValue, v: PyValue): PyValue[] {
    if (
      typeOf(v).lookup('__iter__') === undefined &&
      !(typeof v === 'string') &&
      typeOf(v).lookup('__getitem__') === undefined
    ) {
      throw pyError(
        TypeError,
        `${functionDescription(f)} argument after * must be an iterable, not ${typeOf(v).name}`,
      )
    }
    return toArray(v)
  },

  formatField(v: PyValue, conv: string, spec: string): string {
    if (conv === 'r') v = repr(v)
    else if (conv === 's') v = str(v)
    else if (conv === 'a') v = ascii(v)
    return formatValue(v, spec)
  },

  unboundLocal(name: string): never {
    throw pyError(
      UnboundLocalError,
      `cannot access local variable '${name}' where it is not associated with a value`,
    )
  },

  unboundFree(name: string): never {
    throw pyError(
      NameError,
      `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`,
    )
  },

  nameError(name: string, code: CodeInfo | null, G: PyDict, B: PyDict): PyBaseException {
    const e = pyError(NameError, `name '${name}' is not defined`)
    e.attrs = { name }
    e.suggestion = () => {
      const pools = [
        code?.varnames ?? [],
        [...G.keys()].filter((k) => typeof k === 'string'),
        [...B.keys()].filter((k) => typeof k === 'string'),
      ]
      for (const pool of pools) {
        const s = suggestName(name, pool)
        if (s !== null) return `'${s}'`
      }
      return null
    }
    return e
  },

  loadGlobal(G: PyDict, B: PyDict, name: string, code: CodeInfo | null): PyValue {
    const v = B.m.get(name)
    if (v !== undefined) return v
    throw O.nameError(name, code, G, B)
  },

  loadName(NS: PyDict, G: PyDict, B: PyDict, name: string): PyValue {
    let v: PyValue
    if (NS.cls.builtin) v = NS.m.get(name)
    else {
      try {
        v = getitem(NS, name)
      } catch (e) {
        if (!(e instanceof PyBaseException && e.cls.name === 'KeyError')) throw e
      }
    }
    if (v !== undefined) return v
    v = G.m.get(name)
    if (v !== undefined) return v
    v = B.m.get(name)
    if (v !== undefined) return v
    throw O.nameError(name, null, G, B)
  },

  storeGlobal(G: PyDict, name: string, v: PyValue): PyValue {
    G.m.set(name, v)
    return v
  },

  storeName(NS: PyDict, name: string, v: PyValue): PyValue {
    if (NS.cls.builtin) NS.set(name, v)
    else setitem(NS, name, v)
    return v
  },

  deleteName(D: PyDict, name: string): void {
    if (D.delete(name) === undefined) throw pyError(NameError, `name '${name}' is not defined`)
  },

  annotate(NS: PyDict, name: string, ann: PyValue): void {
    let a = NS.get('__annotations__')
    if (a === undefined) {
      a = newDict()
      NS.set('__annotations__', a)
    }
    setitem(a, name, ann)
  },

  makeFunction(
    code: CodeInfo,
    base: Omit<Signature, 'defaults' | 'kwdefaults'>,
    defaults: PyValue[],
    kwdefaults: PyValue[],
    G: PyDict,
    doc: PyValue,
    impl: (a: PyValue[]) => PyValue,
    annotations: PyDict | null = null,
  ): PyFunction {
    const f = new PyFunction(code, { ...base, defaults, kwdefaults }, impl, G)
    f.doc = doc
    f.annotations = annotations
    return f
  },

  makeGenerator(R: Runtime, code: CodeInfo, gen: Generator<PyValue, PyValue, PyValue>): PyGenerator {
    void R
    return new PyGenerator(code, gen)
  },

  superNoArgs(cls: PyType | undefined, self: PyValue): PySuper {
    if (cls === undefined) throw pyError(RuntimeError, 'super(): __class__ cell not found')
    if (self === undefined) throw pyError(RuntimeError, 'super(): no arguments')
    return makeSuper(cls, self)
  },

  raise(R: Runtime, exc: PyValue, cause: PyValue): PyBaseException {
    if (exc === undefined) {
      const top = R.excStack[R.excStack.length - 1]
      if (top === undefined) return pyError(RuntimeError, 'No active exception to reraise')
      return top
    }
    const e = instantiate(exc, 'exceptions must derive from BaseException')
    if (cause !== undefined) {
      e.cause = cause === None ? None : instantiate(cause, 'exception causes must derive from BaseException')
      e.suppressContext = true
    }
    const top = R.excStack[R.excStack.length - 1]
    if (top !== undefined && top !== e && e.context === None) e.context = top
    return e
  },

  assertionError(msg: PyValue): PyBaseException {
    return msg === undefined ? pyError(AssertionError) : pyError(AssertionError, msg)
  },

  recursionError(R: Runtime): never {
    R.depth--
    throw pyError(RecursionError, 'maximum recursion depth exceeded')
  },

  /** Adds the current frame to a propagating exception's traceback. */
  traceback(R: Runtime, e: unknown, code: CodeInfo, P: number, fid: number): PyBaseException {
    const exc = toPyException(R, e)
    const last = exc.tb[exc.tb.length - 1]
    if (last === undefined || last.fid !== fid) exc.tb.push({ code, pos: P + exc.posShift, fid })
    exc.posShift = 0
    return exc
  },

  /**
   * An exception arriving at an except/with handler. Handling costs steps (exception-heavy
   * programs reach the budget sooner), and the budget's TimeoutError cannot be caught.
   */
  caught(R: Runtime, e: unknown, code: CodeInfo, P: number, fid: number): PyBaseException {
    const exc = O.traceback(R, e, code, P, fid)
    if (exc.attrs?.['budget'] === true) throw exc
    R.steps -= EXCEPTION_STEPS
    if (R.steps < 0) R.tick()
    return exc
  },

  chain(R: Runtime, e2: unknown, handled: PyBaseException): PyBaseException {
    const exc = toPyException(R, e2)
    if (exc !== handled && exc.context === None) {
      let c: PyValue = handled
      for (let n = 0; c instanceof PyBaseException && n < 100; n++) {
        if (c === exc) return exc
        c = c.context
      }
      exc.context = handled
    }
    return exc
  },

  matches(e: PyBaseException, t: PyValue): boolean {
    if (t instanceof PyTuple) return t.items.some((x) => O.matches(e, x))
    if (!(t instanceof PyType) || !t.isSubtype(BaseException)) {
      throw pyError(TypeError, 'catching classes that do not inherit from BaseException is not allowed')
    }
    return e.cls.isSubtype(t)
  },

  exitOf(mgr: PyValue): PyValue {
    const t = typeOf(mgr)
    if (t.lookup('__enter__') === undefined || t.lookup('__exit__') === undefined) {
      throw pyError(TypeError, `'${t.name}' object does not support the context manager protocol`)
    }
    return t.lookup('__exit__')
  },

  enter(mgr: PyValue): PyValue {
    return callMethod(mgr, '__enter__', [undefined], null)
  },

  callExit(exit: PyValue, mgr: PyValue, e: PyBaseException | undefined): PyValue {
    if (e === undefined) return call(exit, [mgr, None, None, None], null)
    return call(exit, [mgr, e.cls, e, None], null)
  },

  resolveBases(bases: PyValue[]): PyValue[] {
    return bases.map((b) => {
      if (b instanceof PyType) return b
      const me = typeOf(b).lookup('__mro_entries__')
      if (me !== undefined) {
        const r = call(me, [b, newTuple(bases)], null)
        return r instanceof PyTuple ? r.items[0] : r
      }
      return b
    })
  },

  buildClass(
    meta: PyValue,
    name: string,
    bases: PyValue[],
    ns: PyDict,
    kwNames: string[],
    kwValues: PyValue[],
  ): PyValue {
    return buildClass(meta, name, bases, ns, kwNames, kwValues)
  },

  importModule(
    R: Runtime & { importDotted(name: string, G: PyDict, level: number): PyValue },
    name: string,
    G: PyDict,
    level: number,
    asName: boolean,
  ): PyValue {
    const m = R.importDotted(name, G, level)
    if (asName) return m
    return R.importModule(name.split('.')[0]!)
  },

  importFrom(
    R: Runtime & { importFromNames(module: string, G: PyDict, level: number, names: string[]): PyValue[] },
    module: string,
    G: PyDict,
    level: number,
    names: string[],
  ): PyValue[] {
    return R.importFromNames(module, G, level, names)
  },

  importStar(values: PyValue[], NS: PyDict): void {
    const m = values[0]
    const all = (m as PyObject).dict?.get('__all__')
    const names =
      all !== undefined
        ? toArray(all)
        : [...((m as PyObject).dict?.keys() ?? [])].filter((k) => typeof k === 'string' && !k.startsWith('_'))
    for (const n of names) NS.set(n, getattr(m, n))
  },

  attributeError,

  callFrame(fn: PyValue, args: PyValue[], kwn: KwNames, G: PyDict, locals: () => PyDict): PyValue {
    if (fn instanceof PyBuiltin && fn.frame !== null) return fn.frame(args, kwn, G, locals)
    return call(fn, args, kwn)
  },

  localsDict(names: string[], values: PyValue[]): PyDict {
    const d = newDict()
    names.forEach((n, i) => {
      if (values[i] !== undefined) d.set(n, values[i])
    })
    return d
  },

  closeTemporary(it: PyValue): void {
    if (it instanceof PyGenerator) it.close()
  },
}

function instantiate(v: PyValue, msg: string): PyBaseException {
  if (v instanceof PyType && v.isSubtype(BaseException)) {
    const e = call(v, [], null)
    if (!(e instanceof PyBaseException))
      throw pyError(
        TypeError,
        `calling ${repr(v)} should have returned an instance of BaseException, not ${typeOf(e).name}`,
      )
    return e
  }
  if (v instanceof PyBaseException) return v
  throw pyError(TypeError, msg)
}

/** super(cls, obj): the proxy that looks attributes up after `cls` in obj's MRO. */
export function makeSuper(cls: PyType, self: PyValue): PySuper {
  if (self instanceof PyType && self.isSubtype(cls)) return new PySuper(cls, self, self)
  const t = typeOf(self)
  if (!t.isSubtype(cls))
    throw pyError(TypeError, 'super(type, obj): obj must be an instance or subtype of type')
  return new PySuper(cls, self, t)
}
