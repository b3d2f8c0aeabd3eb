import { namesDigest } from '../backends/sqlite/names'

/** Raised when an automatic index name would be too long (Django's ValueError in `set_name_with_model`). */
export class IndexNameTooLongError extends Error {
  override readonly name = 'ValueError'
}

/**
 * The name Django gives a `Meta.indexes` entry declared without one (`Index.set_name_with_model`):
 * `<table[:11]>_<first column[:7]>_<md5 digest[:6]>_<suffix>`, a leading `_` or digit replaced by `D`.
 * Takes the table name (without a schema), the columns in the index's order with `-` for descending
 * ones, and the suffix (`idx` for Index).
 */
export function autoIndexName(tableName: string, columns: readonly string[], suffix = 'idx'): string {
  const plain = columns.map((c) => (c.startsWith('-') ? c.slice(1) : c))
  const digest = namesDigest([tableName, ...columns, suffix], 6)
  let name = `${tableName.slice(0, 11)}_${(plain[0] ?? '').slice(0, 7)}_${digest}_${suffix}`
  if (name.length > 30) {
    throw new IndexNameTooLongError(
      `Index too long for multiple database support. Is self.suffix longer than 3 characters?`,
    )
  }
  if (name[0] === '_' || /[0-9]/.test(name[0] ?? '')) name = `D${name.slice(1)}`
  return name
}

/**
 * Django's `Options.DEFAULT_NAMES`: the Meta options in the order `ModelState.from_model` records the
 * ones a model sets (the bridge builds `ModelState.options` in this order; `indexes` and `constraints`
 * last, as ModelState adds them).
 */
export const META_OPTION_ORDER: readonly string[] = [
  'verbose_name',
  'verbose_name_plural',
  'db_table',
  'db_table_comment',
  'ordering',
  'unique_together',
  'permissions',
  'get_latest_by',
  'order_with_respect_to',
  'app_label',
  'db_tablespace',
  'abstract',
  'managed',
  'proxy',
  'swappable',
  'auto_created',
  'apps',
  'default_permissions',
  'select_on_save',
  'default_related_name',
  'required_db_features',
  'required_db_vendor',
  'base_manager_name',
  'default_manager_name',
  'indexes',
  'constraints',
]
