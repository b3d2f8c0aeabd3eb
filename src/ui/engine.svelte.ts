import type { Remote } from 'comlink'
import type { WorkerApi } from '../worker/api'
import { type RunningWorker, startEngineWorker } from '../worker/client'

/** The engine as the page sees it: loading, ready with the SQLite version, or failed with a message. */
export type EngineState =
  | { readonly phase: 'loading' }
  | { readonly phase: 'ready'; readonly sqliteVersion: string }
  | { readonly phase: 'failed'; readonly message: string }

/** The engine worker as the page holds it: its state, its API, and a way to replace a runaway worker. */
export interface Engine {
  readonly state: EngineState
  readonly api: Remote<WorkerApi>
  /** Terminates the worker at once and starts a fresh one; resolves when it answers. */
  restart(): Promise<void>
}

/** Takes a started worker (or starts one) and tracks the engine's state; sets `data-engine` on `<html>` as the state changes (and the `engine-ready` performance mark). */
export function createEngine(first: RunningWorker = startEngineWorker()): Engine {
  let current = first
  let state = $state<EngineState>({ phase: 'loading' })
  const set = (next: EngineState): void => {
    state = next
    document.documentElement.dataset['engine'] = next.phase
    if (next.phase === 'ready') performance.mark('engine-ready')
  }
  const watch = (): Promise<void> =>
    current.api.status().then(
      (result) =>
        set(
          result.ok
            ? { phase: 'ready', sqliteVersion: result.value.sqliteVersion }
            : { phase: 'failed', message: result.error.message },
        ),
      (error: unknown) => set({ phase: 'failed', message: String(error) }),
    )
  void watch()
  return {
    get state() {
      return state
    },
    get api() {
      return current.api
    },
    restart() {
      current.worker.terminate()
      current = startEngineWorker()
      return watch()
    },
  }
}
