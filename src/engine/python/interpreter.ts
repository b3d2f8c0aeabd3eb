import { installCoreTypes } from './builtins/core-types'
import { installBytesTypes } from './builtins/bytes-type'
import { installComplexType } from './builtins/complex-type'
import { installDictTypes } from './builtins/dict-type'
import { installExceptionTypes } from './builtins/exception-types'
import { builtinFunctions } from './builtins/functions'
import {
  enumerateType,
  filterType,
  installIteratorTypes,
  mapType,
  reversedType,
  zipType,
} from './builtins/iterator-types'
import { installListTypes } from './builtins/list-type'
import { installNumberTypes } from './builtins/number-types'
import { installStrType } from './builtins/str-type'
import { type CompiledModule, compileExpression, compileModule } from './compiler/compile'
import { bind, type CachedCode, type CodeCache } from './code-cache'
import { parseExpression } from './parser/parser'
import type { PyValue } from './objects/base'
import { getattrOpt } from './objects/attributes'
import {
  bytearrayType,
  bytesType,
  frozensetType,
  listType,
  newList,
  newTuple,
  rangeType,
  setType,
  sliceType,
  tupleType,
} from './objects/containers'
import { complexType } from './objects/complex'
import { PyDict } from './objects/dict'
import {
  EXCEPTION_TYPES,
  ImportError,
  IndentationError,
  KeyboardInterrupt,
  ModuleNotFoundError,
  PyBaseException,
  pyError,
  RecursionError,
  SyntaxError,
  TabError,
  TimeoutError,
} from './objects/exceptions'
import { classmethodType, PyModule, propertyType, staticmethodType, superType } from './objects/functions'
import {
  boolType,
  dictType,
  Ellipsis,
  floatType,
  intType,
  newDict,
  None,
  NotImplemented,
  objectType,
  strType,
  typeType,
} from './objects/types'
import { O, toPyException, type Runtime } from './runtime'
import { PySyntaxError } from './syntax-error'
import { makeSysModule } from './sys-module'
import { makeOsModule, makeOsPathModule } from './os-module'
import { makeTracebackModule } from './traceback-module'
import { NATIVE_MODULES } from './modules/registry'

/** Reads project files by path relative to the project (`library/models.py`). */
export interface SourceProvider {
  read(path: string): string | undefined
}

/** Builds a native module's contents. */
export type ModuleFactory = (module: PyModule, interp: Interpreter) => void

/** The limits of an interpreter (see `Interpreter.setLimits`). */
export type InterpreterLimits = Pick<
  InterpreterOptions,
  'stepBudget' | 'interrupt' | 'interruptEvery' | 'recursionLimit'
>

/**
 * The step budget hosts give user scripts by default (`manage.py shell`): 50 million loop iterations
 * and calls, a few seconds of work, far beyond a data migration over 100 000 rows.
 */
export const DEFAULT_STEP_BUDGET = 50_000_000

/** Options of an interpreter. */
export interface InterpreterOptions {
  sources?: SourceProvider
  stdout?: (text: string) => void
  stderr?: (text: string) => void
  /** Returns the next input line including its newline (if any), or null at end of input. */
  stdin?: () => string | null
  /** Total steps (loop iterations and calls) before TimeoutError; default unlimited. */
  stepBudget?: number
  recursionLimit?: number
  /** Polled every `interruptEvery` steps; returning true raises KeyboardInterrupt. */
  interrupt?: () => boolean
  interruptEvery?: number
  argv?: string[]
  /** Compiled modules shared with other interpreters (see CodeCache). */
  codeCache?: CodeCache
}

let typesInstalled = false

function installTypes(): void {
  if (typesInstalled) return
  typesInstalled = true
  installCoreTypes()
  installExceptionTypes()
  installStrType()
  installListTypes()
  installDictTypes()
  installNumberTypes()
  installComplexType()
  installBytesTypes()
  installIteratorTypes()
  objectType.markShared()
}

/**
 * One Python world: its modules, builtins and limits. Every method that runs Python throws
 * `PyBaseException` on error (wrap with `PythonError` at the hosting boundary, see index.ts).
 */
