import type { Operation } from '../operations/operation'

/** What an operation waits for (Django's `OperationDependency.Type`). */
export type DependencyType =
  'CREATE' | 'REMOVE' | 'ALTER' | 'REMOVE_ORDER_WRT' | 'ALTER_FOO_TOGETHER' | 'REMOVE_INDEX_OR_CONSTRAINT'

/**
 * A dependency of a generated operation on another operation: a model (`fieldName` null) or a field
 * being created, removed or altered. `appLabel` is `__setting__` for a swappable model, whose
 * `modelName` is then the setting name.
 */
export interface OperationDependency {
  readonly appLabel: string
  readonly modelName: string
  readonly fieldName: string | null
  readonly type: DependencyType
}

/** Builds an OperationDependency. */
export function dependency(
  appLabel: string,
  modelName: string,
  fieldName: string | null,
  type: DependencyType,
): OperationDependency {
  return { appLabel, modelName, fieldName, type }
}

/** A dependency as a string key, for de-duplication (Python's `set(dependencies)`). */
export function dependencyKey(dep: OperationDependency): string {
  return `${dep.appLabel}\u0000${dep.modelName}\u0000${dep.fieldName ?? '\u0001'}\u0000${dep.type}`
}

/** Removes duplicate dependencies, keeping the first of each. */
export function uniqueDependencies(deps: readonly OperationDependency[]): OperationDependency[] {
  const seen = new Set<string>()
  return deps.filter((d) => {
    const key = dependencyKey(d)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * Takes an operation, returns the lowercased name of the model whose dependencies it may satisfy (see
 * `satisfies`), or null for an operation that satisfies none.
 */
export function satisfiableModel(op: Operation): string | null {
  switch (op.kind) {
    case 'CreateModel':
    case 'DeleteModel':
    case 'AlterOrderWithRespectTo':
    case 'AlterUniqueTogether':
    case 'AlterIndexTogether':
      return op.name.toLowerCase()
    case 'AddField':
    case 'RemoveField':
    case 'AlterField':
    case 'RemoveIndex':
    case 'RemoveConstraint':
      return op.modelName.toLowerCase()
    default:
      return null
  }
}

/** Whether `op` is the operation `dep` waits for (Django's `check_dependency`). */
export function satisfies(op: Operation, dep: OperationDependency): boolean {
  const model = dep.modelName.toLowerCase()
  const field = dep.fieldName?.toLowerCase() ?? null
  switch (dep.type) {
    case 'CREATE':
      if (field === null) return op.kind === 'CreateModel' && op.name.toLowerCase() === model
      return (
        (op.kind === 'CreateModel' &&
          op.name.toLowerCase() === model &&
          op.fields.some(([name]) => name === dep.fieldName)) ||
        (op.kind === 'AddField' && op.modelName.toLowerCase() === model && op.name.toLowerCase() === field)
      )
    case 'REMOVE':
      if (field === null) return op.kind === 'DeleteModel' && op.name.toLowerCase() === model
      return (
        op.kind === 'RemoveField' && op.modelName.toLowerCase() === model && op.name.toLowerCase() === field
      )
    case 'ALTER':
      return (
        field !== null &&
        op.kind === 'AlterField' &&
        op.modelName.toLowerCase() === model &&
        op.name.toLowerCase() === field
      )
    case 'REMOVE_ORDER_WRT':
      return (
        field !== null &&
        op.kind === 'AlterOrderWithRespectTo' &&
        op.name.toLowerCase() === model &&
        (op.orderWithRespectTo ?? '').toLowerCase() !== field
      )
    case 'ALTER_FOO_TOGETHER':
      return (
        field !== null &&
        (op.kind === 'AlterUniqueTogether' || op.kind === 'AlterIndexTogether') &&
        op.name.toLowerCase() === model
      )
    case 'REMOVE_INDEX_OR_CONSTRAINT':
      return (
        field !== null &&
        (op.kind === 'RemoveIndex' || op.kind === 'RemoveConstraint') &&
        op.modelName.toLowerCase() === model &&
        op.name.toLowerCase() === field
      )
  }
}
