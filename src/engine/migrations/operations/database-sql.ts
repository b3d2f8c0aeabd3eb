import type { Deconstructed } from '../../models/deconstructed'
import type { DbValue } from '../../backends/sqlite/quote'
import type { SqliteSchemaEditor } from '../../backends/sqlite/schema-editor'
import { DjangoValueError } from '../../backends/sqlite/schema-errors'

/**
 * Splits a SQL script into statements as Django's SQLite backend does (sqlparse with comments
 * stripped): each statement keeps its closing `;`, empty statements are dropped, `BEGIN … END` bodies of
 * triggers stay whole.
 */
export function splitSqlScript(script: string): string[] {
  const statements: string[] = []
  let current = ''
  let depth = 0
  let i = 0
  const flush = (): void => {
    const text = current.trim()
    if (text !== '' && text !== ';') statements.push(text)
    current = ''
  }
  while (i < script.length) {
    const ch = script[i]!
    if (ch === '-' && script[i + 1] === '-') {
      const end = script.indexOf('\n', i)
      i = end < 0 ? script.length : end + 1
      current += current.endsWith(' ') || current === '' ? '' : '\n'
      continue
    }
    if (ch === '/' && script[i + 1] === '*') {
      const end = script.indexOf('*/', i + 2)
      i = end < 0 ? script.length : end + 2
      continue
    }
    if (ch === "'" || ch === '"' || ch === '`' || ch === '[') {
      const close = ch === '[' ? ']' : ch
      let j = i + 1
      while (j < script.length) {
        if (script[j] === close) {
          if (script[j + 1] === close && close !== ']') {
            j += 2
            continue
          }
          break
        }
        j++
      }
      current += script.slice(i, j + 1)
      i = j + 1
      continue
    }
    if (/[A-Za-z_]/.test(ch) && (i === 0 || !/[A-Za-z0-9_]/.test(script[i - 1]!))) {
      const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(script.slice(i))![0]
      const upper = word.toUpperCase()
      if (upper === 'BEGIN' && /\bCREATE\b[\s\S]*\bTRIGGER\b/i.test(current)) depth++
      else if (upper === 'END' && depth > 0) depth--
      current += word
      i += word.length
      continue
    }
    current += ch
    i++
    if (ch === ';' && depth === 0) flush()
  }
  flush()
  return statements
}

function dbValueOf(value: Deconstructed): DbValue {
  switch (value.kind) {
    case 'none':
      return { kind: 'none' }
    case 'bool':
      return { kind: 'bool', value: value.value }
    case 'int':
      return { kind: 'int', value: value.value }
    case 'float':
      return { kind: 'float', value: value.value }
    case 'decimal':
      return { kind: 'decimal', value: value.value }
    case 'str':
      return { kind: 'str', value: value.value }
    case 'bytes':
      return { kind: 'bytes', value: value.value }
    default:
      throw new DjangoValueError(`Cannot quote parameter value of type ${value.kind}`)
  }
}

/**
 * Runs RunSQL's `sql` (Django's `_run_sql`): a list runs item by item, an item being a string or a
 * `(sql, params)` pair; a string is split into statements; `''` (RunSQL.noop) runs nothing.
 */
export function runSql(editor: SqliteSchemaEditor, sql: Deconstructed): void {
  if (sql.kind === 'list' || sql.kind === 'tuple') {
    for (const item of sql.items) {
      if (item.kind === 'list' || item.kind === 'tuple') {
        if (item.items.length !== 2)
          throw new DjangoValueError(`Expected a 2-tuple but got ${item.items.length}`)
        const [text, params] = item.items
        const values = params!.kind === 'list' || params!.kind === 'tuple' ? params!.items.map(dbValueOf) : []
        editor.execute(text!.kind === 'str' ? text!.value : '', params!.kind === 'none' ? null : values)
      } else if (item.kind === 'str') {
        editor.execute(item.value, null)
      }
    }
    return
  }
  if (sql.kind !== 'str' || sql.value === '') return
  for (const statement of splitSqlScript(sql.value)) editor.execute(statement, null)
}
