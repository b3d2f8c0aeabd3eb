/**
 * Takes a `models.py` source, a model name and optionally a field name; returns the 1-based line that
 * defines `Model` or `Model.field` (the model's line when the field is not found, 1 when the model is not).
 */
export function definitionLine(source: string, model: string, field: string | undefined): number {
  const lines = source.split('\n')
  const start = lines.findIndex((text) => new RegExp(`^class\\s+${model}\\b`).test(text))
  if (start < 0) return 1
  if (field === undefined) return start + 1
  for (let i = start + 1; i < lines.length && !/^\S/.test(lines[i]!); i++) {
    if (new RegExp(`^\\s+${field}\\s*[=:]`).test(lines[i]!)) return i + 1
  }
  return start + 1
}
