import { PyFloat, PyObject, PyType, type PyValue } from '../objects/base'
import { dirNames, getattr, getattrOpt, setattr, delattr } from '../objects/attributes'
import { call, callMethod } from '../objects/calls'
import { eqBool, lt, truthy, userMethod } from '../objects/compare'
import { newList, newTuple, PyTuple, PyList } from '../objects/containers'
import { PyDict } from '../objects/dict'
import {
  AttributeError,
  BaseException,
  PyBaseException,
  pyError,
  StopIteration,
  TypeError,
  ValueError,
  OverflowError,
  SystemExit,
} from '../objects/exceptions'
import { formatValue } from '../objects/formatting'
import { PyBoundMethod, PyBuiltin, PyFunction, PyModule } from '../objects/functions'
import { exactHash, idOf } from '../objects/hashing'
import { indexOf, len } from '../objects/items'
import { iter, nextOf, PyIter, toArray } from '../objects/iteration'
import { nativeFunction, rawFunction } from '../objects/native'
import { add, asFloat, asInt, binop, norm } from '../objects/numbers'
import { ascii, repr, str } from '../objects/repr'
import { newDict, None, typeOf, intType } from '../objects/types'
import { sortValues } from './list-type'
import { absValue, roundValue } from './number-types'
import { asStr } from './str-type'
import { makeSuper } from '../runtime'

const CALLING = ' while calling a Python object'
const GETTING_REPR = ' while getting the repr of an object'
const GETTING_STR = ' while getting the str of an object'

/** What the builtins need from their interpreter. */
export interface BuiltinsHost {
  write(stream: 'stdout' | 'stderr', text: string): void
  readLine(): string | null
  stdoutObject(): PyValue
  execSource(
    source: string,
    globals: PyDict,
    locals: PyValue,
    mode: 'exec' | 'eval',
    filename?: string,
  ): PyValue
  /** Compiles to check syntax (raises SyntaxError). */
  checkSyntax(source: string, filename: string, mode: string): void
  importModule(name: string): PyValue
  /** Counts one step of the budget (native loops that may never end call it). */
  step(): void
  /**
   * Runs `body` one recursion level deeper, as CPython counts a C-level call (`where` completes
   * "maximum recursion depth exceeded" when the limit is hit).
   */
  nested<T>(where: string, body: () => T): T
}

/** isinstance(obj, cls) including tuples of classes and `__instancecheck__`. */
export function isinstance(o: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType) {
    if (typeOf(o).isSubtype(cls)) return true
    const meta = cls.cls
    if (!meta.builtin) {
      const f = meta.lookup('__instancecheck__')
      if (f !== undefined) return truthy(call(f, [cls, o], null))
    }
    return false
  }
  if (cls instanceof PyTuple) return cls.items.some((c) => isinstance(o, c))
  throw pyError(TypeError, 'isinstance() arg 2 must be a type, a tuple of types, or a union')
}

/** issubclass(sub, cls). */
export function issubclass(sub: PyValue, cls: PyValue): boolean {
  if (!(sub instanceof PyType)) throw pyError(TypeError, 'issubclass() arg 1 must be a class')
  if (cls instanceof PyTuple) return cls.items.some((c) => issubclass(sub, c))
  if (!(cls instanceof PyType))
    throw pyError(TypeError, 'issubclass() arg 2 must be a class, a tuple of classes, or a union')
  if (!cls.cls.builtin) {
    const f = cls.cls.lookup('__subclasscheck__')
    if (f !== undefined && !(f.mirror === true)) return truthy(call(f, [cls, sub], null))
  }
  return sub.isSubtype(cls)
}

