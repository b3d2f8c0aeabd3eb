/** A migration node's key: `(app_label, migration_name)`. */
export type MigrationKey = readonly [app: string, name: string]

/** Python's repr of a key tuple: `('library', '0001_initial')`. */
export function reprKey(key: MigrationKey): string {
  return `(${pyRepr(key[0])}, ${pyRepr(key[1])})`
}

/** Python's repr of a str (single quotes unless the text holds one and no double quote). */
export function pyRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'"
  let out = quote
  for (const ch of text) {
    if (ch === '\\') out += '\\\\'
    else if (ch === quote) out += `\\${ch}`
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)
      out += `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`
    else out += ch
  }
  return out + quote
}

/**
 * An error that Django raises as a Python exception: `pythonName` is the qualified class name a traceback's
 * last line shows (`django.db.migrations.exceptions.NodeNotFoundError: <message>`).
 */
export abstract class DjangoException extends Error {
  abstract readonly pythonName: string

  /** The last line of the traceback Python prints for this error. */
  tracebackLine(): string {
    return this.message === '' ? this.pythonName : `${this.pythonName}: ${this.message}`
  }
}

/** A migration depends on a node the graph does not hold (Django's NodeNotFoundError, a LookupError). */
export class NodeNotFoundError extends DjangoException {
  override readonly name = 'NodeNotFoundError'
  readonly pythonName = 'django.db.migrations.exceptions.NodeNotFoundError'
  /** Takes the message, the missing node and the migration that referenced it (when known). */
  constructor(
    message: string,
    readonly node: MigrationKey,
    readonly origin: string | null = null,
  ) {
    super(message)
  }
}

/** The graph has a cycle; the message lists its nodes as `app.name, …`. */
export class CircularDependencyError extends DjangoException {
  override readonly name = 'CircularDependencyError'
  readonly pythonName = 'django.db.migrations.exceptions.CircularDependencyError'
}

/** A migration is recorded as applied while one of its dependencies is not. */
export class InconsistentMigrationHistory extends DjangoException {
  override readonly name = 'InconsistentMigrationHistory'
  readonly pythonName = 'django.db.migrations.exceptions.InconsistentMigrationHistory'
}

/** A migration name prefix matches more than one migration. */
export class AmbiguityError extends DjangoException {
  override readonly name = 'AmbiguityError'
  readonly pythonName = 'django.db.migrations.exceptions.AmbiguityError'
}

/** An operation without a reverse was asked to unapply. */
export class IrreversibleError extends DjangoException {
  override readonly name = 'IrreversibleError'
  readonly pythonName = 'django.db.migrations.exceptions.IrreversibleError'
}

/** A plan mixes forwards and backwards steps. */
export class InvalidMigrationPlan extends DjangoException {
  override readonly name = 'InvalidMigrationPlan'
  readonly pythonName = 'django.db.migrations.exceptions.InvalidMigrationPlan'
}

/** Python's KeyError raised by a prefix lookup that matched nothing (its repr quotes the message). */
export class MigrationKeyError extends DjangoException {
  override readonly name = 'MigrationKeyError'
  readonly pythonName = 'KeyError'
  override tracebackLine(): string {
    return `KeyError: ${pyRepr(this.message)}`
  }
}

/** Python's ValueError, as the loader raises for a dependency on an app it cannot resolve. */
export class MigrationValueError extends DjangoException {
  override readonly name = 'MigrationValueError'
  readonly pythonName = 'ValueError'
}

/** A field named by a migration's index, constraint or `to_field` is not on the model (Django's FieldDoesNotExist). */
export class MigrationFieldDoesNotExist extends DjangoException {
  override readonly name = 'MigrationFieldDoesNotExist'
  readonly pythonName = 'django.core.exceptions.FieldDoesNotExist'
}
