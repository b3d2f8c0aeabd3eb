import type { StatementRecord } from './recording-connection'

/** One operation of a migration as `sqlmigrate` prints it: its description and its statements. */
export interface OperationSql {
  readonly description: string
  readonly statements: readonly string[]
}

/** A statement's text for comparison: spaces collapsed, no final semicolon. */
function normalized(sql: string): string {
  return sql.trim().replace(/;$/, '').replace(/\s+/g, ' ')
}

/**
 * Takes `sqlmigrate`'s output; returns its operations in order, each from its `-- Description`
 * comment to the next (BEGIN and COMMIT left out).
 */
export function operationsOf(sqlmigrate: string): OperationSql[] {
  const operations: { description: string; statements: string[] }[] = []
  let pending = ''
  for (const line of sqlmigrate.split('\n')) {
    const comment = /^-- (.+)$/.exec(line)
    if (comment !== null) {
      operations.push({ description: comment[1]!, statements: [] })
      continue
    }
    if (line === '--' || line.trim() === '') continue
    pending = pending === '' ? line : `${pending}\n${line}`
    if (!pending.trimEnd().endsWith(';')) continue
    if (!/^(BEGIN|COMMIT);$/.test(pending.trim())) operations.at(-1)?.statements.push(normalized(pending))
    pending = ''
  }
  return operations
}

/**
 * Takes the statements one migration ran (in order) and that migration's operations; returns the
 * statements labelled with the operation each belongs to: a statement that `sqlmigrate` lists starts
 * (or continues) its operation, and the statements after it up to the next listed one belong to it too
 * (the queries an operation makes while running). Statements before the first operation, and the
 * recorder's `django_migrations` statements, stay unlabelled.
 */
export function labelOperations(
  records: readonly StatementRecord[],
  operations: readonly OperationSql[],
): StatementRecord[] {
  let current = -1
  return records.map((record) => {
    const text = normalized(record.sql)
    const found = operations.findIndex(
      (operation, index) => index >= Math.max(current, 0) && operation.statements.includes(text),
    )
    if (found >= 0) current = found
    if (current < 0 || /\bdjango_migrations\b/.test(record.sql)) return record
    return { ...record, operation: operations[current]!.description }
  })
}