function minmax(name: 'min' | 'max', args: PyValue[], key: PyValue, dflt: PyValue): PyValue {
  let items: PyValue[]
  if (args.length === 1) {
    items = toArray(args[0])
    if (items.length === 0) {
      if (dflt !== undefined) return dflt
      throw pyError(ValueError, `${name}() arg is an empty sequence`)
    }
  } else {
    if (args.length === 0) throw pyError(TypeError, `${name} expected at least 1 argument, got 0`)
    if (dflt !== undefined)
      throw pyError(TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`)
    items = args
  }
  let best = items[0]
  let bestKey = key === None ? best : call(key, [best], null)
  for (let i = 1; i < items.length; i++) {
    const k = key === None ? items[i] : call(key, [items[i]], null)
    const better = name === 'min' ? truthy(lt(k, bestKey)) : truthy(lt(bestKey, k))
    if (better) {
      best = items[i]
      bestKey = k
    }
  }
  return best
}

function sum(it: PyValue, start: PyValue): PyValue {
  if (typeof start === 'string')
    throw pyError(TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
  let acc = start
  const i = iter(it)
  for (;;) {
    const x = i.nx()
    if (x === undefined) return acc
    acc = add(acc, x)
  }
}

function modInverse(a: bigint, m: bigint): bigint | null {
  let [r0, r1] = [a, m]
  let [s0, s1] = [1n, 0n]
  while (r1 !== 0n) {
    const q = r0 / r1
    ;[r0, r1] = [r1, r0 - q * r1]
    ;[s0, s1] = [s1, s0 - q * s1]
  }
  if (r0 !== 1n) return null
  return ((s0 % m) + m) % m
}

function powValue(b: PyValue, e: PyValue, m: PyValue): PyValue {
  if (m === None) return binop(b, e, '**')
  const bi = asInt(b)
  const ei = asInt(e)
  const mi = asInt(m)
  if (bi === undefined || ei === undefined || mi === undefined)
    throw pyError(TypeError, 'pow() 3rd argument not allowed unless all arguments are integers')
  if (mi === 0 || mi === 0n) throw pyError(ValueError, 'pow() 3rd argument cannot be 0')
  let base = BigInt(bi)
  let exp = BigInt(ei)
  const mod = BigInt(mi)
  if (exp < 0n) {
    const inv = modInverse(((base % mod) + mod) % mod, mod < 0n ? -mod : mod)
    if (inv === null) throw pyError(ValueError, 'base is not invertible for the given modulus')
    base = inv
    exp = -exp
  }
  let r = 1n
  base = ((base % mod) + mod) % mod
  while (exp > 0n) {
    if (exp & 1n) r = (r * base) % mod
    base = (base * base) % mod
    exp >>= 1n
  }
  if (mod < 0n && r > 0n) r += mod
  return norm(r)
}

function radix(v: PyValue, base: number, prefix: string): string {
  const i = asInt(v) ?? asInt(indexOf(v))
  if (i === undefined)
    throw pyError(TypeError, `'${typeOf(v).name}' object cannot be interpreted as an integer`)
  const b = BigInt(i)
  return (b < 0n ? '-' : '') + prefix + (b < 0n ? -b : b).toString(base)
}

/** The builtins module's functions for one interpreter (types and exceptions are added by the caller). */
export function builtinFunctions(host: BuiltinsHost): Record<string, PyValue> {
  const f = nativeFunction
  const fns: Record<string, PyValue> = {
    print: f('print', "(*args, sep=' ', end='\\n', file=None, flush=False)", ([args, sep, end, file]) => {
      const s = sep === None ? ' ' : printArg(sep, 'sep')
      const e = end === None ? '\n' : printArg(end, 'end')
      const text =
        host
          .nested(CALLING, () =>
            (args as PyTuple).items.map((a) =>
              typeof a === 'string' ? a : host.nested(GETTING_STR, () => str(a)),
            ),
          )
          .join(s) + e
      if (file === None) host.write('stdout', text)
      else callMethod(file, 'write', [undefined, text], null)
      return None
    }),
    input: f('input', "(prompt='', /)", ([prompt]) => {
      const p = str(prompt)
      if (p) host.write('stdout', p)
      const line = host.readLine()
      if (line === null) throw pyError(EOFErrorType(), 'EOF when reading a line')
      return line.endsWith('\n') ? line.slice(0, -1) : line
    }),
    len: f('len', '(obj, /)', ([o]) => len(o)),
    repr: f('repr', '(obj, /)', ([o]) =>
      typeof o === 'string' || typeof o === 'number'
        ? repr(o)
        : host.nested(CALLING, () => host.nested(GETTING_REPR, () => repr(o))),
    ),
    ascii: f('ascii', '(obj, /)', ([o]) => ascii(o)),
    abs: f('abs', '(x, /)', ([x]) => {
      if (x instanceof PyObject && !x.cls.builtin) {
        const m = userMethod(x.cls, '__abs__')
        if (m !== undefined) return call(m, [x], null)
      }
      return absValue(x instanceof PyObject && x.prim !== undefined ? x.prim : x)
    }),
    all: f('all', '(iterable, /)', ([it]) => {
      const i = iter(it)
      for (let x = i.nx(); x !== undefined; x = i.nx()) if (!truthy(x)) return false
      return true
    }),
    any: f('any', '(iterable, /)', ([it]) => {
      const i = iter(it)
      for (let x = i.nx(); x !== undefined; x = i.nx()) if (truthy(x)) return true
      return false
    }),
    bin: f('bin', '(number, /)', ([x]) => radix(x, 2, '0b')),
    oct: f('oct', '(number, /)', ([x]) => radix(x, 8, '0o')),
    hex: f('hex', '(number, /)', ([x]) => radix(x, 16, '0x')),
    callable: f(
      'callable',
      '(obj, /)',
      ([o]) =>
        o instanceof PyFunction ||
        o instanceof PyBuiltin ||
        o instanceof PyBoundMethod ||
        o instanceof PyType ||
        typeOf(o).lookup('__call__') !== undefined,
    ),
    chr: f('chr', '(i, /)', ([i]) => {
      const n = indexOf(i)
      if (n === undefined)
        throw pyError(TypeError, `'${typeOf(i).name}' object cannot be interpreted as an integer`)
      if (n < 0 || n > 0x10ffff) throw pyError(ValueError, 'chr() arg not in range(0x110000)')
      return String.fromCodePoint(n)
    }),
    ord: f('ord', '(c, /)', ([c]) => {
      if (typeof c !== 'string')
        throw pyError(TypeError, `ord() expected string of length 1, but ${typeOf(c).name} found`)
      const chars = [...c]
      if (chars.length !== 1)
        throw pyError(TypeError, `ord() expected a character, but string of length ${chars.length} found`)
      return c.codePointAt(0)!
    }),
    dir: f('dir', '(obj=?, /)', ([o]) => newList(o === undefined ? [] : dirNames(o))),
    divmod: f('divmod', '(x, y, /)', ([x, y]) => {
      if (asFloat(x) === undefined || asFloat(y) === undefined) {
        const tx = typeOf(x)
        if (tx.builtin && typeOf(y).builtin)
          throw pyError(
            TypeError,
            `unsupported operand type(s) for divmod(): '${tx.name}' and '${typeOf(y).name}'`,
          )
      }
      return newTuple([binop(x, y, '//'), binop(x, y, '%')])
    }),
    format: f('format', "(value, format_spec='', /)", ([v, spec]) => formatValue(v, asStr(spec))),
    getattr: f('getattr', '(object, name, default=?, /)', ([o, n, d]) => {
      if (typeof n !== 'string')
        throw pyError(TypeError, `attribute name must be string, not '${typeOf(n).name}'`)
      if (d === undefined) return getattr(o, n)
      const v = getattrOpt(o, n)
      return v === undefined ? d : v
    }),
    setattr: f('setattr', '(obj, name, value, /)', ([o, n, v]) => {
      if (typeof n !== 'string')
        throw pyError(TypeError, `attribute name must be string, not '${typeOf(n).name}'`)
      setattr(o, n, v)
      return None
    }),
    delattr: f('delattr', '(obj, name, /)', ([o, n]) => {
      delattr(o, asStr(n))
      return None
    }),
    hasattr: f('hasattr', '(obj, name, /)', ([o, n]) => {
      if (typeof n !== 'string')
        throw pyError(TypeError, `attribute name must be string, not '${typeOf(n).name}'`)
      return getattrOpt(o, n) !== undefined
    }),
    hash: f('hash', '(obj, /)', ([o]) => exactHash(o)),
    id: f('id', '(obj, /)', ([o]) =>
      typeof o === 'object' ? idOf(o) : typeof o === 'number' ? 9000000 + o * 32 : idOf(newTuple([o])),
    ),
    isinstance: f('isinstance', '(obj, class_or_tuple, /)', ([o, c]) => isinstance(o, c)),
    issubclass: f('issubclass', '(cls, class_or_tuple, /)', ([a, b]) => issubclass(a, b)),
    iter: f('iter', '(object, sentinel=?, /)', ([o, sentinel]) => {
      if (sentinel === undefined) return iter(o)
      function* gen() {
        for (;;) {
          const v = call(o, [], null)
          if (v === sentinel || eqBool(v, sentinel)) return
          yield v
        }
      }
      return new CallableIter(gen(), host.step)
    }),
    next: f('next', '(iterator, default=?, /)', ([it, d]) => {
      if (!(it instanceof PyIter) && typeOf(it).lookup('__next__') === undefined)
        throw pyError(TypeError, `'${typeOf(it).name}' object is not an iterator`)
      const v = nextOf(it)
      if (v !== undefined) return v
      if (d !== undefined) return d
      const rv = (it as { returnValue?: PyValue }).returnValue
      const e = rv === undefined || rv === None ? pyError(StopIteration) : pyError(StopIteration, rv)
      throw e
    }),
    max: rawFunction('max', (args, kwn) => {
      const n = args.length - (kwn?.length ?? 0)
      let key: PyValue = None
      let dflt: PyValue = undefined
      kwn?.forEach((k, i) => {
        if (k === 'key') key = args[n + i]
        else if (k === 'default') dflt = args[n + i]
        else throw pyError(TypeError, `max() got an unexpected keyword argument '${k}'`)
      })
      return minmax('max', args.slice(0, n), key, dflt)
    }),
    min: rawFunction('min', (args, kwn) => {
      const n = args.length - (kwn?.length ?? 0)
      let key: PyValue = None
      let dflt: PyValue = undefined
      kwn?.forEach((k, i) => {
        if (k === 'key') key = args[n + i]
        else if (k === 'default') dflt = args[n + i]
        else throw pyError(TypeError, `min() got an unexpected keyword argument '${k}'`)
      })
      return minmax('min', args.slice(0, n), key, dflt)
    }),
    pow: f('pow', '(base, exp, mod=None)', ([b, e, m]) => powValue(b, e, m)),
    round: f('round', '(number, ndigits=None)', ([x, nd]) => roundValue(x, nd)),
    sorted: f('sorted', '(iterable, /, *, key=None, reverse=False)', ([it, key, rev]) =>
      newList(sortValues(toArray(it), key, truthy(rev))),
    ),
    sum: f('sum', '(iterable, /, start=0)', ([it, start]) => sum(it, start)),
    vars: f('vars', '(object=?, /)', ([o]) => {
      if (o instanceof PyObject && o.dict !== null) return o.dict
      if (o instanceof PyObject && typeOf(o).instanceDict) return (o.dict = newDict())
      throw pyError(TypeError, 'vars() argument must have __dict__ attribute')
    }),
    globals: f('globals', '()', () => newDict()),
    locals: f('locals', '()', () => newDict()),
    eval: f('eval', '(source, globals=None, locals=None, /)', ([src, g, l]) =>
      runSource(host, src, g === None ? newDict() : g, l, 'eval'),
    ),
    exec: f('exec', '(source, globals=None, locals=None, /)', ([src, g, l]) =>
      runSource(host, src, g === None ? newDict() : g, l, 'exec'),
    ),
    compile: f(
      'compile',
      '(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)',
      ([src, filename, mode]) => {
        const m = asStr(mode)
        if (m !== 'exec' && m !== 'eval' && m !== 'single')
          throw pyError(ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
        host.checkSyntax(asStr(src), str(filename), m)
        return new PyCodeObject(asStr(src), str(filename), m === 'eval' ? 'eval' : 'exec')
      },
    ),
    __import__: f('__import__', '(name, globals=None, locals=None, fromlist=(), level=0)', ([name]) =>
      host.importModule(asStr(name)),
    ),
    exit: f('exit', '(code=None, /)', ([c]) => {
      throw exitError(c)
    }),
    quit: f('quit', '(code=None, /)', ([c]) => {
      throw exitError(c)
    }),
    super: rawFunction('super', (args) => {
      if (args.length === 2) {
        if (!(args[0] instanceof PyType))
          throw pyError(TypeError, `super() argument 1 must be a type, not ${typeOf(args[0]).name}`)
        return makeSuper(args[0], args[1])
      }
      throw pyError(RuntimeErrorType(), 'super(): no arguments')
    }),
  }
  for (const [name, style] of Object.entries(ARITY))
    fns[name] = withArity(name, style, fns[name] as PyBuiltin)
  const print = fns['print'] as PyBuiltin
  fns['print'] = rawFunction('print', (args, kwn) => {
    for (const k of kwn ?? []) {
      if (!['sep', 'end', 'file', 'flush'].includes(k))
        throw pyError(TypeError, `'${k}' is an invalid keyword argument for print()`)
    }
    return print.fn(args, kwn)
  })
  const frame = (name: string, h: NonNullable<PyBuiltin['frame']>) => ((fns[name] as PyBuiltin).frame = h)
  const plain = (name: string) => (fns[name] as PyBuiltin).fn
  frame('globals', (a, k, G) => (a.length > 0 ? plain('globals')(a, k) : G))
  frame('locals', (a, k, _G, L) => (a.length > 0 ? plain('locals')(a, k) : L()))
  frame('vars', (a, k, _G, L) => (a.length === 0 ? L() : plain('vars')(a, k)))
  frame('dir', (a, k, _G, L) =>
    a.length === 0
      ? newList([...L().keys()].filter((x) => typeof x === 'string').sort())
      : plain('dir')(a, k),
  )
  for (const mode of ['eval', 'exec'] as const) {
    frame(mode, (a, k, G, L) => {
      if (a.length !== 1 || k !== null) return plain(mode)(a, k)
      const l = L()
      return runSource(host, a[0], G, l === G ? None : l, mode)
    })
  }
  return fns
}

const ARITY: Record<string, 'O' | [number, number]> = {
  len: 'O',
  abs: 'O',
  repr: 'O',
  ascii: 'O',
  chr: 'O',
  ord: 'O',
  hash: 'O',
  id: 'O',
  callable: 'O',
  hex: 'O',
  oct: 'O',
  bin: 'O',
  isinstance: [2, 2],
  issubclass: [2, 2],
  divmod: [2, 2],
  getattr: [2, 3],
  setattr: [3, 3],
  hasattr: [2, 2],
  delattr: [2, 2],
  next: [1, 2],
  iter: [1, 2],
}

/** CPython's arity errors of METH_O and METH_VARARGS builtins. */
function withArity(name: string, style: 'O' | [number, number], inner: PyBuiltin): PyBuiltin {
  return rawFunction(name, (args, kwn) => {
    if (kwn !== null && kwn.length > 0) throw pyError(TypeError, `${name}() takes no keyword arguments`)
    const n = args.length
    if (style === 'O') {
      if (n !== 1) throw pyError(TypeError, `${name}() takes exactly one argument (${n} given)`)
    } else {
      const [min, max] = style
      const s = (k: number) => `${k} argument${k === 1 ? '' : 's'}`
      if (n < min)
        throw pyError(TypeError, `${name} expected ${min === max ? '' : 'at least '}${s(min)}, got ${n}`)
      if (n > max)
        throw pyError(TypeError, `${name} expected ${min === max ? '' : 'at most '}${s(max)}, got ${n}`)
    }
    return inner.fn(args, null)
  })
}

/** A code object made by compile(): the source it runs. */
export class PyCodeObject extends PyObject {
  constructor(
    readonly source: string,
    readonly filename: string,
    readonly mode: 'exec' | 'eval',
  ) {
    super(codeObjectType)
  }
}

const codeObjectType = makeType('code', [objectType], null)

function runSource(host: BuiltinsHost, src: PyValue, g: PyDict, l: PyValue, mode: 'exec' | 'eval'): PyValue {
  if (src instanceof PyCodeObject)
    return host.execSource(src.source, g, l, src.mode === 'eval' ? 'eval' : mode, src.filename)
  return host.execSource(asStr(src), g, l, mode)
}

function printArg(v: PyValue, name: string): string {
  if (typeof v === 'string') return v
  if (v instanceof PyObject && typeof v.prim === 'string') return v.prim
  throw pyError(TypeError, `${name} must be None or a string, not ${typeOf(v).name}`)
}

function exitError(code: PyValue): PyBaseException {
  const e = code === None ? pyError(SystemExit) : pyError(SystemExit, code)
  e.attrs = { code }
  return e
}

class CallableIter extends PyIter {
  constructor(
    readonly g: Generator<PyValue>,
    readonly step: () => void,
  ) {
    super(intType)
    this.cls = callableIteratorType
  }
  nx(): PyValue {
    this.step()
    const r = this.g.next()
    return r.done ? undefined : r.value
  }
}

import { makeType, objectType } from '../objects/types'
import { EOFError, RuntimeError } from '../objects/exceptions'
const callableIteratorType = makeType('callable_iterator', [objectType], null)
const EOFErrorType = () => EOFError
const RuntimeErrorType = () => RuntimeError
void AttributeError
void BaseException
void OverflowError
void PyFloat
void PyList
void PyModule
void PyDict
