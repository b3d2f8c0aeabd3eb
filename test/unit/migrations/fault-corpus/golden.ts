/** The database as the fault corpus compares it (see ../executor-corpus/snapshot.ts). */
export interface DatabaseState {
  readonly schema: readonly string[]
  readonly applied: readonly string[]
  readonly rows: Readonly<Record<string, readonly string[]>>
}

/** One injected failure: the statement (its `occurrence`-th run, from 0), Django's error and the database after. */
export interface FaultRecord extends DatabaseState {
  readonly sql: string
  readonly occurrence: number
  readonly error: string
}

/** A fault case as Django ran it: the clean run's error (empty when none) and database, then every fault. */
export interface FaultGolden {
  readonly error: string
  readonly clean: DatabaseState
  readonly faults: readonly FaultRecord[]
}
