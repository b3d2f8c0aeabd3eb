import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { listSnippets, readSource } from './corpus'
import type { SandboxOutcome } from './python-sandbox'

/** One generated program of the fuzz test. */
export interface FuzzCase {
  /** Stable identifier, e.g. `mutation-17 (stray bracket in strings/escapes.py)`. */
  readonly id: string
  readonly source: string
}

/** A deterministic pseudo-random source (mulberry32): the same seed gives the same programs. */
export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [0, n). */
  below(n: number): number
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T
}

/** Creates a seeded random source. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const below = (n: number): number => Math.floor(next() * n)
  return { next, below, pick: (items) => items[below(items.length)]! }
}

type Mutation = (lines: string[], random: Random) => string[]

const STRAY = [
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ':',
  ',',
  '"',
  "'",
  '"""',
  '\\',
  '=',
  '@',
  '.',
  '**',
  'lambda',
  'yield',
  ' ',
]
const TOKENS = [
  'if',
  'else',
  'def',
  'class',
  'return',
  'for',
  'in',
  'not',
  'and',
  '+',
  '-',
  '*',
  '/',
  '%',
  '==',
  ':=',
  '1',
  'x',
  'None',
  '...',
]

/** The mutations applied to corpus snippets, by name. */
const MUTATIONS: Readonly<Record<string, Mutation>> = {
  'truncated line': (lines, random) => {
    const i = random.below(lines.length)
    const line = lines[i]!
    return [...lines.slice(0, i), line.slice(0, random.below(line.length + 1)), ...lines.slice(i + 1)]
  },
  'truncated program': (lines, random) => lines.slice(0, 1 + random.below(lines.length)),
  'cut mid-line': (lines, random) => {
    const i = random.below(lines.length)
    return [...lines.slice(0, i), lines[i]!.slice(0, random.below(lines[i]!.length + 1))]
  },
  'nested in blocks': (lines, random) => {
    const depth = 1 + random.below(120)
    const headers = ['if True:', 'for _ in range(1):', 'while True:', 'try:', 'with open:', 'def f():']
    const opened = Array.from({ length: depth }, (_, level) => ' '.repeat(level) + random.pick(headers))
    return [...opened, ...lines.map((line) => ' '.repeat(depth) + line)]
  },
  'stray bracket': (lines, random) => {
    const i = random.below(lines.length)
    const line = lines[i]!
    const at = random.below(line.length + 1)
    return [
      ...lines.slice(0, i),
      line.slice(0, at) + random.pick(STRAY) + line.slice(at),
      ...lines.slice(i + 1),
    ]
  },
  'bad indentation': (lines, random) => {
    const i = random.below(lines.length)
    const line = lines[i]!
    const changed = random.pick([
      '  ' + line,
      '\t' + line,
      line.replace(/^ +/, ''),
      line.replace(/^ {4}/, '  '),
      ' ' + line,
      line.replace(/^( *)/, '$1\t'),
    ])
    return [...lines.slice(0, i), changed, ...lines.slice(i + 1)]
  },
  'deleted line': (lines, random) => {
    const i = random.below(lines.length)
    return [...lines.slice(0, i), ...lines.slice(i + 1)]
  },
  'duplicated line': (lines, random) => {
    const i = random.below(lines.length)
    return [...lines.slice(0, i + 1), lines[i]!, ...lines.slice(i + 1)]
  },
  'swapped lines': (lines, random) => {
    const copy = [...lines]
    const i = random.below(copy.length)
    const j = random.below(copy.length)
    ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
    return copy
  },
  'inserted token': (lines, random) => {
    const i = random.below(lines.length)
    const line = lines[i]!
    const at = random.below(line.length + 1)
    return [
      ...lines.slice(0, i),
      `${line.slice(0, at)} ${random.pick(TOKENS)} ${line.slice(at)}`,
      ...lines.slice(i + 1),
    ]
  },
  'deleted character': (lines, random) => {
    const i = random.below(lines.length)
    const line = lines[i]!
    const at = random.below(Math.max(line.length, 1))
    return [...lines.slice(0, i), line.slice(0, at) + line.slice(at + 1), ...lines.slice(i + 1)]
  },
}

/** Mutates one snippet with one to three random mutations; returns the mutation names and new source. */
export function mutateSnippet(source: string, random: Random): { names: string[]; source: string } {
  let lines = source.replace(/\n$/, '').split('\n')
  const names: string[] = []
  const count = 1 + random.below(3)
  for (let k = 0; k < count && lines.length > 0; k++) {
    const name = random.pick(Object.keys(MUTATIONS))
    names.push(name)
    lines = MUTATIONS[name]!(lines, random)
  }
  return { names, source: lines.join('\n') + '\n' }
}

