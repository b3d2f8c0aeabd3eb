/** What a line typed in the terminal asks for: a manage.py command, a hint for a near miss, or nothing. */
export type ParsedLine =
  | { readonly kind: 'manage'; readonly argv: string[] }
  | { readonly kind: 'hint'; readonly message: string }
  | { readonly kind: 'empty' }

/** Splits a line into words as a POSIX shell does for quotes and backslashes. */
export function shellWords(line: string): string[] {
  const words: string[] = []
  let word = ''
  let started = false
  let quote: '"' | "'" | null = null
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!
    if (quote !== null) {
      if (char === quote) quote = null
      else if (char === '\\' && quote === '"' && i + 1 < line.length) word += line[++i]
      else word += char
    } else if (char === '"' || char === "'") {
      quote = char
      started = true
    } else if (char === '\\' && i + 1 < line.length) {
      word += line[++i]
      started = true
    } else if (/\s/.test(char)) {
      if (started) words.push(word)
      word = ''
      started = false
    } else {
      word += char
      started = true
    }
  }
  if (started) words.push(word)
  return words
}

/**
 * Takes a terminal line, returns the manage.py argv for `python manage.py …`, `python3 manage.py …` and
 * `./manage.py …`, or a friendly hint for anything else.
 */
export function parseLine(line: string): ParsedLine {
  const words = shellWords(line.trim())
  if (words.length === 0) return { kind: 'empty' }
  const [first, second, ...rest] = words
  if ((first === 'python' || first === 'python3') && second === 'manage.py')
    return { kind: 'manage', argv: rest }
  if (first === './manage.py' || first === 'manage.py') return { kind: 'manage', argv: words.slice(1) }
  if ((first === 'python' || first === 'python3') && second !== undefined) {
    return {
      kind: 'hint',
      message: `python: can't open file '${second}': [Errno 2] No such file or directory\nHint: Django's commands go through manage.py: try \`python manage.py ${[second, ...rest].join(' ')}\`.\n`,
    }
  }
  if (first === 'django-admin') return { kind: 'manage', argv: words.slice(1) }
  return {
    kind: 'hint',
    message: `${first}: command not found\nHint: this terminal runs \`python manage.py <command>\` (try \`python manage.py help\`).\n`,
  }
}
