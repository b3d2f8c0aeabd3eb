import { addField, fieldSide, removeField } from '../../backends/sqlite/schema-field'
import {
  addConstraint,
  addIndex,
  alterUniqueTogether,
  removeConstraint,
  removeIndex,
  renameIndex,
} from '../../backends/sqlite/schema-index'
import { createModel, deleteModel } from '../../backends/sqlite/schema-model'
import type { ProjectState } from '../project-state'
import { assertNever } from '../../util/assert-never'
import { IrreversibleError } from '../exceptions'
import type { DatabaseContext } from './database-context'
import {
  alterFieldBetween,
  alterModelTable,
  byName,
  databaseForwards,
  modelIn,
  orderWithRespectTo,
  renameModel,
  togetherOf,
} from './database-forwards'
import { runSql } from './database-sql'
import type { Operation } from './operation'
import { stateForwards } from './state-forwards'

/** Whether the operation can be unapplied (Django's `reversible`). */
export function isReversible(op: Operation): boolean {
  switch (op.kind) {
    case 'RunSQL':
      return op.reverseSql !== undefined && op.reverseSql.kind !== 'none'
    case 'RunPython':
      return op.reverseCode !== undefined
    default:
      return true
  }
}

/** Whether sqlmigrate can print the operation as SQL (Django's `reduces_to_sql`): every operation but RunPython. */
export function reducesToSql(op: Operation): boolean {
  return op.kind !== 'RunPython'
}

/** The operation's own `atomic` (only RunPython has one; null is Python's None, other operations say false). */
export function operationAtomic(op: Operation): boolean | null {
  if (op.kind === 'RunPython') return op.atomic ?? null
  return false
}

/**
 * Unapplies an operation (Django's `database_backwards`): `fromState` is the state with the operation
 * applied, `toState` the state before it.
 */
export async function databaseBackwards(
  op: Operation,
  ctx: DatabaseContext,
  fromState: ProjectState,
  toState: ProjectState,
): Promise<void> {
  const { appLabel, editor } = ctx
  switch (op.kind) {
    case 'CreateModel': {
      const model = modelIn(fromState, appLabel, op.name)
      if (model.migratable) deleteModel(editor, model)
      return
    }
    case 'DeleteModel': {
      const model = modelIn(toState, appLabel, op.name)
      if (model.migratable) createModel(editor, model)
      return
    }
    case 'RenameModel':
      return renameModel(ctx, fromState, toState, op.newName, op.oldName)
    case 'AlterModelTable':
      return alterModelTable(ctx, fromState, toState, op.name)
    case 'AlterModelTableComment':
    case 'AlterModelOptions':
    case 'AlterModelManagers':
    case 'AlterConstraint':
    case 'AlterIndexTogether':
      return
    case 'AlterUniqueTogether': {
      const model = modelIn(toState, appLabel, op.name)
      if (!model.migratable) return
      alterUniqueTogether(
        editor,
        model,
        togetherOf(fromState.get(appLabel, op.name)),
        togetherOf(toState.get(appLabel, op.name)),
      )
      return
    }
    case 'AlterOrderWithRespectTo':
      return orderWithRespectTo(ctx, fromState, toState, op.name)
    case 'AddField': {
      const model = modelIn(fromState, appLabel, op.modelName)
      if (model.migratable) removeField(editor, model, fieldSide(model, op.name))
      return
    }
    case 'RemoveField': {
      const toModel = modelIn(toState, appLabel, op.modelName)
      if (!toModel.migratable) return
      addField(editor, modelIn(fromState, appLabel, op.modelName), fieldSide(toModel, op.name))
      return
    }
    case 'AlterField':
      return alterFieldBetween(ctx, fromState, toState, op.modelName, op.name, op.name)
    case 'RenameField':
      return alterFieldBetween(ctx, fromState, toState, op.modelName, op.newName, op.oldName)
    case 'AddIndex': {
      const model = modelIn(fromState, appLabel, op.modelName)
      if (model.migratable) removeIndex(editor, op.index)
      return
    }
    case 'RemoveIndex': {
      const model = modelIn(toState, appLabel, op.modelName)
      if (model.migratable) addIndex(editor, model, byName(model.indexes, op.name))
      return
    }
    case 'RenameIndex': {
      const model = modelIn(toState, appLabel, op.modelName)
      if (!model.migratable || op.oldName === null) return
      const fromModel = modelIn(fromState, appLabel, op.modelName)
      renameIndex(editor, model, byName(fromModel.indexes, op.newName), byName(model.indexes, op.oldName))
      return
    }
    case 'AddConstraint': {
      const model = modelIn(toState, appLabel, op.modelName)
      if (model.migratable) removeConstraint(editor, model, op.constraint)
      return
    }
    case 'RemoveConstraint': {
      const model = modelIn(toState, appLabel, op.modelName)
      if (model.migratable) addConstraint(editor, model, byName(model.constraints, op.name))
      return
    }
    case 'RunSQL':
      if (!isReversible(op)) throw new IrreversibleError('You cannot reverse this operation')
      runSql(editor, op.reverseSql!)
      return
    case 'RunPython':
      if (op.reverseCode === undefined) throw new IrreversibleError('You cannot reverse this operation')
      if (op.reverseCode.handle !== undefined) await ctx.host.runPython(op.reverseCode, fromState, editor)
      return
    case 'SeparateDatabaseAndState': {
      const states: ProjectState[] = []
      let state = toState
      for (const dbOp of op.databaseOperations) {
        states.push(state)
        state = stateForwards(dbOp, appLabel, state)
      }
      for (let i = op.databaseOperations.length - 1; i >= 0; i--) {
        const before = states[i]!
        await databaseBackwards(op.databaseOperations[i]!, ctx, state, before)
        state = before
      }
      return
    }
    default:
      return assertNever(op)
  }
}

/** Both directions, for callers that pick one at run time. */
export const databaseOperations = { databaseForwards, databaseBackwards }
