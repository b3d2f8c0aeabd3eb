import * as Comlink from 'comlink'
import initSqlJs, { type SqlJsStatic } from 'sql.js'
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url'
import type { WorkerApi } from './api'
import { type Result, settle } from './result'

const sqlJs = initSqlJs({ locateFile: () => wasmUrl })

/** The engine (the Python interpreter and Django) loads in its own chunk, after sql.js answers. */
let engine: Promise<WorkerApi> | null = null
function loadEngine(): Promise<WorkerApi> {
  engine ??= Promise.all([sqlJs, import('./api')]).then(([SQL, { createWorkerApi }]) => createWorkerApi(SQL))
  return engine
}

function sqliteVersion(SQL: SqlJsStatic): string {
  const db = new SQL.Database()
  try {
    return String(db.exec('select sqlite_version()')[0]?.values[0]?.[0] ?? '')
  } finally {
    db.close()
  }
}

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
  advise: true,
  sqlLog: true,
  clearSqlLog: true,
  snapshot: true,
  restore: true,
  diagnose: true,
  warm: true,
  lessonStart: true,
  lessonChecks: true,
  scenario: true,
  replay: true,
}

type AnyMethod = (...args: unknown[]) => Promise<Result<unknown>>

/**
 * `status` answers as soon as sql.js is up (the page is then ready); every other method waits for the
 * engine chunk, then calls the API. A failed start becomes every call's error Result.
 */
const api = Object.fromEntries(
  Object.keys(METHODS).map((name) => [
    name,
    name === 'status'
      ? () => settle(async () => ({ sqliteVersion: sqliteVersion(await sqlJs) }))
      : async (...args: unknown[]) => {
          const loaded = await settle(loadEngine)
          if (!loaded.ok) return loaded
          return (loaded.value[name as keyof WorkerApi] as AnyMethod)(...args)
        },
  ]),
) as unknown as WorkerApi

Comlink.expose(api)