export class Interpreter implements Runtime {
  fid = 0
  depth = 0
  recursionLimit: number
  steps: number
  excStack: PyBaseException[] = []
  readonly modules = new Map<string, PyModule>()
  readonly builtins: PyDict
  private readonly factories = new Map<string, ModuleFactory>()
  private chunk: number
  private used = 0
  private budget: number
  private interrupt: (() => boolean) | undefined
  readonly options: InterpreterOptions

  constructor(options: InterpreterOptions = {}) {
    installTypes()
    this.options = options
    this.recursionLimit = options.recursionLimit ?? 1000
    this.chunk = Math.max(1, options.interruptEvery ?? 10_000)
    this.steps = this.chunk
    this.budget = options.stepBudget ?? Infinity
    this.interrupt = options.interrupt
    this.builtins = this.makeBuiltins()
    for (const m of NATIVE_MODULES) this.factories.set(m.name, m.build)
    this.factories.set('sys', (m) => makeSysModule(m, this))
    this.factories.set('os', (m) => makeOsModule(m, this))
    this.factories.set('os.path', (m) => makeOsPathModule(m, this))
    this.factories.set('traceback', (m) => makeTracebackModule(m, this))
    const b = new PyModule('builtins')
    b.dict = this.builtins
    this.modules.set('builtins', b)
  }

  /** Registers a native module (dotted names allowed); it is built on first import. */
  registerModule(name: string, factory: ModuleFactory): void {
    this.factories.set(name, factory)
    this.modules.delete(name)
  }

  /** Counts one step: native code that loops on behalf of Python (infinite iterators) calls it. */
  step(): void {
    if (--this.steps < 0) this.tick()
  }

  tick(): void {
    this.steps = this.chunk
    this.used += this.chunk
    if (this.used > this.budget) {
      this.steps = 0
      const e = pyError(TimeoutError, `program exceeded its step budget of ${this.budget} steps`)
      e.attrs = { budget: true }
      throw e
    }
    if (this.interrupt?.()) throw pyError(KeyboardInterrupt)
  }

  /**
   * Replaces the limits of the code run from now on (a host that starts user code, like `manage.py
   * shell`, bounds it while the project's own modules loaded without limits): the step budget counts
   * again from zero; options left out keep their value.
   */
  setLimits(limits: InterpreterLimits): void {
    if (limits.stepBudget !== undefined) this.budget = limits.stepBudget
    if (limits.interrupt !== undefined) this.interrupt = limits.interrupt
    if (limits.interruptEvery !== undefined) this.chunk = Math.max(1, limits.interruptEvery)
    if (limits.recursionLimit !== undefined) this.recursionLimit = limits.recursionLimit
    this.used = 0
    this.steps = this.chunk
  }

  /** Runs `body` one recursion level deeper (a native call that may re-enter Python, as CPython counts it). */
  nested<T>(where: string, body: () => T): T {
    if (++this.depth > this.recursionLimit) {
      this.depth--
      throw pyError(RecursionError, `maximum recursion depth exceeded${where}`)
    }
    try {
      return body()
    } finally {
      this.depth--
    }
  }

  /** Resets the limits (after an interrupt or an exhausted budget) so the interpreter can run again. */
  resetLimits(): void {
    this.used = 0
    this.steps = this.chunk
    this.depth = 0
    this.excStack = []
  }

  write(stream: 'stdout' | 'stderr', text: string): void {
    const w = stream === 'stdout' ? this.options.stdout : this.options.stderr
    w?.(text)
  }

