import type { Database, SqlValue } from 'sql.js'
import type { CommandIO } from '../engine/io'

/** The sqlite3 command-line shell's settings that its dot-commands change. */
interface ShellSettings {
  headers: boolean
}

/**
 * Takes SQL typed so far, returns whether it is complete as sqlite3's shell judges it: it ends with a
 * semicolon outside any string, quoted name or comment.
 */
export function isCompleteSql(sql: string): boolean {
  let complete = false
  for (let i = 0; i < sql.length; i++) {
    const char = sql[i]!
    if (char === "'" || char === '"' || char === '`' || char === '[') {
      const close = char === '[' ? ']' : char
      const end = sql.indexOf(close, i + 1)
      if (end < 0) return false
      i = end
      complete = false
    } else if (char === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i)
      if (end < 0) return complete
      i = end
    } else if (char === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2)
      if (end < 0) return false
      i = end + 1
    } else if (char === ';') complete = true
    else if (!/\s/.test(char)) complete = false
  }
  return complete
}

/** A value as sqlite3's list mode prints it: NULL as nothing, blobs as their bytes. */
function cell(value: SqlValue): string {
  if (value === null) return ''
  if (value instanceof Uint8Array) return new TextDecoder().decode(value)
  return String(value)
}

/** Table names in columns, down then across, as `.tables` lays them out in 80 characters. */
function columns(names: readonly string[]): string {
  if (names.length === 0) return ''
  const width = Math.max(...names.map((name) => name.length))
  const perLine = Math.max(1, Math.floor(80 / (width + 2)))
  const rows = Math.ceil(names.length / perLine)
  const lines: string[] = []
  for (let row = 0; row < rows; row++) {
    const cells: string[] = []
    for (let i = row; i < names.length; i += rows) cells.push(names[i]!.padEnd(width))
    lines.push(cells.join('  '))
  }
  return `${lines.join('\n')}\n`
}

/** `CREATE TABLE "x"` as `.schema` shows it: with IF NOT EXISTS after a quoted name, as sqlite3 writes it. */
function schemaLine(sql: string): string {
  return `${sql.replace(/^CREATE TABLE "/, 'CREATE TABLE IF NOT EXISTS "')};\n`
}

/** A LIKE pattern as the shell's dot-commands take it (no argument matches every name). */
function likeArgument(pattern: string | undefined): string {
  return pattern ?? '%'
}

function dotCommand(db: Database, line: string, settings: ShellSettings, io: CommandIO): 'quit' | null {
  const [command = '', ...args] = line.slice(1).trim().split(/\s+/)
  const rows = (sql: string, params: SqlValue[]): SqlValue[][] => db.exec(sql, params)[0]?.values ?? []
  switch (command) {
    case 'quit':
    case 'exit':
      return 'quit'
    case 'tables':
      io.stdout(
        columns(
          rows(
            "SELECT name FROM sqlite_schema WHERE type IN ('table','view') AND name NOT LIKE 'sqlite_%' AND name LIKE ? ORDER BY 1",
            [likeArgument(args[0])],
          ).map((row) => String(row[0])),
        ),
      )
      return null
    case 'schema':
      for (const [sql] of rows(
        'SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND tbl_name LIKE ? ORDER BY rowid',
        [likeArgument(args[0])],
      ))
        io.stdout(schemaLine(String(sql)))
      return null
    case 'headers':
      if (args[0] === 'on' || args[0] === 'off') {
        settings.headers = args[0] === 'on'
        return null
      }
      break
    case 'help':
      io.stdout(
        '.exit ?CODE?             Exit this program with return-code CODE\n' +
          '.headers on|off          Turn display of headers on or off\n' +
          '.help ?-all? ?PATTERN?   Show help text for PATTERN\n' +
          '.quit                    Exit this program\n' +
          '.schema ?PATTERN?        Show the CREATE statements matching PATTERN\n' +
          '.tables ?TABLE?          List names of tables matching LIKE pattern TABLE\n',
      )
      return null
  }
  io.stderr(`Error: unknown command or invalid arguments:  "${command}". Enter ".help" for help\n`)
  return null
}

/** Runs complete SQL statement by statement, printing rows in list mode; an error stops the rest. */
function runSql(db: Database, sql: string, settings: ShellSettings, io: CommandIO, note: SqlNote): void {
  const start = performance.now()
  let prepared = true
  try {
    for (const statement of db.iterateStatements(sql)) {
      prepared = false
      let first = true
      while (statement.step()) {
        if (first && settings.headers) io.stdout(`${statement.getColumnNames().join('|')}\n`)
        first = false
        io.stdout(`${statement.get().map(cell).join('|')}\n`)
      }
      prepared = true
    }
    note(sql, performance.now() - start)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    note(sql, performance.now() - start, message)
    io.stderr(`${prepared ? 'Parse error' : 'Runtime error'}: ${message}\n`)
  }
}

/** Hears each input the shell ran: its SQL, how long it took, and SQLite's message when it failed. */
export type SqlNote = (sql: string, ms: number, error?: string) => void

/**
 * `manage.py dbshell`: the sqlite3 shell on the project's database, as Django starts it. Prints
 * sqlite3's banner, reads SQL at `sqlite> ` (continued at `   ...> ` until a statement ends with `;`),
 * prints rows in sqlite3's list mode (`|` between values), and knows `.tables`, `.schema`,
 * `.headers`, `.help` and `.quit`. Returns the exit status (0 at `.quit` or end of input). Not
 * `interactive` (input piped in), it prints no banner and no prompts, as sqlite3 does.
 */
export async function runSqliteShell(
  db: Database,
  options: { readonly version: string; readonly interactive: boolean; readonly note: SqlNote },
  io: CommandIO,
): Promise<number> {
  const settings: ShellSettings = { headers: false }
  if (options.interactive) io.stdout(`SQLite version ${options.version}\nEnter ".help" for usage hints.\n`)
  let buffer: string[] = []
  for (;;) {
    if (options.interactive) io.stdout(buffer.length === 0 ? 'sqlite> ' : '   ...> ')
    const line = await io.readLine()
    if (line === null) return 0
    if (buffer.length === 0 && line.trim().startsWith('.')) {
      if (dotCommand(db, line.trim(), settings, io) === 'quit') return 0
      continue
    }
    if (buffer.length === 0 && line.trim() === '') continue
    buffer.push(line)
    const sql = buffer.join('\n')
    if (!isCompleteSql(sql)) continue
    buffer = []
    runSql(db, sql, settings, io, options.note)
  }
}
