import type { Deconstructed } from '../../models/deconstructed'
import { assertNever } from '../../util/assert-never'
import type { Operation } from './operation'
import { deconstructibleKwarg, expressionText, itemsOf, stringOf } from './index-values'

/** The category symbol makemigrations prints before an operation (Django's `OperationCategory`). */
export type OperationSymbol = '+' | '-' | '~' | 'p' | 's' | '?'

/** Takes an operation, returns its category symbol: `+` addition, `-` removal, `~` alteration, `s`, `p`, `?`. */
export function operationSymbol(op: Operation): OperationSymbol {
  switch (op.kind) {
    case 'CreateModel':
    case 'AddField':
    case 'AddIndex':
    case 'AddConstraint':
      return '+'
    case 'DeleteModel':
    case 'RemoveField':
    case 'RemoveIndex':
    case 'RemoveConstraint':
      return '-'
    case 'RenameModel':
    case 'AlterModelTable':
    case 'AlterModelTableComment':
    case 'AlterUniqueTogether':
    case 'AlterIndexTogether':
    case 'AlterOrderWithRespectTo':
    case 'AlterModelOptions':
    case 'AlterModelManagers':
    case 'AlterField':
    case 'RenameField':
    case 'RenameIndex':
    case 'AlterConstraint':
      return '~'
    case 'RunSQL':
      return 's'
    case 'RunPython':
      return 'p'
    case 'SeparateDatabaseAndState':
      return '?'
    default:
      return assertNever(op)
  }
}

function togetherCount(value: Deconstructed): number {
  if (value.kind === 'none') return 0
  if (value.kind === 'str') return value.value.length
  return itemsOf(value).length
}

/** Takes an operation, returns Django's `describe()` text (`Add field price to book`). */
export function describe(op: Operation): string {
  switch (op.kind) {
    case 'CreateModel': {
      const proxy = op.options.proxy
      const isProxy = proxy !== undefined && proxy.kind === 'bool' && proxy.value
      return `Create ${isProxy ? 'proxy ' : ''}model ${op.name}`
    }
    case 'DeleteModel':
      return `Delete model ${op.name}`
    case 'RenameModel':
      return `Rename model ${op.oldName} to ${op.newName}`
    case 'AlterModelTable':
      return `Rename table for ${op.name} to ${op.table ?? '(default)'}`
    case 'AlterModelTableComment':
      return `Alter ${op.name} table comment`
    case 'AlterUniqueTogether':
      return `Alter unique_together for ${op.name} (${togetherCount(op.uniqueTogether)} constraint(s))`
    case 'AlterIndexTogether':
      return `Alter index_together for ${op.name} (${togetherCount(op.indexTogether)} constraint(s))`
    case 'AlterOrderWithRespectTo':
      return `Set order_with_respect_to on ${op.name} to ${op.orderWithRespectTo ?? 'None'}`
    case 'AlterModelOptions':
      return `Change Meta options on ${op.name}`
    case 'AlterModelManagers':
      return `Change managers on ${op.name}`
    case 'AddField':
      return `Add field ${op.name} to ${op.modelName}`
    case 'RemoveField':
      return `Remove field ${op.name} from ${op.modelName}`
    case 'AlterField':
      return `Alter field ${op.name} on ${op.modelName}`
    case 'RenameField':
      return `Rename field ${op.oldName} on ${op.modelName} to ${op.newName}`
    case 'AddIndex': {
      const name = stringOf(deconstructibleKwarg(op.index, 'name'))
      const expressions = op.index.kind === 'deconstructible' ? op.index.args : []
      if (expressions.length > 0) {
        return `Create index ${name} on ${expressions.map(expressionText).join(', ')} on model ${op.modelName}`
      }
      const fields = itemsOf(deconstructibleKwarg(op.index, 'fields')).map(stringOf)
      return `Create index ${name} on field(s) ${fields.join(', ')} of model ${op.modelName}`
    }
    case 'RemoveIndex':
      return `Remove index ${op.name} from ${op.modelName}`
    case 'RenameIndex':
      if (op.oldName !== null) return `Rename index ${op.oldName} on ${op.modelName} to ${op.newName}`
      return `Rename unnamed index for ${pythonTuple(op.oldFields ?? [])} on ${op.modelName} to ${op.newName}`
    case 'AddConstraint':
      return `Create constraint ${stringOf(deconstructibleKwarg(op.constraint, 'name'))} on model ${op.modelName}`
    case 'RemoveConstraint':
      return `Remove constraint ${op.name} from model ${op.modelName}`
    case 'AlterConstraint':
      return `Alter constraint ${op.name} on ${op.modelName}`
    case 'RunSQL':
      return 'Raw SQL operation'
    case 'RunPython':
      return 'Raw Python operation'
    case 'SeparateDatabaseAndState':
      return 'Custom state/database change combination'
    default:
      return assertNever(op)
  }
}

