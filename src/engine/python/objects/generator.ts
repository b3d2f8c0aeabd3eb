import type { PyValue } from './base'
import { PyBaseException, pyError, RuntimeError, StopIteration, TypeError, type CodeInfo } from './exceptions'
import { iter, PyIter, generatorType } from './iteration'
import { None } from './types'

/** A generator object running a compiled JS generator. */
export class PyGenerator extends PyIter {
  started = false
  finished = false
  running = false
  returnValue: PyValue = None

  constructor(
    readonly code: CodeInfo,
    readonly gen: Generator<PyValue, PyValue, PyValue>,
  ) {
    super(generatorType)
  }

  private step(f: () => IteratorResult<PyValue, PyValue>): PyValue {
    if (this.finished) return undefined
    if (this.running) throw pyError(RuntimeError, 'generator already executing')
    this.started = true
    this.running = true
    let r: IteratorResult<PyValue, PyValue>
    try {
      r = f()
    } catch (e) {
      this.finished = true
      if (e instanceof PyBaseException && e.cls.isSubtype(StopIteration)) {
        const err = pyError(RuntimeError, 'generator raised StopIteration')
        err.cause = e
        err.context = e
        throw err
      }
      throw e
    } finally {
      this.running = false
    }
    if (r.done) {
      this.finished = true
      this.returnValue = r.value ?? None
      return undefined
    }
    return r.value
  }

  nx(): PyValue {
    return this.step(() => this.gen.next(None))
  }

  /** generator.send(value); undefined when the generator finished. */
  send(v: PyValue): PyValue {
    if (!this.started && v !== None)
      throw pyError(TypeError, "can't send non-None value to a just-started generator")
    return this.step(() => this.gen.next(v))
  }

  /** generator.throw(exc); undefined when the generator finished. */
  throwInto(exc: PyBaseException): PyValue {
    if (!this.started) {
      this.finished = true
      throw exc
    }
    return this.step(() => this.gen.throw(exc))
  }

  /** generator.close(). */
  close(): void {
    if (this.finished) return
    this.finished = true
    this.gen.return(None)
  }
}

/** Delegation for `yield from`: forwards to a generator, or iterates any iterable. */
export function* yieldFrom(v: PyValue): Generator<PyValue, PyValue, PyValue> {
  if (v instanceof PyGenerator) {
    const r = yield* v.gen
    v.finished = true
    return r ?? None
  }
  const it = iter(v)
  for (;;) {
    const x = it.nx()
    if (x === undefined) return None
    yield x
  }
}
