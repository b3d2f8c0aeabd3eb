/**
 * Interpreter throughput: loop-heavy and call-heavy Python programs run through our interpreter
 * (src/engine/python, in this process) and through `python3` in the same run. Goal: within 5x of CPython.
 *
 * Each program prints a checksum; a row is marked when our output differs from CPython's. Times are the
 * best of RUNS wall-clock runs. python3's time is measured inside python3 around `exec` of the compiled
 * program (no start-up, no compile); ours is the whole `runPython` call (parse included).
 */
import { spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { runPython } from '../src/engine/python/index'
import type { BenchRow, BenchSuite } from './suite'

const RUNS = 3

/** The benchmark programs, by name. */
const PROGRAMS: ReadonlyArray<readonly [string, string]> = [
  [
    'for loop with int arithmetic (1 000 000)',
    `total = 0
for i in range(1000000):
    total += i * i % 7
print(total)
`,
  ],
  [
    'while loop with comparisons (1 000 000)',
    `i = 0
evens = 0
while i < 1000000:
    if i % 2 == 0 and i > 10:
        evens += 1
    i += 1
print(evens)
`,
  ],
  [
    'float arithmetic (500 000)',
    `x = 0.0
for i in range(500000):
    x = x * 0.5 + i / 3.0
print(round(x, 6))
`,
  ],
  [
    'function calls (500 000)',
    `def add(a, b):
    return a + b
x = 0
for i in range(500000):
    x = add(x, i)
print(x)
`,
  ],
  [
    'calls with defaults and keywords (200 000)',
    `def scale(value, factor=2, offset=0):
    return value * factor + offset
x = 0
for i in range(200000):
    x += scale(i, offset=1) - scale(i, factor=1)
print(x)
`,
  ],
  [
    'recursive fib(24)',
    `def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(24))
`,
  ],
  [
    'method calls and attributes (300 000)',
    `class Counter:
    def __init__(self):
        self.count = 0
    def increment(self, step):
        self.count += step
        return self.count
c = Counter()
for i in range(300000):
    c.increment(i & 3)
print(c.count)
`,
  ],
  [
    'object creation (100 000)',
    `class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
total = 0
for i in range(100000):
    total += Point(i, -i).norm1()
print(total)
`,
  ],
  [
    'list building: append and comprehension (500 000)',
    `items = []
for i in range(250000):
    items.append(i * 2)
squares = [x * x for x in items if x % 3 == 0]
print(len(items), len(squares), sum(squares) % 1000003)
`,
  ],
  [
    'dict building and lookups (200 000)',
    `counts = {}
for i in range(200000):
    key = i % 1000
    counts[key] = counts.get(key, 0) + 1
total = 0
for k, v in counts.items():
    total += k * v
print(len(counts), total)
`,
  ],
  [
    'string building: str(), f-strings, join (200 000)',
    `parts = []
for i in range(200000):
    parts.append(f'{i}:{i % 7}')
text = ','.join(parts)
words = [str(i) + 'x' for i in range(50000)]
print(len(text), len(''.join(words)), text[-10:])
`,
  ],
  [
    'generator pipeline (300 000)',
    `def numbers(n):
    for i in range(n):
        yield i
evens = (x for x in numbers(300000) if x % 2 == 0)
print(sum(x // 3 for x in evens))
`,
  ],
  [
    'try/except in a loop (100 000, half raising)',
    `def parse(text):
    try:
        return int(text)
    except ValueError:
        return -1
total = 0
for i in range(100000):
    total += parse(str(i) if i % 2 else 'x')
print(total)
`,
  ],
  [
    'str methods and sorting with a key (50 000)',
    `names = [f'  User{i % 977}_{i}  ' for i in range(50000)]
cleaned = [n.strip().lower().replace('_', '-') for n in names]
cleaned.sort(key=lambda n: (len(n), n))
print(cleaned[0], cleaned[-1], sum(1 for n in cleaned if n.startswith('user1')))
`,
  ],
  [
    'data-migration back-fill over 100 000 rows',
    `rows = [{'id': i, 'first': 'Ada' if i % 2 else 'Alan', 'last': 'Lovelace' if i % 3 else 'Turing', 'full_name': None}
        for i in range(100000)]
saved = []
batch = []
for row in rows:
    row['full_name'] = f"{row['first']} {row['last']}".strip()
    batch.append(row['id'])
    if len(batch) == 1000:
        saved.append(len(batch))
        batch = []
print(len(saved), sum(saved), rows[-1]['full_name'], sum(len(r['full_name']) for r in rows))
`,
  ],
]

/** The suite run by bench/run.ts. */
export const suite: BenchSuite = {
  name: 'python',
  description: 'our interpreter vs CPython on loop- and call-heavy programs (goal: within 5x)',
  reference: 'python3',
  async run() {
    const rows: BenchRow[] = []
    for (const [name, source] of PROGRAMS) {
      console.error(`running: ${name}`)
      const reference = Array.from({ length: RUNS }, () => timePython3(source))
      const ours = Array.from({ length: RUNS }, () => timeOurs(source))
      const referenceMs = Math.min(...reference.map((run) => run.ms))
      const failed = ours.find((run) => run.error !== null)
      if (failed !== undefined) {
        rows.push({ name, oursMs: null, referenceMs, note: `failed: ${failed.error}` })
        continue
      }
      const sameOutput = ours[0]!.stdout === reference[0]!.stdout
      rows.push({
        name,
        oursMs: Math.min(...ours.map((run) => run.ms)),
        referenceMs,
        ...(sameOutput ? {} : { note: `output differs: ${JSON.stringify(ours[0]!.stdout.slice(0, 60))}` }),
      })
    }
    const ratios = rows.flatMap((row) =>
      row.oursMs !== null && row.referenceMs !== null && row.referenceMs > 0
        ? [row.oursMs / row.referenceMs]
        : [],
    )
    if (ratios.length > 0) {
      const geomean = Math.exp(ratios.reduce((sum, r) => sum + Math.log(r), 0) / ratios.length)
      const worst = Math.max(...ratios)
      rows.push({
        name: 'summary',
        oursMs: null,
        referenceMs: null,
        note: `geometric mean ${geomean.toFixed(2)}x, worst ${worst.toFixed(2)}x over ${ratios.length} programs`,
      })
    }
    return rows
  },
}

interface TimedRun {
  readonly ms: number
  readonly stdout: string
  readonly error: string | null
}

/** Reads a program on stdin, compiles it, and reports the seconds spent running it on stderr. */
const PYTHON_TIMER = `
import sys, time
code = compile(sys.stdin.read(), 'bench.py', 'exec')
start = time.perf_counter()
exec(code, {'__name__': '__main__'})
sys.stderr.write('\\nbench-seconds=%r\\n' % (time.perf_counter() - start))
`

function timePython3(source: string): TimedRun {
  const result = spawnSync('python3', ['-c', PYTHON_TIMER], {
    input: source,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  })
  const seconds = /bench-seconds=([\d.e-]+)/.exec(result.stderr)?.[1]
  if (result.status !== 0 || seconds === undefined)
    throw new Error(`python3 failed on a benchmark program:\n${result.stderr}`)
  return { ms: Number(seconds) * 1000, stdout: result.stdout, error: null }
}

function timeOurs(source: string): TimedRun {
  const start = performance.now()
  try {
    const result = runPython(source, { filename: 'bench.py' })
    const ms = performance.now() - start
    const lastLine = result.stderr.trimEnd().split('\n').pop() ?? ''
    return { ms, stdout: result.stdout, error: result.exitCode === 0 ? null : lastLine }
  } catch (error) {
    return { ms: performance.now() - start, stdout: '', error: `JavaScript exception: ${String(error)}` }
  }
}
