import { getField } from '../../migrations/model-state'
import { LARGE_TABLE_ROWS } from '../finding'
import { isTrue } from '../field-facts'
import {
  finding,
  modelBefore,
  type OperationContext,
  type OperationRule,
  rowsOf,
  tableBefore,
} from '../operation-context'

/** What the operation adds to which model: a unique constraint, a plain index, or null when nothing indexed. */
function addedIndex(context: OperationContext): { kind: 'unique' | 'index'; model: string } | null {
  const op = context.op
  switch (op.kind) {
    case 'AddIndex':
      return { kind: 'index', model: op.modelName }
    case 'AlterIndexTogether':
      return { kind: 'index', model: op.name }
    case 'AlterUniqueTogether':
      return { kind: 'unique', model: op.name }
    case 'AddConstraint':
    case 'AlterConstraint':
      return op.constraint.kind === 'deconstructible' && op.constraint.path.endsWith('UniqueConstraint')
        ? { kind: 'unique', model: op.modelName }
        : null
    case 'AlterField': {
      const model = modelBefore(context, op.modelName)
      const before = model === undefined ? undefined : getField(model, op.name)
      if (before === undefined) return null
      if (isTrue(op.field, 'unique') && !isTrue(before, 'unique'))
        return { kind: 'unique', model: op.modelName }
      if (isTrue(op.field, 'db_index') && !isTrue(before, 'db_index'))
        return { kind: 'index', model: op.modelName }
      return null
    }
    default:
      return null
  }
}

/**
 * unique-on-large-table and index-on-large-table: an index or unique constraint built on a table of at
 * least LARGE_TABLE_ROWS rows (fires only when row counts are given).
 */
export const largeTableIndex: OperationRule = (context) => {
  const added = addedIndex(context)
  if (added === null) return []
  const model = added.model
  const rows = rowsOf(context, tableBefore(context, model))
  if (rows === undefined || rows < LARGE_TABLE_ROWS) return []
  if (added.kind === 'unique') {
    return [
      finding(
        context,
        'unique-on-large-table',
        'warning',
        `This adds a unique constraint to ${model}, which has ${rows} rows: building its index reads the whole table while writes wait, and a single duplicate among the existing rows makes the migration fail.`,
        [
          'Find and resolve duplicates first (a query grouping by the fields, then a data migration).',
          'On PostgreSQL, build the index without blocking writes: AddIndexConcurrently in a non-atomic migration, then add the constraint using that index.',
          'Run the migration when traffic is low.',
        ],
      ),
    ]
  }
  return [
    finding(
      context,
      'index-on-large-table',
      'warning',
      `This builds an index on ${model}, which has ${rows} rows: CREATE INDEX reads the whole table, and on PostgreSQL writes wait until it finishes.`,
      [
        'On PostgreSQL use django.contrib.postgres.operations.AddIndexConcurrently in a migration with atomic = False.',
        'Run it when traffic is low.',
      ],
    ),
  ]
}
