import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, sep } from 'node:path'
import initSqlJs from 'sql.js'
import type { SqliteConnection } from '../engine/connection'
import { MemoryFiles } from '../engine/files'
import type { CommandIO } from '../engine/io'
import { manage } from '../engine/management/manage'
import { SqlJsConnection } from '../worker/sqljs-connection'

const SKIPPED_DIRS = new Set(['__pycache__', 'node_modules', '.git'])

/** Reads every text file under the project's app folders (top-level folders), by relative path. */
function readProject(root: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      const stat = statSync(path)
      if (stat.isDirectory()) {
        if (!SKIPPED_DIRS.has(name)) walk(path)
      } else if (dir !== root && !name.endsWith('.pyc')) {
        files[relative(root, path).split(sep).join('/')] = readFileSync(path, 'utf8')
      }
    }
  }
  if (existsSync(root)) walk(root)
  return files
}

/** Whether the database holds any table, index, view or trigger: SQLite writes no file for an untouched one. */
function hasSchema(connection: SqliteConnection): boolean {
  return connection.query('SELECT count(*) FROM sqlite_master').rows[0]?.[0] !== 0
}

function stdinLines(): () => Promise<string | null> {
  let buffered: string[] | null = null
  return async () => {
    if (buffered === null) {
      const text = process.stdin.isTTY ? '' : readFileSync(0, 'utf8')
      buffered = text === '' ? [] : text.replace(/\n$/, '').split('\n')
    }
    return buffered.length > 0 ? buffered.shift()! : null
  }
}

/** `manage --project DIR <command> [args]`: runs a manage.py command on DIR and its `db.sqlite3`. */
async function main(argv: string[]): Promise<number> {
  const at = argv.indexOf('--project')
  if (at < 0 || argv[at + 1] === undefined) {
    process.stderr.write('usage: manage --project DIR <command> [args]\n')
    return 2
  }
  const root = argv[at + 1]!
  const rest = [...argv.slice(0, at), ...argv.slice(at + 2)]
  const before = readProject(root)
  const files = new MemoryFiles(before)
  const dbPath = join(root, 'db.sqlite3')
  let connection: SqlJsConnection | null = null
  const SQL = await initSqlJs({
    locateFile: (file: string) => createRequire(import.meta.url).resolve(`sql.js/dist/${file}`),
  })
  const open = (): SqliteConnection => {
    connection ??= SqlJsConnection.open(SQL, existsSync(dbPath) ? readFileSync(dbPath) : null)
    return connection
  }
  const io: CommandIO = {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readLine: stdinLines(),
  }
  let status: number
  try {
    status = await manage(rest, { files, connection: open, io, clock: { now: () => new Date() } })
  } finally {
    const after = files.snapshot()
    for (const [path, text] of Object.entries(after)) {
      if (before[path] !== text) {
        mkdirSync(dirname(join(root, path)), { recursive: true })
        writeFileSync(join(root, path), text)
      }
    }
    for (const path of Object.keys(before)) if (!(path in after)) unlinkSync(join(root, path))
    if (connection !== null && (existsSync(dbPath) || hasSchema(connection))) {
      writeFileSync(dbPath, (connection as SqlJsConnection).exportBytes())
    }
  }
  return status
}

main(process.argv.slice(2)).then(
  (status) => process.exit(status),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exit(1)
  },
)
