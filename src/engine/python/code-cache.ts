import type { CompiledModule } from './compiler/compile'

/** A compiled body ready to bind: call it with the runtime, helpers, constants, globals and builtins. */
export type BodyFactory = (R: unknown, O: unknown, K: unknown[], G: unknown, B: unknown) => unknown

/** A compiled module whose JS body was already turned into a function. */
export interface CachedCode {
  readonly factory: BodyFactory
  readonly consts: unknown[]
}

/**
 * Compiled module bodies shared by every interpreter that is given the same cache, keyed by file name,
 * source text and namespacing. Compiling is the slow part of importing the Python-written stdlib and
 * Django modules; a worker or a process passes one cache to each interpreter it starts.
 */
export class CodeCache {
  private readonly entries = new Map<string, CachedCode>()

  /** Takes the compile inputs and a compiler; returns the cached code, compiling on the first request. */
  obtain(filename: string, source: string, namespaced: boolean, compile: () => CompiledModule): CachedCode {
    const key = `${namespaced ? 1 : 0}${filename}\0${source}`
    let entry = this.entries.get(key)
    if (entry === undefined) {
      entry = bind(compile())
      this.entries.set(key, entry)
    }
    return entry
  }

  /** The number of cached bodies. */
  get size(): number {
    return this.entries.size
  }
}

/** Takes a compiled module; returns its body factory (one `new Function` per compile). */
export function bind(compiled: CompiledModule): CachedCode {
  return {
    factory: new Function('R', 'O', 'K', 'G', 'B', compiled.source) as BodyFactory,
    consts: compiled.consts,
  }
}
