import type { Operation } from '../migrations/operations/operation'
import type { ProjectState } from '../migrations/project-state'
import type { ModelState } from '../migrations/model-state'
import { tableName } from '../backends/sqlite/table-model'
import type { Finding, RuleId, Severity } from './finding'
import { postgresLock } from './postgres-lock'

/** What a rule sees of one operation: itself, its index, the app, the state before it, its SQL and the inputs' extras. */
export interface OperationContext {
  readonly op: Operation
  readonly index: number
  readonly appLabel: string
  readonly stateBefore: ProjectState
  readonly sql: readonly string[]
  readonly rowCounts?: ReadonlyMap<string, number>
  readonly source?: string
}

/** A rule over one operation: returns its findings (none when it does not fire). */
export type OperationRule = (context: OperationContext) => Finding[]

/** Takes a context, a rule id, severity, explanation and steps, returns the Finding with the operation's PostgreSQL lock. */
export function finding(
  context: OperationContext,
  rule: RuleId,
  severity: Severity,
  explanation: string,
  safeAlternative: readonly string[],
): Finding {
  return Object.freeze({
    rule,
    severity,
    operationIndex: context.index,
    explanation,
    safeAlternative: Object.freeze([...safeAlternative]),
    postgresLock: postgresLock(context.op),
  })
}

/** The model `name` of the operation's app in the state before it, or undefined. */
export function modelBefore(context: OperationContext, name: string): ModelState | undefined {
  return context.stateBefore.get(context.appLabel, name)
}

/** The table of the model `name` before the operation, or undefined when the state does not hold it. */
export function tableBefore(context: OperationContext, name: string): string | undefined {
  const model = modelBefore(context, name)
  return model === undefined ? undefined : tableName(context.stateBefore, model)
}

/** The number of rows of `table` when the caller gave row counts, else undefined. */
export function rowsOf(context: OperationContext, table: string | undefined): number | undefined {
  return table === undefined ? undefined : context.rowCounts?.get(table)
}

/** " (N rows)" for a known count, "" otherwise: appended to explanations. */
export function rowsNote(rows: number | undefined): string {
  if (rows === undefined) return ''
  return rows === 1 ? ' (1 row)' : ` (${rows} rows)`
}
