/**
 * Replays a scenario in-process against the engine, laid out and recorded as ../shared/oracle/scenario.py
 * does for a real project: each app gets an empty `migrations/__init__.py`; every `@@ run` is one
 * `manage(argv, ctx)` call on a fresh connection opened from the database bytes the previous step left
 * (as a new `python manage.py` process opens db.sqlite3), with the step's stdin lines and a fixed clock.
 */
import { createRequire } from 'node:module'
import initSqlJs, { type SqlJsStatic } from 'sql.js'
import type { SqlValue } from '../../src/engine/connection'
import { MemoryFiles } from '../../src/engine/files'
import type { CommandIO } from '../../src/engine/io'
import type { ProjectLoader } from '../../src/engine/migrations/project-loader'
import { manage } from '../../src/engine/management/manage'
import type { CodeCache } from '../../src/engine/python/code-cache'
import { SqlJsConnection } from '../../src/worker/sqljs-connection'
import { normCell, normStderr, normText } from './normalise'
import type { SqliteCell } from './python-repr'
import { appsOf, shellSplit, type ScenarioStep } from './scenario-file'
import type { DatabaseSnapshot, RunRecord, Transcript } from './transcript'

/** Loads sql.js's WebAssembly build in Node, as the manage CLI does. */
export function loadSqlJs(): Promise<SqlJsStatic> {
  const require = createRequire(import.meta.url)
  return initSqlJs({ locateFile: (file: string) => require.resolve(`sql.js/dist/${file}`) })
}

/** The instant the replay's clock shows: today (UTC) at noon, so stored "now" values normalise like Django's. */
export function replayInstant(today: Date = new Date()): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 12, 0, 0))
}

/** What the replay needs: sql.js, and the instant the engine's clock shows. */
export interface ReplayOptions {
  readonly SQL: SqlJsStatic
  readonly now?: Date
  /** The Python side for the run at this index (0-based), when a test stands in for the bridge. */
  readonly project?: (runIndex: number) => ProjectLoader | undefined
  /** Compiled Python modules shared across runs and scenarios (as a worker shares them). */
  readonly codeCache?: CodeCache
}

function quoteName(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}

function cellOf(value: SqlValue, type: SqlValue): SqliteCell {
  switch (type) {
    case 'integer':
      return { type: 'integer', value: value as number | bigint }
    case 'real':
      return { type: 'real', value: Number(value) }
    case 'text':
      return { type: 'text', value: String(value) }
    case 'blob':
      return { type: 'blob', value: value as Uint8Array }
    case 'null':
      return { type: 'null' }
    default:
      throw new TypeError(`unknown SQLite storage class ${String(type)}`)
  }
}

/**
 * The database as the oracle reads db.sqlite3: null when there is none, or when it holds no schema object
 * (Django leaves a 0-byte file when a command only opened it; sql.js always exports a header page).
 */
export function snapshotDatabase(SQL: SqlJsStatic, bytes: Uint8Array | null): DatabaseSnapshot | null {
  if (bytes === null || bytes.length === 0) return null
  const connection = SqlJsConnection.open(SQL, bytes)
  try {
    const schema = connection.query(
      "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    ).rows as (string | null)[][]
    if (connection.query('SELECT count(*) FROM sqlite_master').rows[0]![0] === 0) return null
    const tables = schema.filter((row) => row[0] === 'table').map((row) => row[1]!)
    const applied = tables.includes('django_migrations')
      ? (connection.query('SELECT app, name FROM django_migrations ORDER BY id').rows as string[][])
      : []
    const data: Record<string, string[][]> = {}
    for (const table of tables) {
      if (table === 'django_migrations') continue
      const columns = connection.query(`SELECT * FROM ${quoteName(table)} LIMIT 0`).columns
      if (columns.length === 0) {
        data[table] = []
        continue
      }
      const select = columns.map((c) => `${quoteName(c)}, typeof(${quoteName(c)})`).join(', ')
      const rows = connection.query(`SELECT ${select} FROM ${quoteName(table)} ORDER BY rowid`).rows
      data[table] = rows.map((row) => columns.map((_, i) => normCell(cellOf(row[2 * i]!, row[2 * i + 1]!))))
    }
    return { schema, applied, data }
  } finally {
    connection.close()
  }
}

/** The files the oracle compares: everything under the apps' folders but `<app>/__init__.py` and bytecode. */
function appFiles(files: MemoryFiles, apps: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [path, text] of Object.entries(files.snapshot())) {
    const app = path.split('/')[0]!
    if (!apps.includes(app) || !path.includes('/')) continue
    if (path === `${app}/__init__.py` || path.endsWith('.pyc') || path.split('/').includes('__pycache__'))
      continue
    out[path] = text
  }
  return out
}