function pythonTuple(items: readonly string[]): string {
  const inner = items.map((s) => `'${s}'`)
  return inner.length === 1 ? `(${inner[0]},)` : `(${inner.join(', ')})`
}

/** Takes an operation, returns `symbol + ' ' + describe()` as makemigrations prints it. */
export function formattedDescription(op: Operation): string {
  return `${operationSymbol(op)} ${describe(op)}`
}

/**
 * Takes an operation, returns the fragment Django builds migration names from (`book_price`,
 * `remove_book_code`), or null for operations without one (RunSQL, RunPython, SeparateDatabaseAndState).
 */
export function migrationNameFragment(op: Operation): string | null {
  switch (op.kind) {
    case 'CreateModel':
      return op.name.toLowerCase()
    case 'DeleteModel':
      return `delete_${op.name.toLowerCase()}`
    case 'RenameModel':
      return `rename_${op.oldName.toLowerCase()}_${op.newName.toLowerCase()}`
    case 'AlterModelTable':
      return `alter_${op.name.toLowerCase()}_table`
    case 'AlterModelTableComment':
      return `alter_${op.name.toLowerCase()}_table_comment`
    case 'AlterUniqueTogether':
      return `alter_${op.name.toLowerCase()}_unique_together`
    case 'AlterIndexTogether':
      return `alter_${op.name.toLowerCase()}_index_together`
    case 'AlterOrderWithRespectTo':
      return `alter_${op.name.toLowerCase()}_order_with_respect_to`
    case 'AlterModelOptions':
      return `alter_${op.name.toLowerCase()}_options`
    case 'AlterModelManagers':
      return `alter_${op.name.toLowerCase()}_managers`
    case 'AddField':
      return `${op.modelName.toLowerCase()}_${op.name.toLowerCase()}`
    case 'RemoveField':
      return `remove_${op.modelName.toLowerCase()}_${op.name.toLowerCase()}`
    case 'AlterField':
      return `alter_${op.modelName.toLowerCase()}_${op.name.toLowerCase()}`
    case 'RenameField':
      return `rename_${op.oldName.toLowerCase()}_${op.modelName.toLowerCase()}_${op.newName.toLowerCase()}`
    case 'AddIndex':
      return `${op.modelName.toLowerCase()}_${stringOf(deconstructibleKwarg(op.index, 'name')).toLowerCase()}`
    case 'RemoveIndex':
      return `remove_${op.modelName.toLowerCase()}_${op.name.toLowerCase()}`
    case 'RenameIndex':
      if (op.oldName !== null) return `rename_${op.oldName.toLowerCase()}_${op.newName.toLowerCase()}`
      return `rename_${op.modelName.toLowerCase()}_${(op.oldFields ?? []).join('_')}_${op.newName.toLowerCase()}`
    case 'AddConstraint':
      return `${op.modelName.toLowerCase()}_${stringOf(deconstructibleKwarg(op.constraint, 'name')).toLowerCase()}`
    case 'RemoveConstraint':
      return `remove_${op.modelName.toLowerCase()}_${op.name.toLowerCase()}`
    case 'AlterConstraint':
      return `alter_${op.modelName.toLowerCase()}_${stringOf(deconstructibleKwarg(op.constraint, 'name')).toLowerCase()}`
    case 'RunSQL':
    case 'RunPython':
    case 'SeparateDatabaseAndState':
      return null
    default:
      return assertNever(op)
  }
}
