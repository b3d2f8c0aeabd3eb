import * as Comlink from 'comlink'
import type { WorkerApi } from './api'

/** A started engine worker and its API as seen from the page. */
export interface RunningWorker {
  readonly api: Comlink.Remote<WorkerApi>
  readonly worker: Worker
}

/** Starts the engine worker and returns its API as seen from the page. */
export function startEngineWorker(): RunningWorker {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'engine',
  })
  return { api: Comlink.wrap<WorkerApi>(worker), worker }
}
