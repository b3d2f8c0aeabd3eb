/** A system check result (Django's `CheckMessage`): level, the object it is about, text, id, hint. */
export interface CheckMessage {
  readonly level: 'error' | 'warning'
  /** `app.Model.field` or `app.Model`. */
  readonly obj: string
  readonly msg: string
  readonly id: string
  readonly hint?: string
}

/** Takes a message, returns the line Django prints for it (`obj: (id) msg`, then `\tHINT: …`). */
export function formatCheckMessage(m: CheckMessage): string {
  return `${m.obj}: (${m.id}) ${m.msg}${m.hint !== undefined ? `\n\tHINT: ${m.hint}` : ''}`
}

/**
 * Takes every check message, returns Django's report body: `System check identified some issues:` then
 * the `ERRORS:` and `WARNINGS:` groups with their lines sorted, or '' when there are none.
 */
export function formatCheckReport(messages: readonly CheckMessage[]): string {
  if (messages.length === 0) return ''
  let body = ''
  for (const [level, title] of [
    ['error', 'ERRORS'],
    ['warning', 'WARNINGS'],
  ] as const) {
    const lines = messages
      .filter((m) => m.level === level)
      .map(formatCheckMessage)
      .sort()
    if (lines.length > 0) body += `\n${title}:\n${lines.join('\n')}\n`
  }
  return `System check identified some issues:\n${body}`
}

/** `System check identified N issue(s) (0 silenced).` */
export function issueCountLine(count: number): string {
  if (count === 0) return 'System check identified no issues (0 silenced).'
  return `System check identified ${count} issue${count === 1 ? '' : 's'} (0 silenced).`
}
