export { adviseMigration } from './advise-migration'
export { type AdvisorInput, type Finding, LARGE_TABLE_ROWS, type RuleId, type Severity } from './finding'
export { postgresLock } from './postgres-lock'
export { sqlByOperation } from './operation-sql'
