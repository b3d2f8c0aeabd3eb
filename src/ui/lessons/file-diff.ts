/** A file-by-file, line-by-line difference between the learner's files and a lesson's solution. */
import { withoutGeneratedTime } from '../../engine/lessons/generated-header'

/** One line of a file's diff: kept, only in the learner's file (removed) or only in the solution (added). */
export interface DiffLine {
  readonly kind: 'same' | 'removed' | 'added'
  readonly text: string
}

/** One file that applying the solution would change. */
export interface FileDiff {
  readonly path: string
  readonly change: 'added' | 'removed' | 'changed'
  readonly lines: readonly DiffLine[]
}

function lineDiff(before: string, after: string): DiffLine[] {
  const a = before === '' ? [] : before.replace(/\n$/, '').split('\n')
  const b = after === '' ? [] : after.replace(/\n$/, '').split('\n')
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lengths[i]![j] =
        a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!)
  const out: DiffLine[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i++]! })
      j++
    } else if (i < a.length && (j >= b.length || lengths[i + 1]![j]! >= lengths[i]![j + 1]!))
      out.push({ kind: 'removed', text: a[i++]! })
    else out.push({ kind: 'added', text: b[j++]! })
  }
  return out
}

/** The files that differ between `mine` and `solution` (beyond a migration's generated time), sorted by path, each with its line diff. */
export function diffFiles(
  mine: Readonly<Record<string, string>>,
  solution: Readonly<Record<string, string>>,
): FileDiff[] {
  const paths = [...new Set([...Object.keys(mine), ...Object.keys(solution)])].sort()
  return paths.flatMap((path): FileDiff[] => {
    const before = mine[path]
    const after = solution[path]
    if (
      before === after ||
      (before !== undefined &&
        after !== undefined &&
        withoutGeneratedTime(before) === withoutGeneratedTime(after))
    )
      return []
    const change = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed'
    return [{ path, change, lines: lineDiff(before ?? '', after ?? '') }]
  })
}
