/** A seeded pseudo-random source (mulberry32) and the input mutations the fuzz runner applies. */

/** Draws numbers from a seed: the same seed gives the same sequence. */
export class RandomSource {
  private state: number

  /** Takes a 32-bit seed. */
  constructor(seed: number) {
    this.state = seed >>> 0
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** An integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n)
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)]!
  }
}

/** Fragments that tend to reach odd corners of Python, Django and scenario parsing. */
const TOKENS = [
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ':',
  ',',
  '.',
  '=',
  '==',
  '\n',
  '\n    ',
  '    ',
  '#',
  '"',
  "'",
  '"""',
  '\\',
  'None',
  'True',
  '0',
  '-1',
  '1e309',
  '10**100',
  'lambda: 0',
  'yield',
  'await',
  'def ',
  'class ',
  'import ',
  'from ',
  'return',
  'raise',
  'del ',
  '*',
  '**',
  '@',
  '...',
  'models.',
  'migrations.',
  'Model',
  'Migration',
  'CharField(max_length=',
  'ForeignKey(',
  'on_delete=models.CASCADE',
  'operations',
  'dependencies',
  "('shop', '0001_initial')",
  'AddField(',
  'RunPython(',
  'RunSQL(',
  '@@ run ',
  '@@ write ',
  '@@ sql\n',
  '@@ stdin\n',
  'migrate',
  'makemigrations',
  '\u00e9',
  '\u0000',
  '\t',
  '\r\n',
  '\ud800',
  '😀',
]

/** Takes a text and a random source; returns the text with one to four random edits applied. */
export function mutate(text: string, random: RandomSource): string {
  let out = text
  const edits = 1 + random.below(4)
  for (let i = 0; i < edits; i++) {
    const at = random.below(out.length + 1)
    const span = 1 + random.below(12)
    switch (random.below(6)) {
      case 0:
        out = out.slice(0, at) + out.slice(at + span)
        break
      case 1:
        out = out.slice(0, at) + random.pick(TOKENS) + out.slice(at)
        break
      case 2:
        out = out.slice(0, at) + out.slice(at, at + span) + out.slice(at)
        break
      case 3:
        out = out.slice(0, at) + String.fromCharCode(32 + random.below(95)) + out.slice(at + 1)
        break
      case 4: {
        const lines = out.split('\n')
        const line = random.below(lines.length)
        lines.splice(line, 1)
        out = lines.join('\n')
        break
      }
      default: {
        const lines = out.split('\n')
        const a = random.below(lines.length)
        const b = random.below(lines.length)
        ;[lines[a], lines[b]] = [lines[b]!, lines[a]!]
        out = lines.join('\n')
      }
    }
  }
  return out
}

/** Takes a random source; returns a short text of random tokens (fully random input). */
export function randomTokens(random: RandomSource): string {
  const count = 1 + random.below(30)
  let out = ''
  for (let i = 0; i < count; i++) out += random.pick(TOKENS)
  return out
}
