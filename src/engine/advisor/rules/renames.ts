import { finding, type OperationRule } from '../operation-context'

const EXPAND_CONTRACT = [
  'Release 1: add the new name alongside the old one (a new field or model) and write to both.',
  'Copy the existing data across in a data migration (RunPython with apps.get_model).',
  'Release 2: read from the new name only.',
  'Release 3: remove the old name once no running code uses it.',
]

/** field-renamed: RenameField renames the column; the previous release's queries name the old column and fail. */
export const fieldRenamed: OperationRule = (context) => {
  if (context.op.kind !== 'RenameField') return []
  return [
    finding(
      context,
      'field-renamed',
      'warning',
      `Renaming ${context.op.modelName}.${context.op.oldName} to ${context.op.newName} renames the column in the same step. Code still running from the previous release queries "${context.op.oldName}" and fails until every server runs the new code.`,
      [
        'Keep the column: rename the field in Python only, with db_column set to the old column name (no database change).',
        ...EXPAND_CONTRACT,
      ],
    ),
  ]
}

/** model-renamed: RenameModel renames the table (and the columns pointing to it); old code queries the old table. */
export const modelRenamed: OperationRule = (context) => {
  if (context.op.kind !== 'RenameModel') return []
  return [
    finding(
      context,
      'model-renamed',
      'warning',
      `Renaming the model ${context.op.oldName} to ${context.op.newName} renames its table and the foreign key columns pointing to it. Code still running from the previous release queries the old table and fails.`,
      [
        'Keep the table: rename the class only and set Meta.db_table to the old table name.',
        ...EXPAND_CONTRACT,
      ],
    ),
  ]
}

/** table-renamed: AlterModelTable moves the model to another table name; old code queries the old name. */
export const tableRenamed: OperationRule = (context) => {
  if (context.op.kind !== 'AlterModelTable') return []
  return [
    finding(
      context,
      'table-renamed',
      'warning',
      `Changing the table of ${context.op.name} renames the table in the database. Code still running from the previous release queries the old name and fails.`,
      EXPAND_CONTRACT,
    ),
  ]
}
