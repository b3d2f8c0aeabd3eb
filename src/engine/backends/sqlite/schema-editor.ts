import type { SqliteConnection, SqlValue } from '../../connection'
import { databaseError } from './database-errors'
import { type DeferredStatement, deferredSql, renameColumnReference, renameTableReference } from './deferred'
import type { DefaultContext } from './effective-default'
import { inlineParams, type DbValue, toSqlValue } from './quote'

/** How a schema editor is opened: on a connection, executing or collecting SQL (sqlmigrate), atomically or not. */
export interface SchemaEditorOptions {
  readonly connection: SqliteConnection
  /** Collect the SQL instead of running it (sqlmigrate); introspection still reads the database. */
  readonly collectSql: boolean
  /** Whether the editor's block is one transaction (`Migration.atomic`). */
  readonly atomic: boolean
  readonly defaults: DefaultContext
}

/**
 * The state of Django's SQLite schema editor for one block: the SQL it runs (or collects) and the
 * statements deferred to the end of the block. The DDL operations live in schema-*.ts as functions
 * taking the editor.
 */
export class SqliteSchemaEditor {
  readonly connection: SqliteConnection
  readonly collectSql: boolean
  readonly atomicMigration: boolean
  readonly defaults: DefaultContext
  /** Statements to run when the block ends (indexes of new tables), in order. */
  deferred: DeferredStatement[] = []
  /**
   * Whether a rebuilt table's new or altered columns go last (true) or right after its auto-created key
   * (false). Django orders a rebuilt model's fields by creation: under `migrate` forwards the target
   * state's fields are the newest; in sqlmigrate's first operation and whenever unapplying they are
   * the oldest.
   */
  statesRendered = true
  /** In collect mode: every statement, each ending with `;`, plus sqlmigrate's comment lines. */
  readonly collected: string[] = []

  /** Takes the editor options. */
  constructor(options: SchemaEditorOptions) {
    this.connection = options.connection
    this.collectSql = options.collectSql
    this.atomicMigration = options.atomic
    this.defaults = options.defaults
  }

  /**
   * Runs one statement (or collects it with its parameters inlined). `%s` marks parameters; without
   * parameters the SQL is run exactly as written. SQLite errors become Django's database errors.
   */
  execute(sql: string, params: readonly DbValue[] | null = null): void {
    if (this.collectSql) {
      this.collected.push(`${inlineParams(sql, params)}${sql.trimEnd().endsWith(';') ? '' : ';'}`)
      return
    }
    this.run(sql, params)
  }

  /** Runs a statement on the database even in collect mode (introspection), returning its rows. */
  run(sql: string, params: readonly DbValue[] | null = null): (readonly SqlValue[])[] {
    const text = params === null ? sql : sql.replace(/%%|%s/g, (t) => (t === '%%' ? '%' : '?'))
    try {
      return this.connection.query(text, params === null ? [] : params.map(toSqlValue))
        .rows as (readonly SqlValue[])[]
    } catch (error) {
      throw databaseError(error)
    }
  }

  /** Adds statements to run at the end of the block. */
  defer(statements: readonly DeferredStatement[]): void {
    this.deferred.push(...statements)
  }

  /** Runs (or collects) every deferred statement and forgets them. */
  flushDeferred(): void {
    const pending = this.deferred
    this.deferred = []
    for (const statement of pending) this.execute(deferredSql(statement))
  }

  /** Forgets deferred statements about `table` (it was dropped). */
  forgetTable(table: string): void {
    this.deferred = this.deferred.filter((s) => s.table !== table)
  }

  /** Forgets deferred statements about column `column` of `table` (it was dropped). */
  forgetColumn(table: string, column: string): void {
    this.deferred = this.deferred.filter((s) => !(s.table === table && s.columns.includes(column)))
  }

  /** Points deferred statements at a renamed table. */
  renameTable(oldTable: string, newTable: string): void {
    this.deferred = this.deferred.map((s) => renameTableReference(s, oldTable, newTable))
  }

  /** Points deferred statements at a renamed column. */
  renameColumn(table: string, oldColumn: string, newColumn: string): void {
    this.deferred = this.deferred.map((s) => renameColumnReference(s, table, oldColumn, newColumn))
  }
}