/** Programs at the interpreter's structural limits: deep nesting, huge literals, endless loops. */
export function extremePrograms(): FuzzCase[] {
  const nest = (open: string, inner: string, close: string, depth: number): string =>
    open.repeat(depth) + inner + close.repeat(depth)
  const indentedIfs = (depth: number): string =>
    Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}if True:`).join('\n') +
    `\n${' '.repeat(depth)}print('deep')\n`
  const nestedDefs = (depth: number): string =>
    Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}def f${i}():`).join('\n') +
    `\n${'  '.repeat(depth)}return ${depth}\n`
  const cases: [string, string][] = [
    ['parentheses nested 200 deep', `x = ${nest('(', '1', ')', 200)}\nprint(x)\n`],
    ['parentheses nested 1000 deep', `x = ${nest('(', '1', ')', 1000)}\nprint(x)\n`],
    ['lists nested 250 deep', `x = ${nest('[', '1', ']', 250)}\nprint(len(x))\n`],
    ['dicts nested 300 deep', `x = ${nest("{'k': ", '1', '}', 300)}\nprint(type(x))\n`],
    ['calls nested 300 deep', `def f(x):\n    return x\nprint(${nest('f(', '1', ')', 300)})\n`],
    ['unary minus 5000 times', `print(${'-'.repeat(5000)}1)\n`],
    ['not 3000 times', `print(${'not '.repeat(3000)}True)\n`],
    ['binary chain of 20000 terms', `print(${Array.from({ length: 20000 }, () => '1').join(' + ')})\n`],
    [
      'comparison chain of 2000 terms',
      `print(${Array.from({ length: 2000 }, (_, i) => String(i)).join(' < ')})\n`,
    ],
    ['if statements nested 120 deep', indentedIfs(120)],
    ['if statements nested 250 deep', indentedIfs(250)],
    ['function definitions nested 200 deep', nestedDefs(200)],
    ['lambdas nested 300 deep', `f = ${'lambda: '.repeat(300)}1\nprint(callable(f))\n`],
    [
      'attribute chain of 5000',
      `class A:\n    pass\na = A()\na.a = a\nprint(type(a${'.a'.repeat(5000)}).__name__)\n`,
    ],
    ['subscript chain of 3000', `x = [0]\nx[0] = x\nprint(len(x${'[0]'.repeat(3000)}))\n`],
    ['5000-digit int literal', `n = ${'9'.repeat(5000)}\nprint(len(str(n)) if False else n % 1000)\n`],
    ['int to str past the 4300 digit limit', `n = 10 ** 5000\nprint(str(n))\n`],
    ['huge power', `print(len(str(2 ** 10000)))\n`],
    ['1 MB string literal', `s = '${'x'.repeat(1 << 20)}'\nprint(len(s))\n`],
    ['10 MB string repetition', `s = 'ab' * (5 * 1024 * 1024)\nprint(len(s))\n`],
    [
      'list literal of 20000 elements',
      `x = [${Array.from({ length: 20000 }, (_, i) => i).join(', ')}]\nprint(sum(x))\n`,
    ],
    ['float literal overflow', `print(1e400, -1e400, 1e-400)\n`],
    ['long line of 100000 spaces', `x = 1${' '.repeat(100000)}\nprint(x)\n`],
    ['while True pass', `while True:\n    pass\n`],
    ['while 1 with arithmetic', `i = 0\nwhile 1:\n    i += 1\n`],
    ['for over itertools.count', `import itertools\nfor i in itertools.count():\n    pass\n`],
    [
      'infinite generator consumed by list',
      `def g():\n    while True:\n        yield 1\nprint(len(list(g())))\n`,
    ],
    ['infinite iter(callable, sentinel)', `print(list(iter(int, 1)))\n`],
    ['runaway recursion', `def f():\n    return f()\nf()\n`],
    [
      'runaway mutual recursion in methods',
      `class A:\n    def a(self):\n        return self.b()\n    def b(self):\n        return self.a()\nA().a()\n`,
    ],
    [
      'recursion through __getattr__',
      `class A:\n    def __getattr__(self, name):\n        return self.missing\nA().x\n`,
    ],
    [
      'recursion through __eq__',
      `class A:\n    def __eq__(self, other):\n        return self == other\nprint(A() == A())\n`,
    ],
    [
      'recursion inside except',
      `def f():\n    try:\n        f()\n    except RecursionError:\n        f()\nf()\n`,
    ],
    [
      'catching RecursionError then continuing',
      `def f(n):\n    return f(n + 1)\nfor _ in range(3):\n    try:\n        f(0)\n    except RecursionError as e:\n        print('caught', e)\n`,
    ],
    [
      'infinite loop inside try/finally',
      `try:\n    while True:\n        pass\nfinally:\n    print('finally')\n`,
    ],
    [
      'infinite loop swallowed by bare except',
      `while True:\n    try:\n        while True:\n            pass\n    except:\n        pass\n`,
    ],
    ['deep data structure repr', `x = []\nfor _ in range(100000):\n    x = [x]\nprint(repr(x)[:10])\n`],
    ['self-referential repr and eq', `a = []\na.append(a)\nprint(a, a == a)\nd = {}\nd[1] = d\nprint(d)\n`],
    [
      'deeply nested match patterns',
      `x = 1\nfor _ in range(150):\n    x = [x]\nmatch x:\n    case ${'['.repeat(150)}1${']'.repeat(150)}:\n        print('deep')\n`,
    ],
    [
      'match statement in an endless loop',
      `n = 0\nwhile True:\n    match n % 3:\n        case 0 | 1:\n            n += 1\n        case _:\n            n -= 1\n`,
    ],
    [
      'match and case as ordinary names',
      `match, case = 1, 2\nmatch = [match, case]\nprint(match(0) if callable(match) else match)\n`,
    ],
    ['unfinished match statement', `match x:\n    case [1, 2\n`],
    ['empty program', ''],
    ['only comments and blank lines', '# nothing\n\n   \n# more\n'],
    ['no trailing newline', `print('x')`],
    ['CRLF line endings', `x = 1\r\nif x:\r\n    print(x)\r\n`],
    ['form feed and tabs', `\fx = 1\nif x:\n\tprint(x)\n`],
    ['NUL byte in source', `print(1)\x00\n`],
    ['lone surrogate escape', `print(len('\\ud800'))\n`],
    ['unicode identifiers', `café = 1\nπ = 3.14\nprint(café, π)\n`],
    ['BOM at start', `\ufeffprint('bom')\n`],
  ]
  return cases.map(([id, source]) => ({ id: `extreme: ${id}`, source }))
}

