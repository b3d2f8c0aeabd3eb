import { md5 } from 'js-md5'

/** Django's `names_digest`: the md5 of the arguments concatenated, as hex, cut to `length` characters. */
export function namesDigest(parts: readonly string[], length: number): string {
  const hash = md5.create()
  for (const part of parts) hash.update(part)
  return hash.hex().slice(0, length)
}

const MAX_NAME_LENGTH = 200

/**
 * The name Django gives an index or unique constraint it names itself (`_create_index_name`):
 * `<table>_<columns joined by _>_<md5 of table and columns, 8 hex><suffix>`, shortened to 200 characters.
 */
export function createIndexName(table: string, columns: readonly string[], suffix = ''): string {
  let hashPart = `${namesDigest([table, ...columns], 8)}${suffix}`
  const full = `${table}_${columns.join('_')}_${hashPart}`
  if (full.length <= MAX_NAME_LENGTH) return full
  if (hashPart.length > MAX_NAME_LENGTH / 3) hashPart = hashPart.slice(0, Math.floor(MAX_NAME_LENGTH / 3))
  const other = Math.floor((MAX_NAME_LENGTH - hashPart.length) / 2) - 1
  let name = `${table.slice(0, other)}_${columns.join('_').slice(0, other)}_${hashPart}`
  if (name[0] === '_' || /^\d/.test(name)) name = `D${name.slice(0, -1)}`
  return name
}
