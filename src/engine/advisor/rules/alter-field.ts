import { getField } from '../../migrations/model-state'
import { changesColumnType, fieldClass, hasDefault, isForeignKey, isNullable } from '../field-facts'
import { finding, modelBefore, type OperationRule, rowsNote, rowsOf, tableBefore } from '../operation-context'

/**
 * column-type-changed, foreign-key-made-not-null and column-made-not-null: an AlterField that changes
 * the column's type or length, or removes null=True. Making a column NOT NULL is a warning, not an
 * error: it is the last step of the safe way (add nullable, back-fill, then require), and only the
 * data tells whether NULLs remain.
 */
export const alterField: OperationRule = (context) => {
  const op = context.op
  if (op.kind !== 'AlterField') return []
  const model = modelBefore(context, op.modelName)
  const before = model === undefined ? undefined : getField(model, op.name)
  if (before === undefined) return []
  const rows = rowsOf(context, tableBefore(context, op.modelName))
  const label = `${op.modelName}.${op.name}`
  const out = []
  if (changesColumnType(before, op.field)) {
    out.push(
      finding(
        context,
        'column-type-changed',
        'warning',
        `${label} changes from ${fieldClass(before)} to ${fieldClass(op.field)}${fieldClass(before) === fieldClass(op.field) ? ' with another length or precision' : ''}: every existing value${rowsNote(rows)} is converted, values that do not fit fail or are cut, and on PostgreSQL the table is rewritten under an exclusive lock. Code still running expects the old type.`,
        [
          'Add a new field with the new type next to the old one.',
          'Copy and convert the values in a data migration, checking the ones that do not fit.',
          'Switch the code to the new field, then remove the old field in a later release.',
        ],
      ),
    )
  }
  if (isNullable(before) && !isNullable(op.field)) {
    const fk = isForeignKey(op.field)
    out.push(
      finding(
        context,
        fk ? 'foreign-key-made-not-null' : 'column-made-not-null',
        'warning',
        `${label} no longer allows NULL: any existing row${rowsNote(rows)} where it is NULL makes the migration fail${hasDefault(op.field) || !op.preserveDefault ? ' unless the default fills it' : ''}${fk ? ', and code still running may keep creating rows without it' : ''}. On PostgreSQL SET NOT NULL scans the whole table under an exclusive lock.`,
        [
          fk
            ? 'Fill every NULL first in a data migration (RunPython with apps.get_model): point each row at a real related row.'
            : 'Fill every NULL first in a data migration (RunPython with apps.get_model).',
          'Release code that always sets the field.',
          'Then remove null=True and migrate.',
        ],
      ),
    )
  }
  return out
}