const NAMES = ['x', 'y', 'items', 'total', 'f', 'Klass', 'len', 'print', 'range', 'str', 'None', 'True']
const BINOPS = [
  '+',
  '-',
  '*',
  '/',
  '//',
  '%',
  '**',
  '==',
  '!=',
  '<',
  '>=',
  'and',
  'or',
  'in',
  'is',
  '&',
  '|',
  '^',
  '<<',
]

/** A random expression of bounded depth over a small vocabulary. */
function randomExpression(random: Random, depth: number): string {
  if (depth <= 0 || random.next() < 0.3)
    return random.pick([
      String(random.below(100) - 50),
      `${random.below(10)}.${random.below(10)}`,
      `'s${random.below(5)}'`,
      random.pick(NAMES),
      '[]',
      '{}',
      '()',
      `10 ** ${random.below(40)}`,
    ])
  const sub = (): string => randomExpression(random, depth - 1)
  switch (random.below(9)) {
    case 0:
      return `(${sub()} ${random.pick(BINOPS)} ${sub()})`
    case 1:
      return `${random.pick(['-', 'not ', '~'])}${sub()}`
    case 2:
      return `${random.pick(NAMES)}(${sub()})`
    case 3:
      return `[${sub()}, ${sub()}]`
    case 4:
      return `{${sub()}: ${sub()}}`
    case 5:
      return `${sub()}[${sub()}]`
    case 6:
      return `${sub()}.${random.pick(['append', 'upper', 'keys', 'real', 'nope', '__class__'])}`
    case 7:
      return `(${sub()} if ${sub()} else ${sub()})`
    default:
      return `[${random.pick(['v', 'w'])} for v in ${sub()} if ${sub()}]`
  }
}

/** A random statement block (lines with the given indent) of bounded depth. */
function randomBlock(random: Random, indent: string, depth: number): string[] {
  const lines: string[] = []
  const count = 1 + random.below(4)
  for (let k = 0; k < count; k++) {
    const expr = (): string => randomExpression(random, 3)
    const nested = (header: string): string[] =>
      depth <= 0
        ? [`${indent}${header}`, `${indent}    pass`]
        : [`${indent}${header}`, ...randomBlock(random, indent + '    ', depth - 1)]
    switch (random.below(10)) {
      case 0:
        lines.push(`${indent}${random.pick(NAMES.slice(0, 4))} = ${expr()}`)
        break
      case 1:
        lines.push(`${indent}print(${expr()})`)
        break
      case 2:
        lines.push(...nested(`if ${expr()}:`))
        break
      case 3:
        lines.push(...nested(`for ${random.pick(['i', 'x'])} in ${expr()}:`))
        break
      case 4:
        lines.push(...nested(`while ${expr()}:`))
        break
      case 5:
        lines.push(...nested(`def ${random.pick(['f', 'g'])}(${random.pick(['', 'a', 'a, b=1', '*args'])}):`))
        break
      case 6:
        lines.push(
          ...nested('try:'),
          `${indent}except ${random.pick(['Exception', 'ValueError', '(TypeError, KeyError)'])}:`,
          `${indent}    pass`,
        )
        break
      case 7:
        lines.push(...nested(`class ${random.pick(['Klass', 'Model'])}:`))
        break
      case 8:
        lines.push(
          `${indent}${random.pick(['raise ValueError(' + expr() + ')', 'assert ' + expr(), 'del x', 'return ' + expr(), 'break', 'yield ' + expr()])}`,
        )
        break
      default:
        lines.push(`${indent}${expr()}`)
    }
  }
  return lines
}

