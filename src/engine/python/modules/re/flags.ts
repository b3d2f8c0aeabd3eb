/** The flag bits of Python's `re` module, as `re.IGNORECASE` etc. carry them. */
export const RE_FLAGS = {
  TEMPLATE: 1,
  IGNORECASE: 2,
  LOCALE: 4,
  MULTILINE: 8,
  DOTALL: 16,
  UNICODE: 32,
  VERBOSE: 64,
  DEBUG: 128,
  ASCII: 256,
} as const

/** The one-letter aliases (`re.I`) next to the long names. */
export const RE_FLAG_ALIASES: Readonly<Record<string, keyof typeof RE_FLAGS>> = {
  T: 'TEMPLATE',
  I: 'IGNORECASE',
  L: 'LOCALE',
  M: 'MULTILINE',
  S: 'DOTALL',
  U: 'UNICODE',
  X: 'VERBOSE',
  A: 'ASCII',
}

/** Inline flag letters as `(?aiLmsux)` spells them. */
export const INLINE_FLAGS: Readonly<Record<string, number>> = {
  a: RE_FLAGS.ASCII,
  i: RE_FLAGS.IGNORECASE,
  L: RE_FLAGS.LOCALE,
  m: RE_FLAGS.MULTILINE,
  s: RE_FLAGS.DOTALL,
  u: RE_FLAGS.UNICODE,
  x: RE_FLAGS.VERBOSE,
}

/** `re.IGNORECASE|re.MULTILINE`: the flag names of a value as `repr(re.compile(...))` lists them (UNICODE omitted). */
export function flagNames(flags: number): string {
  const names: string[] = []
  let rest = flags & ~RE_FLAGS.UNICODE
  for (const name of [
    'TEMPLATE',
    'IGNORECASE',
    'LOCALE',
    'MULTILINE',
    'DOTALL',
    'UNICODE',
    'VERBOSE',
    'DEBUG',
    'ASCII',
  ] as const) {
    const bit = RE_FLAGS[name]
    if (rest & bit) {
      names.push(`re.${name}`)
      rest &= ~bit
    }
  }
  if (rest) names.push(`0x${rest.toString(16)}`)
  return names.join('|')
}
