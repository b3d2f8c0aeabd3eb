import type { Operation } from './operations/operation'
import { reduce } from './operations/reduce'

function optimizeInner(operations: readonly Operation[], appLabel: string): Operation[] {
  const result: Operation[] = []
  for (let i = 0; i < operations.length; i++) {
    const op = operations[i]!
    let right = true
    let reduced = false
    for (let j = i + 1; j < operations.length; j++) {
      const other = operations[j]!
      const outcome = reduce(op, other, appLabel)
      if (Array.isArray(outcome)) {
        const inBetween = operations.slice(i + 1, j)
        if (right) {
          result.push(...inBetween, ...outcome)
        } else if (inBetween.every((between) => reduce(between, other, appLabel) === true)) {
          result.push(...outcome, ...inBetween)
        } else {
          result.push(op)
          reduced = true
          break
        }
        result.push(...operations.slice(j + 1))
        return result
      }
      if (outcome === false) right = false
    }
    if (!reduced) result.push(op)
  }
  return result
}

/**
 * Optimizes a migration's operations as Django's MigrationOptimizer does: each operation is reduced
 * with each later one, merging across operations it may cross (right) or pulling the result before
 * them (left), until nothing changes. Takes the operations and their app label, returns a new list.
 */
export function optimize(operations: readonly Operation[], appLabel: string): Operation[] {
  let current = [...operations]
  for (;;) {
    const next = optimizeInner(current, appLabel)
    if (next.length === current.length && next.every((op, i) => op === current[i])) return next
    current = next
  }
}
