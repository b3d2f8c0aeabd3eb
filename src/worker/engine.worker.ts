import * as Comlink from 'comlink'
import initSqlJs from 'sql.js'
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url'
import { createWorkerApi, type WorkerApi } from './api'
import { type Result, settle } from './result'

const ready = initSqlJs({ locateFile: () => wasmUrl }).then(createWorkerApi)

const METHODS: { readonly [K in keyof WorkerApi]: true } = {
  status: true,
  manage: true,
  setFiles: true,
  files: true,
  writeFile: true,
  removeFile: true,
  tables: true,
  rows: true,
  sql: true,
  graph: true,
  sqlLog: true,
  clearSqlLog: true,
  snapshot: true,
  restore: true,
  diagnose: true,
}

type AnyMethod = (...args: unknown[]) => Promise<Result<unknown>>

/** Each method waits for sql.js, then calls the API; a failed start becomes every call's error Result. */
const api = Object.fromEntries(
  Object.keys(METHODS).map((name) => [
    name,
    async (...args: unknown[]) => {
      const loaded = await settle(() => ready)
      if (!loaded.ok) return loaded
      return (loaded.value[name as keyof WorkerApi] as AnyMethod)(...args)
    },
  ]),
) as unknown as WorkerApi

Comlink.expose(api)
