/**
 * Takes the statements `MigrationExecutor.collectSql` returns for one migration (each operation opens
 * with sqlmigrate's three comment lines `--`, `-- <description>`, `--`) and the number of operations,
 * returns the SQL of each operation in order, comment lines dropped. Deferred statements Django emits
 * after the last operation (indexes on foreign keys) belong to the last operation.
 */
export function sqlByOperation(statements: readonly string[], operationCount: number): string[][] {
  const groups: string[][] = []
  for (let i = 0; i < statements.length; i++) {
    const line = statements[i]!
    const opensOperation =
      line === '--' &&
      statements[i + 2] === '--' &&
      (statements[i + 1] ?? '').startsWith('-- ') &&
      groups.length < operationCount
    if (opensOperation) {
      groups.push([])
      i += 2
      continue
    }
    if (groups.length === 0) groups.push([])
    if (line === '-- (no-op)' || line === '-- THIS OPERATION CANNOT BE WRITTEN AS SQL') continue
    groups[groups.length - 1]!.push(line)
  }
  while (groups.length < operationCount) groups.push([])
  return groups
}
