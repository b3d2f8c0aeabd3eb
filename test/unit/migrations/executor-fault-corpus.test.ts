import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  SqliteError,
  type QueryResult,
  type SqliteConnection,
  type SqlValue,
} from '../../../src/engine/connection'
import { ProjectState } from '../../../src/engine/migrations/project-state'
import { SqlJsConnection } from '../../../src/worker/sqljs-connection'
import { databaseState } from './executor-corpus/snapshot'
import { type FaultCase, FAULT_CASES } from './fault-corpus/cases'
import type { FaultGolden } from './fault-corpus/golden'
import { runManage, sqlJs } from './schema-harness'

const goldens: Record<string, FaultGolden> = JSON.parse(
  readFileSync(new URL('./fault-corpus/goldens.json', import.meta.url), 'utf8'),
)

/** A sql.js connection whose `occurrence`-th run (from 0) of the statement `target` fails. */
class FaultyConnection implements SqliteConnection {
  #seen = 0
  triggered = false
  constructor(
    readonly inner: SqlJsConnection,
    readonly target: string,
    readonly occurrence: number,
  ) {}

  #check(sql: string): void {
    if (sql !== this.target) return
    if (this.#seen++ === this.occurrence) {
      this.triggered = true
      throw new SqliteError('injected failure', sql)
    }
  }
  query(text: string, params: readonly SqlValue[] = []): QueryResult {
    this.#check(text)
    return this.inner.query(text, params)
  }
  executeScript(text: string): void {
    this.#check(text)
    this.inner.executeScript(text)
  }
  changes(): number {
    return this.inner.changes()
  }
  lastInsertRowid(): number | bigint {
    return this.inner.lastInsertRowid()
  }
  begin(): void {
    this.inner.begin()
  }
  commit(): void {
    this.inner.commit()
  }
  rollback(): void {
    this.inner.rollback()
  }
  inTransaction(): boolean {
    return this.inner.inTransaction()
  }
  exportBytes(): Uint8Array {
    return this.inner.exportBytes()
  }
  sqliteVersion(): string {
    return this.inner.sqliteVersion()
  }
}

/** The database of a case before its command: initial migrations applied, rows inserted. */
async function prepared(c: FaultCase): Promise<Uint8Array> {
  const db = SqlJsConnection.open(await sqlJs())
  const setup = await runManage(db, ['shop'], c.initial, ProjectState.empty(), ['migrate'])
  expect(setup.stderr).toBe('')
  db.executeScript(c.rows)
  return db.exportBytes()
}

describe('a migration whose statement fails leaves the database and django_migrations as Django 5.2 leaves them', () => {
  for (const c of FAULT_CASES) {
    const golden = goldens[c.name]
    it(`${c.name}: the clean run, then each statement failing in turn`, async () => {
      expect(golden, `no golden for '${c.name}': run fault-corpus/record.ts`).toBeDefined()
      const base = await prepared(c)
      const clean = SqlJsConnection.open(await sqlJs(), base)
      await runManage(clean, ['shop'], c.disk, ProjectState.empty(), c.run)
      expect(databaseState(clean)).toEqual(golden!.clean)
      for (const fault of golden!.faults) {
        const db = new FaultyConnection(
          SqlJsConnection.open(await sqlJs(), base),
          fault.sql,
          fault.occurrence,
        )
        const result = await runManage(db, ['shop'], c.disk, ProjectState.empty(), c.run)
        const { sql, occurrence, error, ...expected } = fault
        expect({ sql, occurrence, executed: db.triggered, state: databaseState(db) }).toEqual({
          sql,
          occurrence,
          executed: true,
          state: expected,
        })
        expect(result.status, `${error}\n${result.stderr}`).toBe(1)
      }
    })
  }
})
