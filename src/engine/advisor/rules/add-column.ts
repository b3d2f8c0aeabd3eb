import { kwarg } from '../../migrations/field-state'
import { hasCallableDefault, hasDefault, hasNoColumn, isNullable, isTrue } from '../field-facts'
import { finding, type OperationRule, rowsNote, rowsOf, tableBefore } from '../operation-context'

/**
 * not-null-column-without-default and callable-default-evaluated-once: an AddField of a NOT NULL column
 * with no default cannot fill the existing rows; a callable default is called once and every existing
 * row gets that same value (all equal UUIDs, one timestamp).
 */
export const addColumn: OperationRule = (context) => {
  const op = context.op
  if (op.kind !== 'AddField' || hasNoColumn(op.field) || isNullable(op.field)) return []
  const table = tableBefore(context, op.modelName)
  const rows = rowsOf(context, table)
  const label = `${op.modelName}.${op.name}`
  if (!hasDefault(op.field)) {
    return [
      finding(
        context,
        'not-null-column-without-default',
        'error',
        `${label} is added as NOT NULL without a default: the database has no value to put in the existing rows${rowsNote(rows)}, so the migration fails on a table that has any.`,
        [
          'Add the field with null=True and migrate.',
          'Fill every existing row in a data migration (RunPython with apps.get_model).',
          'Remove null=True and migrate again: the column becomes NOT NULL once no row is empty.',
        ],
      ),
    ]
  }
  if (!hasCallableDefault(op.field) || !op.preserveDefault) return []
  const value = kwarg(op.field, 'default')!
  const name = value.kind === 'reference' ? `${value.module}.${value.qualname}` : 'the default'
  const unique = isTrue(op.field, 'unique')
  return [
    finding(
      context,
      'callable-default-evaluated-once',
      unique ? 'error' : 'warning',
      `${label} has the callable default ${name}: Django calls it once when it adds the column, so every existing row${rowsNote(rows)} gets the same value.${unique ? ' The field is unique, so the migration fails as soon as the table has two rows.' : ''}`,
      [
        'Add the field with null=True (and without unique=True).',
        'Give each existing row its own value in a data migration (RunPython calling the function per row).',
        'Make the field NOT NULL (and unique) in a third migration.',
      ],
    ),
  ]
}
