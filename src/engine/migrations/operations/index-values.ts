import type { Deconstructed } from '../../models/deconstructed'

/** The kwarg `name` of a `deconstructible` value (an Index, a constraint), or undefined. */
export function deconstructibleKwarg(value: Deconstructed, name: string): Deconstructed | undefined {
  if (value.kind !== 'deconstructible') return undefined
  for (const [key, v] of value.kwargs) if (key === name) return v
  return undefined
}

/** The items of a list/tuple/set value; [] for anything else (including undefined). */
export function itemsOf(value: Deconstructed | undefined): readonly Deconstructed[] {
  if (value === undefined) return []
  if (value.kind === 'list' || value.kind === 'tuple' || value.kind === 'set' || value.kind === 'frozenset') {
    return value.items
  }
  return []
}

/** The text of a `str` value; '' for anything else. */
export function stringOf(value: Deconstructed | undefined): string {
  return value !== undefined && value.kind === 'str' ? value.value : ''
}

/** The name of an index or constraint (its `name` kwarg). */
export function indexName(value: Deconstructed): string {
  return stringOf(deconstructibleKwarg(value, 'name'))
}

/** Returns a copy of a `deconstructible` value with kwarg `name` set (appended when new). */
export function withDeconstructibleKwarg(
  value: Deconstructed,
  name: string,
  v: Deconstructed,
): Deconstructed {
  if (value.kind !== 'deconstructible') return value
  const kwargs = value.kwargs.some(([k]) => k === name)
    ? value.kwargs.map(([k, old]) => [k, k === name ? v : old] as const)
    : [...value.kwargs, [name, v] as const]
  return { ...value, kwargs }
}

/**
 * The text Python's `str()` gives for a query expression, as index descriptions show it:
 * `F(title)`, `Lower(F(title))`, `Value('x')`.
 */
export function expressionText(value: Deconstructed): string {
  switch (value.kind) {
    case 'str':
      return `F(${value.value})`
    case 'deconstructible': {
      const cls = value.path.slice(value.path.lastIndexOf('.') + 1)
      if (cls === 'F') return `F(${stringOf(value.args[0])})`
      if (cls === 'Value') {
        const inner = value.args[0]
        return `Value(${inner !== undefined && inner.kind === 'str' ? `'${inner.value}'` : inner !== undefined && inner.kind === 'int' ? String(inner.value) : ''})`
      }
      return `${cls}(${value.args.map(expressionText).join(', ')})`
    }
    case 'int':
      return String(value.value)
    default:
      return value.kind
  }
}