/** A random program from a small grammar of statements and expressions. */
export function randomProgram(random: Random): string {
  return randomBlock(random, '', 3).join('\n') + '\n'
}

/** The fuzz test's fixed seed: the same programs on every run. */
export const FUZZ_SEED = 20251125
/** Steps allowed to each fuzz program; endless loops must end in a Python error within it. */
export const FUZZ_STEP_BUDGET = 2_000_000
/** A fuzz run that takes longer than this counts as a hang. */
export const FUZZ_HANG_MS = 10_000
/** The fuzz ratchet: cases known not to end in a Python-style result, one id a line. */
export const FUZZ_KNOWN_FAILURES_PATH = new URL('./fuzz-known-failures.txt', import.meta.url)

/** The fuzz programs: 250 mutated corpus snippets, 100 random programs, and the programs at the limits. */
export function fuzzCases(): FuzzCase[] {
  const random = seededRandom(FUZZ_SEED)
  const snippets = listSnippets().filter((snippet) => !/\bexit\(/.test(readSource(snippet)))
  const cases: FuzzCase[] = []
  for (let i = 0; i < 250; i++) {
    const snippet = random.pick(snippets)
    const { names, source } = mutateSnippet(readSource(snippet), random)
    cases.push({ id: `mutation ${i}: ${names.join(' + ')} in ${snippet.name}`, source })
  }
  for (let i = 0; i < 100; i++) cases.push({ id: `random program ${i}`, source: randomProgram(random) })
  return [...cases, ...extremePrograms()]
}

/**
 * Explains why an outcome is not a Python-style ending, or returns null when it is: runPython returned,
 * and a failing run's last stderr line reads like `SomeError: message` (a Python exception; an internal
 * `SystemError` wrapping one of the interpreter's own JavaScript errors does not count).
 */
export function notPythonStyle(outcome: SandboxOutcome): string | null {
  switch (outcome.kind) {
    case 'threw':
      return `runPython threw a JavaScript exception:\n${outcome.error}`
    case 'timed-out':
      return `runPython did not return within ${outcome.afterMs} ms (step budget ${FUZZ_STEP_BUDGET})`
    case 'unavailable':
      return `the interpreter could not be loaded:\n${outcome.error}`
    case 'ran':
      break
    default:
      return outcome satisfies never
  }
  const { stderr, exitCode } = outcome.run
  if (exitCode === 0) return null
  const lastLine = stderr.trimEnd().split('\n').pop() ?? ''
  const builtinName = /^([A-Z][A-Za-z]*(?:Error|Exception|Interrupt|Exit|Warning|Iteration))(?:: .*)?$/
  const userName = /^(?:[A-Za-z_]\w*\.)*([A-Za-z_]\w*)(?:: .*)?$/
  const hasTraceback = /^Traceback \(most recent call last\):$/m.test(stderr)
  const match = builtinName.exec(lastLine) ?? (hasTraceback ? userName.exec(lastLine) : null)
  if (match === null)
    return `exit code ${exitCode} but the last stderr line is not a Python error:\n${stderr}`
  if (match[1] === 'SystemError') return `the interpreter reported an internal error:\n${stderr}`
  return null
}

/** Reads the fuzz ratchet list (blank lines and `#` comments ignored). */
export function readFuzzKnownFailures(): string[] {
  if (!existsSync(FUZZ_KNOWN_FAILURES_PATH)) return []
  return readFileSync(FUZZ_KNOWN_FAILURES_PATH, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}

/** Rewrites the fuzz ratchet list with the given case ids. */
export function writeFuzzKnownFailures(ids: readonly string[]): void {
  const header = [
    '# Fuzz cases (test/python/fuzz.test.ts) that do not yet end in a Python-style result: the ratchet.',
    '# The test fails when an unlisted case fails and when a listed case passes.',
    '# Regenerate with: npx tsx scripts/update-python-ratchet.ts',
  ]
  writeFileSync(FUZZ_KNOWN_FAILURES_PATH, [...header, ...ids].join('\n') + '\n')
}