  private makeBuiltins(): PyDict {
    const d = newDict()
    const types = {
      object: objectType,
      type: typeType,
      int: intType,
      bool: boolType,
      float: floatType,
      complex: complexType,
      str: strType,
      list: listType,
      tuple: tupleType,
      dict: dictType,
      set: setType,
      frozenset: frozensetType,
      range: rangeType,
      slice: sliceType,
      bytes: bytesType,
      bytearray: bytearrayType,
      property: propertyType,
      staticmethod: staticmethodType,
      classmethod: classmethodType,
      enumerate: enumerateType,
      zip: zipType,
      map: mapType,
      filter: filterType,
      reversed: reversedType,
    }
    for (const [k, v] of Object.entries(types)) d.set(k, v)
    void superType
    for (const e of EXCEPTION_TYPES) d.set(e.name, e)
    d.set('EnvironmentError', d.get('OSError'))
    d.set('IOError', d.get('OSError'))
    d.set('None', None)
    d.set('Ellipsis', Ellipsis)
    d.set('NotImplemented', NotImplemented)
    d.set('__name__', 'builtins')
    d.set('__debug__', true)
    const host = {
      write: (s: 'stdout' | 'stderr', t: string) => this.write(s, t),
      readLine: () => this.options.stdin?.() ?? null,
      stdoutObject: () => None,
      execSource: (src: string, g: PyDict, l: PyValue, mode: 'exec' | 'eval', filename = '<string>') =>
        mode === 'eval'
          ? this.eval(src, g, l instanceof PyDict ? l : undefined)
          : (this.exec(src, filename, g, l instanceof PyDict ? l : undefined), None),
      checkSyntax: (src: string, filename: string, mode: string) => {
        try {
          if (mode === 'eval') parseExpression(src, filename)
          else compileModule(src, filename)
        } catch (e) {
          if (e instanceof PySyntaxError) throw this.syntaxErrorFrom(e)
          throw e
        }
      },
      importModule: (name: string) => this.importModule(name),
      step: () => this.step(),
      nested: <T>(where: string, body: () => T): T => this.nested(where, body),
    }
    for (const [k, v] of Object.entries(builtinFunctions(host))) d.set(k, v)
    return d
  }

  syntaxErrorFrom(e: PySyntaxError): PyBaseException {
    const cls =
      e.kind === 'IndentationError' ? IndentationError : e.kind === 'TabError' ? TabError : SyntaxError
    const err = pyError(
      cls,
      e.msg,
      newTuple([e.filename, e.lineno, e.offset, e.text, e.lineno, e.endOffset ?? None]),
    )
    err.attrs = {
      msg: e.msg,
      filename: e.filename,
      lineno: e.lineno,
      offset: e.offset,
      text: e.text,
      end_lineno: e.lineno,
      end_offset: e.endOffset ?? None,
    }
    return err
  }

  /** Compiles and runs source in a globals dict (raises SyntaxError as a Python exception). */
  exec(source: string, filename: string, globals: PyDict, locals?: PyDict): void {
    const namespaced = locals !== undefined && locals !== globals
    let code: CachedCode
    try {
      const compile = (): CompiledModule => compileModule(source, filename, namespaced)
      code = this.options.codeCache?.obtain(filename, source, namespaced, compile) ?? bind(compile())
    } catch (e) {
      if (e instanceof PySyntaxError) throw this.syntaxErrorFrom(e)
      throw e
    }
    if (!globals.m.has('__builtins__')) globals.set('__builtins__', this.modules.get('builtins'))
    const body = code.factory(this, O, code.consts, globals, this.builtins) as (ns?: PyDict) => void
    if (++this.depth > this.recursionLimit) {
      this.depth--
      throw pyError(RecursionError, 'maximum recursion depth exceeded')
    }
    try {
      body(locals)
    } finally {
      this.depth--
    }
  }

  /** Evaluates an expression in a namespace. */
  eval(source: string, globals: PyDict, locals?: PyDict): PyValue {
    let compiled
    try {
      compiled = compileExpression(
        parseExpression(source, '<string>'),
        source.trim(),
        '<string>',
        locals !== undefined && locals !== globals,
      )
    } catch (e) {
      if (e instanceof PySyntaxError) throw this.syntaxErrorFrom(e)
      throw e
    }
    const body = new Function('R', 'O', 'K', 'G', 'B', compiled.source)(
      this,
      O,
      compiled.consts,
      globals,
      this.builtins,
    ) as (ns?: PyDict) => PyValue
    return body(locals)
  }

  /** Runs source as `__main__` and returns the module. */
  runMain(source: string, filename: string): PyModule {
    const m = new PyModule('__main__')
    m.set('__file__', filename)
    m.set('__builtins__', this.modules.get('builtins'))
    m.set('__package__', None)
    m.set('__spec__', None)
    this.modules.set('__main__', m)
    this.exec(source, filename, m.dict)
    return m
  }

