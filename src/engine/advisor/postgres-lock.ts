import type { Operation } from '../migrations/operations/operation'

/**
 * Takes an operation, returns the lock it takes on PostgreSQL as Django's PostgreSQL schema editor
 * runs it, in plain words, or null when it does not touch the database. Knowledge only: the playground
 * runs SQLite, so this is what a learner deploying to PostgreSQL should expect.
 */
export function postgresLock(op: Operation): string | null {
  switch (op.kind) {
    case 'CreateModel':
      return 'None on existing tables (CREATE TABLE); foreign keys take SHARE ROW EXCLUSIVE on the referenced tables briefly.'
    case 'DeleteModel':
      return 'ACCESS EXCLUSIVE on the table (DROP TABLE): every query on it waits.'
    case 'RenameModel':
    case 'AlterModelTable':
      return 'ACCESS EXCLUSIVE on the table (ALTER TABLE ... RENAME TO), brief: catalog change only.'
    case 'AlterModelTableComment':
      return 'SHARE UPDATE EXCLUSIVE on the table (COMMENT ON TABLE), brief.'
    case 'AlterUniqueTogether':
      return 'ACCESS EXCLUSIVE on the table while the unique constraint builds its index: reads and writes wait for the whole scan.'
    case 'AlterIndexTogether':
    case 'AddIndex':
      return 'SHARE on the table while CREATE INDEX scans it: writes wait (AddIndexConcurrently avoids this).'
    case 'RemoveIndex':
      return 'ACCESS EXCLUSIVE on the table (DROP INDEX), brief (RemoveIndexConcurrently avoids it).'
    case 'RenameIndex':
      return 'SHARE UPDATE EXCLUSIVE on the table (ALTER INDEX ... RENAME TO), brief.'
    case 'AlterOrderWithRespectTo':
      return 'ACCESS EXCLUSIVE on the table (adds the _order column).'
    case 'AlterModelOptions':
    case 'AlterModelManagers':
      return null
    case 'AddField':
      return 'ACCESS EXCLUSIVE on the table (ALTER TABLE ... ADD COLUMN): brief on PostgreSQL 11+ when the column is nullable or its default is a constant; a NOT NULL column without a default fails on a table with rows.'
    case 'RemoveField':
      return 'ACCESS EXCLUSIVE on the table (ALTER TABLE ... DROP COLUMN), brief: the data stays on disk until rewritten.'
    case 'AlterField':
      return 'ACCESS EXCLUSIVE on the table; a type change rewrites the whole table under it, SET NOT NULL scans it.'
    case 'RenameField':
      return 'ACCESS EXCLUSIVE on the table (ALTER TABLE ... RENAME COLUMN), brief: catalog change only.'
    case 'AddConstraint':
    case 'AlterConstraint':
      return 'ACCESS EXCLUSIVE on the table while the constraint validates every row (a unique constraint builds its index).'
    case 'RemoveConstraint':
      return 'ACCESS EXCLUSIVE on the table (ALTER TABLE ... DROP CONSTRAINT), brief.'
    case 'RunSQL':
      return 'Whatever the SQL takes: read it.'
    case 'RunPython':
      return 'Row locks on the rows the code updates, held until the migration commits (it runs in a transaction).'
    case 'SeparateDatabaseAndState':
      return op.databaseOperations.length === 0 ? null : 'The locks of its database operations.'
  }
}