/** Feeds the step's stdin to `readLine` one line at a time, as the CLI reads piped input. */
function lineReader(stdin: string): () => Promise<string | null> {
  const lines = stdin === '' ? [] : stdin.replace(/\n$/, '').split('\n')
  return async () => lines.shift() ?? null
}

function describeError(error: unknown): string {
  return `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
}

/** A replay's transcript, and why it stopped early (a `@@ sql` step failed on the engine's database) or null. */
export interface Replay {
  readonly transcript: Transcript
  readonly stopped: string | null
}

/** Plays every step of a scenario against the engine and returns the transcript the oracle would record. */
export async function replayScenario(
  steps: readonly ScenarioStep[],
  options: ReplayOptions,
): Promise<Replay> {
  const { SQL } = options
  const now = options.now ?? replayInstant()
  const apps = appsOf(steps)
  const files = new MemoryFiles(Object.fromEntries(apps.map((app) => [`${app}/migrations/__init__.py`, ''])))
  let bytes: Uint8Array | null = null
  const transcript: RunRecord[] = []
  for (const step of steps) {
    switch (step.kind) {
      case 'write':
        files.write(step.arg, step.body)
        break
      case 'delete':
        files.remove(step.arg)
        break
      case 'sql': {
        const connection = SqlJsConnection.open(SQL, bytes)
        try {
          connection.executeScript(step.body)
          bytes = connection.exportBytes()
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error)
          return { transcript, stopped: `the hand-made SQL step failed on the engine's database: ${message}` }
        } finally {
          connection.close()
        }
        break
      }
      case 'run': {
        const before = appFiles(files, apps)
        let stdout = ''
        let stderr = ''
        const io: CommandIO = {
          stdout: (text) => void (stdout += text),
          stderr: (text) => void (stderr += text),
          readLine: lineReader(step.stdin),
        }
        let connection: SqlJsConnection | null = null
        const open = (): SqlJsConnection => (connection ??= SqlJsConnection.open(SQL, bytes))
        let rc: number
        try {
          rc = await manage(shellSplit(step.arg), {
            files,
            connection: open,
            io,
            clock: { now: () => now },
            project: options.project?.(transcript.length),
            ...(options.codeCache !== undefined ? { codeCache: options.codeCache } : {}),
          })
        } catch (error) {
          stderr += describeError(error)
          rc = 1
        }
        if (connection !== null) {
          const opened = connection as SqlJsConnection
          const exported = opened.exportBytes()
          if (exported.length > 0) bytes = exported
          opened.close()
        }
        const after = appFiles(files, apps)
        const changed: Record<string, string> = {}
        for (const [path, text] of Object.entries(after)) {
          if (before[path] !== text) changed[normText(path)] = normText(text)
        }
        transcript.push({
          run: step.arg,
          rc,
          stdout: normText(stdout),
          stderr: normStderr(stderr),
          files: changed,
          deleted: Object.keys(before)
            .filter((path) => !(path in after))
            .sort(),
          db: snapshotDatabase(SQL, bytes),
        })
        break
      }
      default: {
        const unknown: never = step
        throw new TypeError(`unknown step ${JSON.stringify(unknown)}`)
      }
    }
  }
  return { transcript, stopped: null }
}
