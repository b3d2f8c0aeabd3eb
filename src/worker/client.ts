import * as Comlink from 'comlink'
import type { WorkerApi } from './api'

/** Starts the engine worker and returns its API as seen from the page. */
export function startEngineWorker(): { api: Comlink.Remote<WorkerApi>; worker: Worker } {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'engine',
  })
  return { api: Comlink.wrap<WorkerApi>(worker), worker }
}
