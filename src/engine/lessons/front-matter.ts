/**
 * A lesson.md's YAML front matter (between `---` lines at the top) read with the `yaml` package, keeping
 * each value's line so that mistakes are reported where the author made them.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml'
import { LessonFormatError } from './lesson-error'

/** The front matter as YAML values, the Markdown body, and a way to find the file line of any value. */
export interface FrontMatter {
  readonly data: Readonly<Record<string, unknown>>
  readonly body: string
  /** The 1-based line in lesson.md where the body starts. */
  readonly bodyLine: number
  /** The 1-based line in lesson.md of the value at `path` (keys and list indexes), or of the front matter's start. */
  lineOf(path: readonly (string | number)[]): number
}

/** Splits lesson.md (named `file` in errors) into front matter and body; throws LessonFormatError. */
export function readFrontMatter(file: string, text: string): FrontMatter {
  const lines = text.split('\n')
  if (lines[0]?.trimEnd() !== '---')
    throw new LessonFormatError(file, 1, "lesson.md must start with '---' and YAML front matter")
  const end = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---')
  if (end < 0) throw new LessonFormatError(file, 1, "the front matter has no closing '---' line")
  const yamlText = lines.slice(1, end).join('\n')
  const counter = new LineCounter()
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true })
  const lineAt = (offset: number): number => counter.linePos(offset).line + 1
  const firstError = doc.errors[0]
  if (firstError !== undefined)
    throw new LessonFormatError(
      file,
      lineAt(firstError.pos[0]),
      `bad YAML: ${firstMessageLine(firstError.message)}`,
    )
  if (!isMap(doc.contents))
    throw new LessonFormatError(file, 2, 'the front matter must be a YAML mapping (title: …, checks: …)')
  visit(doc, {
    Pair(_, pair) {
      // Keys are names: `null: false` in a check means the key "null", not YAML's null value.
      if (isScalar(pair.key) && typeof pair.key.value !== 'string' && pair.key.source !== undefined)
        pair.key.value = pair.key.source
    },
  })
  const data = doc.toJS() as Record<string, unknown>
  return {
    data,
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
    lineOf: (path) => lineOfPath(doc, path, lineAt),
  }
}

function firstMessageLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
}

function lineOfPath(
  doc: Document,
  path: readonly (string | number)[],
  lineAt: (offset: number) => number,
): number {
  for (let length = path.length; length > 0; length--) {
    const node: unknown = doc.getIn(path.slice(0, length), true)
    const range = (node as { range?: [number, number, number] } | undefined)?.range
    if (range !== undefined) return lineAt(range[0])
    const parent: unknown = doc.getIn(path.slice(0, length - 1), true)
    if (isMap(parent)) {
      const pair = parent.items.find(
        (item) => String((item.key as { value?: unknown })?.value) === String(path[length - 1]),
      )
      const keyRange = (pair?.key as { range?: [number, number, number] } | undefined)?.range
      if (keyRange !== undefined) return lineAt(keyRange[0])
    }
    if (isSeq(parent) && parent.range !== undefined && parent.range !== null) return lineAt(parent.range[0])
  }
  return 1
}
