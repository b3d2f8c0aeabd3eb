/** The commands the terminal completes, as `manage.py` spells them. */
export const COMMAND_NAMES = [
  'check',
  'dbshell',
  'help',
  'makemigrations',
  'migrate',
  'shell',
  'showmigrations',
  'sqlmigrate',
  'squashmigrations',
] as const

/** What completion knows about the project: app labels and migration names by app. */
export interface CompletionContext {
  readonly apps: readonly string[]
  readonly migrations: Readonly<Record<string, readonly string[]>>
}

function commonPrefix(words: readonly string[]): string {
  if (words.length === 0) return ''
  let prefix = words[0]!
  for (const word of words) while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1)
  return prefix
}

/**
 * Takes the line typed so far, returns the line completed as far as it is unambiguous and the
 * candidates (command names after `manage.py`, then app labels, then the app's migration names).
 */
export function complete(line: string, ctx: CompletionContext): { line: string; candidates: string[] } {
  const words = line.split(/\s+/)
  const current = words.at(-1) ?? ''
  const before = words.slice(0, -1)
  const managed = before.findIndex((word) => word === 'manage.py' || word === './manage.py')
  let pool: readonly string[]
  if (before.length === 0) pool = ['python manage.py', './manage.py']
  else if (managed < 0) pool = ['manage.py']
  else {
    const args = before.slice(managed + 1).filter((word) => !word.startsWith('-'))
    if (args.length === 0) pool = COMMAND_NAMES
    else if (args.length === 1) pool = ctx.apps
    else pool = [...(ctx.migrations[args[1]!] ?? []), 'zero']
  }
  const candidates = pool.filter((word) => word.startsWith(current))
  const completed = candidates.length === 1 ? `${candidates[0]} ` : commonPrefix(candidates) || current
  return { line: [...before, completed].join(' '), candidates }
}