  /** Imports a module by absolute dotted name and returns it (the leaf module). */
  importModule(name: string): PyModule {
    const existing = this.modules.get(name)
    if (existing) return existing
    const dot = name.lastIndexOf('.')
    let parent: PyModule | null = null
    if (dot >= 0) {
      parent = this.importModule(name.slice(0, dot))
      const again = this.modules.get(name)
      if (again) return again
    }
    const factory = this.factories.get(name)
    const src = this.findSource(name)
    let m: PyModule
    if (factory) {
      m = new PyModule(name)
      this.modules.set(name, m)
      try {
        factory(m, this)
      } catch (e) {
        this.modules.delete(name)
        throw e
      }
    } else if (src) {
      m = new PyModule(name)
      m.set('__file__', src.path)
      m.set('__builtins__', this.modules.get('builtins'))
      m.set('__package__', src.isPackage ? name : dot >= 0 ? name.slice(0, dot) : '')
      m.set('__spec__', None)
      if (src.isPackage) m.set('__path__', newList([src.path.slice(0, src.path.lastIndexOf('/'))]))
      this.modules.set(name, m)
      try {
        this.exec(src.text, src.path, m.dict)
      } catch (e) {
        this.modules.delete(name)
        throw e
      }
    } else if ([...this.factories.keys()].some((k) => k.startsWith(name + '.'))) {
      m = new PyModule(name)
      m.set('__path__', newList([]))
      m.set('__package__', name)
      this.modules.set(name, m)
    } else {
      const e = pyError(ModuleNotFoundError, `No module named '${name}'`)
      e.attrs = { name }
      throw e
    }
    if (parent) parent.set(name.slice(dot + 1), m)
    return m
  }

  private findSource(name: string): { path: string; text: string; isPackage: boolean } | null {
    const sources = this.options.sources
    if (!sources) return null
    const base = name.split('.').join('/')
    const mod = sources.read(base + '.py')
    if (mod !== undefined) return { path: base + '.py', text: mod, isPackage: false }
    const pkg = sources.read(base + '/__init__.py')
    if (pkg !== undefined) return { path: base + '/__init__.py', text: pkg, isPackage: true }
    return null
  }

  /** Resolves a possibly relative module name against a module's globals. */
  resolveName(name: string, G: PyDict, level: number): string {
    if (level === 0) return name
    let pkg = G.get('__package__')
    if (pkg === undefined || pkg === None) {
      const n = G.get('__name__')
      pkg = G.has('__path__')
        ? n
        : typeof n === 'string' && n.includes('.')
          ? n.slice(0, n.lastIndexOf('.'))
          : ''
    }
    if (typeof pkg !== 'string' || pkg === '')
      throw pyError(ImportError, 'attempted relative import with no known parent package')
    const parts = pkg.split('.')
    if (level - 1 > parts.length - 1 && level > 1)
      throw pyError(ImportError, 'attempted relative import beyond top-level package')
    const base = parts.slice(0, parts.length - (level - 1)).join('.')
    return name ? `${base}.${name}` : base
  }

  importDotted(name: string, G: PyDict, level: number): PyValue {
    return this.importModule(this.resolveName(name, G, level))
  }

  importFromNames(module: string, G: PyDict, level: number, names: string[]): PyValue[] {
    const full = this.resolveName(module, G, level)
    const m = this.importModule(full)
    if (names[0] === '*') return [m]
    return names.map((n) => {
      const v = getattrOpt(m, n)
      if (v !== undefined) return v
      try {
        return this.importModule(`${full}.${n}`)
      } catch (e) {
        if (!(
          e instanceof PyBaseException &&
          e.cls === ModuleNotFoundError &&
          e.attrs?.['name'] === `${full}.${n}`
        ))
          throw e
      }
      const file = m.get('__file__')
      const where = typeof file === 'string' ? file : 'unknown location'
      const err = pyError(ImportError, `cannot import name '${n}' from '${full}' (${where})`)
      err.attrs = { name: full, path: typeof file === 'string' ? file : None }
      throw err
    })
  }

  /** Converts anything thrown while running Python into a Python exception object. */
  toException(e: unknown): PyBaseException {
    return toPyException(this, e)
  }
}
