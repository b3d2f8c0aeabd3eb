import type { Operation } from '../migrations/operations/operation'
import type { ProjectState } from '../migrations/project-state'
import { stateForwards } from '../migrations/operations/state-forwards'
import type { AdvisorInput, Finding } from './finding'
import type { OperationContext, OperationRule } from './operation-context'
import { sqlByOperation } from './operation-sql'
import { addColumn } from './rules/add-column'
import { alterField } from './rules/alter-field'
import { columnDropped, tableDropped } from './rules/data-loss'
import { runPythonIrreversible, runSqlIrreversible } from './rules/irreversible'
import { largeTableIndex } from './rules/large-table-index'
import { dataMigrationImportsModels } from './rules/model-imports'
import { fieldRenamed, modelRenamed, tableRenamed } from './rules/renames'
import { tableRebuild } from './rules/table-rebuild'

/** The rules that look at an operation of the given kind, besides the SQL-based table rebuild rule. */
function rulesFor(op: Operation): readonly OperationRule[] {
  switch (op.kind) {
    case 'AddField':
      return [addColumn]
    case 'AlterField':
      return [alterField, largeTableIndex]
    case 'RemoveField':
      return [columnDropped]
    case 'DeleteModel':
      return [tableDropped]
    case 'RenameField':
      return [fieldRenamed]
    case 'RenameModel':
      return [modelRenamed]
    case 'AlterModelTable':
      return [tableRenamed]
    case 'AddIndex':
    case 'AddConstraint':
    case 'AlterConstraint':
    case 'AlterUniqueTogether':
    case 'AlterIndexTogether':
      return [largeTableIndex]
    case 'RunPython':
      return [runPythonIrreversible, dataMigrationImportsModels]
    case 'RunSQL':
      return [runSqlIrreversible]
    case 'CreateModel':
    case 'AlterModelTableComment':
    case 'AlterOrderWithRespectTo':
    case 'AlterModelOptions':
    case 'AlterModelManagers':
    case 'RemoveIndex':
    case 'RenameIndex':
    case 'RemoveConstraint':
    case 'SeparateDatabaseAndState':
      return []
  }
}

/** The findings of one operation (and, for SeparateDatabaseAndState, of its database operations) at `index`. */
function adviseOperation(context: OperationContext): Finding[] {
  const own = [...rulesFor(context.op).flatMap((rule) => rule(context)), ...tableRebuild(context)]
  if (context.op.kind !== 'SeparateDatabaseAndState') return own
  let state: ProjectState = context.stateBefore
  for (const inner of context.op.databaseOperations) {
    own.push(
      ...rulesFor(inner).flatMap((rule) => rule({ ...context, op: inner, stateBefore: state, sql: [] })),
    )
    state = stateForwards(inner, context.appLabel, state)
  }
  return own
}

/**
 * Takes a migration with the project state before it, its SQLite SQL (as collectSql returns it), and
 * optionally row counts by table and the file's source; returns the advisor's findings in operation order.
 */
export function adviseMigration(input: AdvisorInput): Finding[] {
  const { migration } = input
  const sql = sqlByOperation(input.sql, migration.operations.length)
  const findings: Finding[] = []
  let state = input.stateBefore
  migration.operations.forEach((op, index) => {
    findings.push(
      ...adviseOperation({
        op,
        index,
        appLabel: migration.appLabel,
        stateBefore: state,
        sql: sql[index] ?? [],
        ...(input.rowCounts === undefined ? {} : { rowCounts: input.rowCounts }),
        ...(input.source === undefined ? {} : { source: input.source }),
      }),
    )
    state = stateForwards(op, migration.appLabel, state)
  })
  return findings
}
