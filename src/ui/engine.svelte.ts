import type { Remote } from 'comlink'
import type { WorkerApi } from '../worker/api'
import { startEngineWorker } from '../worker/client'

/** The engine as the page sees it: loading, ready with the SQLite version, or failed with a message. */
export type EngineState =
  | { readonly phase: 'loading' }
  | { readonly phase: 'ready'; readonly sqliteVersion: string }
  | { readonly phase: 'failed'; readonly message: string }

/** Starts the worker and tracks the engine's state; sets `data-engine` on `<html>` as the state changes. */
export function createEngine(): { readonly state: EngineState; readonly api: Remote<WorkerApi> } {
  const { api } = startEngineWorker()
  let state = $state<EngineState>({ phase: 'loading' })
  api.status().then(
    (result) => {
      state = result.ok
        ? { phase: 'ready', sqliteVersion: result.value.sqliteVersion }
        : { phase: 'failed', message: result.error.message }
      document.documentElement.dataset['engine'] = state.phase
    },
    (error: unknown) => {
      state = { phase: 'failed', message: String(error) }
      document.documentElement.dataset['engine'] = state.phase
    },
  )
  return {
    get state() {
      return state
    },
    api,
  }
}
