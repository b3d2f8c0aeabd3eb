import * as Comlink from 'comlink'
import initSqlJs from 'sql.js'
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url'
import { createWorkerApi, type WorkerApi } from './api'
import { type Result, settle } from './result'

const ready = initSqlJs({ locateFile: () => wasmUrl }).then(createWorkerApi)

async function withApi<T>(call: (api: WorkerApi) => Promise<Result<T>>): Promise<Result<T>> {
  const loaded = await settle(() => ready)
  return loaded.ok ? call(loaded.value) : loaded
}

const api: WorkerApi = {
  status: () => withApi((engine) => engine.status()),
  manage: (argv, stdin) => withApi((engine) => engine.manage(argv, stdin)),
  setFiles: (files) => withApi((engine) => engine.setFiles(files)),
  files: () => withApi((engine) => engine.files()),
}

Comlink.expose(api)
