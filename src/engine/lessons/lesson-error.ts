/**
 * A mistake in a lesson's files, reported as `file:line: what is wrong` (the line is omitted when the mistake
 * is a missing file or folder).
 */
export class LessonFormatError extends Error {
  override readonly name = 'LessonFormatError'
  /** Takes the file (relative to the repository, e.g. `lessons/01-the-orm/01-x/lesson.md`), the 1-based line or null, and the detail. */
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly detail: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${detail}`)
  }
}
