import { finding, type OperationRule } from '../operation-context'

/** run-python-irreversible: a RunPython without reverse_code makes the migration impossible to unapply. */
export const runPythonIrreversible: OperationRule = (context) => {
  if (context.op.kind !== 'RunPython' || context.op.reverseCode !== undefined) return []
  return [
    finding(
      context,
      'run-python-irreversible',
      'warning',
      'This RunPython has no reverse_code: migrating back past it raises IrreversibleError, so a bad deploy cannot be rolled back with migrate.',
      [
        'Write a function that undoes the change and pass it as reverse_code.',
        'When there is nothing to undo, pass reverse_code=migrations.RunPython.noop.',
      ],
    ),
  ]
}

/** run-sql-irreversible: a RunSQL without reverse_sql makes the migration impossible to unapply. */
export const runSqlIrreversible: OperationRule = (context) => {
  if (context.op.kind !== 'RunSQL' || context.op.reverseSql !== undefined) return []
  return [
    finding(
      context,
      'run-sql-irreversible',
      'warning',
      'This RunSQL has no reverse_sql: migrating back past it raises IrreversibleError, so a bad deploy cannot be rolled back with migrate.',
      [
        'Write the SQL that undoes it and pass it as reverse_sql.',
        'When there is nothing to undo, pass reverse_sql=migrations.RunSQL.noop.',
      ],
    ),
  ]
}
