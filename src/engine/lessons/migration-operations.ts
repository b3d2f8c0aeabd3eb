/**
 * The top-level operations of a migration file, read from its text: the `migrations.Name(` calls directly
 * inside `operations = [ … ]`, skipping strings, comments and nested calls (SeparateDatabaseAndState's).
 */

/** The operation class names of the file's `operations` list in order, or null when it has none. */
export function migrationOperations(source: string): string[] | null {
  const start = /^\s*operations\s*=\s*\[/m.exec(source)
  if (start === null) return null
  const names: string[] = []
  let depth = 1
  let i = start.index + start[0].length
  while (i < source.length && depth > 0) {
    const c = source[i]!
    if (c === '#') {
      const end = source.indexOf('\n', i)
      i = end < 0 ? source.length : end
      continue
    }
    if (c === '"' || c === "'") {
      i = skipString(source, i)
      continue
    }
    if (c === '(' || c === '[' || c === '{') depth++
    else if (c === ')' || c === ']' || c === '}') depth--
    else if (depth === 1) {
      const call = /^(?:migrations\.)?([A-Z]\w*)\s*\(/.exec(source.slice(i, i + 80))
      if (call !== null && !/[\w.]/.test(source[i - 1] ?? '')) {
        names.push(call[1]!)
        i += call[0].length
        depth++
        continue
      }
    }
    i++
  }
  return names
}

function skipString(source: string, at: number): number {
  const quote = source[at]!
  const triple = source.startsWith(quote.repeat(3), at)
  const close = triple ? quote.repeat(3) : quote
  let i = at + close.length
  while (i < source.length) {
    if (source[i] === '\\') {
      i += 2
      continue
    }
    if (source.startsWith(close, i)) return i + close.length
    if (!triple && source[i] === '\n') return i
    i++
  }
  return i
}

/** Whether `name` matches a glob of `*` (any characters) and `?` (one character). */
export function globMatches(glob: string, name: string): boolean {
  const pattern = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  return new RegExp(`^${pattern}$`).test(name)
}
