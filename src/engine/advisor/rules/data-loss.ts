import { finding, type OperationRule, rowsNote, rowsOf, tableBefore } from '../operation-context'

/** column-dropped: RemoveField deletes the column and every value in it; code still running that reads it fails. */
export const columnDropped: OperationRule = (context) => {
  if (context.op.kind !== 'RemoveField') return []
  const table = tableBefore(context, context.op.modelName)
  const rows = rowsOf(context, table)
  return [
    finding(
      context,
      'column-dropped',
      'warning',
      `Removing ${context.op.modelName}.${context.op.name} drops its column${rowsNote(rows)} and the data in it for good; migrating backwards recreates an empty column. The previous release of the code, still running during a deploy, selects this column and fails.`,
      [
        'Copy the data elsewhere first if it may be needed (a new field, a table, a backup).',
        'Release 1: stop using the field in the code, and remove it from the model with SeparateDatabaseAndState(state_operations=[RemoveField(...)]) so the column stays.',
        'Release 2, once no running code selects it: a migration with the RemoveField database operation.',
      ],
    ),
  ]
}

/** table-dropped: DeleteModel drops the table and all its rows. */
export const tableDropped: OperationRule = (context) => {
  if (context.op.kind !== 'DeleteModel') return []
  const table = tableBefore(context, context.op.name)
  const rows = rowsOf(context, table)
  return [
    finding(
      context,
      'table-dropped',
      'warning',
      `Deleting the model ${context.op.name} drops its table${table === undefined ? '' : ` "${table}"`}${rowsNote(rows)} with every row; migrating backwards recreates it empty. Code still running that queries the model fails.`,
      [
        'Back up or move the rows that matter first (a data migration into another model, or a dump).',
        'Release 1: remove every use of the model from the code and delete it from the state only (SeparateDatabaseAndState(state_operations=[DeleteModel(...)])).',
        'Release 2: drop the table with a DeleteModel database operation.',
      ],
    ),
  ]
}
