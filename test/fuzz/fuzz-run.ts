/**
 * The fuzz runner: for each case it picks a target (programs, models.py, migration files, shell scripts,
 * scenario files, share links), a seed input, and either mutates it or replaces it with random tokens,
 * then records every case whose outcome is not a Python/Django-style result or error.
 */
import type { SqlJsStatic } from 'sql.js'
import { CodeCache } from '../../src/engine/python/code-cache'
import {
  fuzzManage,
  fuzzProgram,
  fuzzScenario,
  fuzzShareLink,
  migratedDatabase,
  sharePayloadOf,
  type FuzzContext,
} from './fuzz-targets'
import { mutate, RandomSource, randomTokens } from './random-source'
import { MIGRATION, MODELS, PROGRAMS, SCENARIO, SHELL_SCRIPTS } from './seeds'

/** The kinds of input the runner generates. */
export const TARGETS = ['program', 'models', 'migration', 'shell', 'scenario', 'share-link'] as const
/** One kind of input. */
export type Target = (typeof TARGETS)[number]

/** A case whose outcome was an engine failure: the target, the input and what went wrong. */
export interface Finding {
  readonly index: number
  readonly target: Target
  readonly input: string
  readonly problem: string
}

/** What a run did: cases per target, findings, and the slowest case in milliseconds. */
export interface FuzzReport {
  readonly cases: Record<Target, number>
  readonly findings: Finding[]
  readonly slowestMs: number
}

/** How many cases, from which seed, and which targets (all when omitted). */
export interface FuzzOptions {
  readonly SQL: SqlJsStatic
  readonly cases: number
  readonly seed: number
  readonly targets?: readonly Target[]
  /** Called after each case (for progress). */
  readonly onCase?: (index: number, target: Target, ms: number) => void
}

function inputFor(seed: string, random: RandomSource): string {
  return random.below(8) === 0 ? randomTokens(random) : mutate(seed, random)
}

async function runCase(
  target: Target,
  random: RandomSource,
  ctx: FuzzContext,
  sharePayload: string,
): Promise<{ input: string; problem: string | null }> {
  switch (target) {
    case 'program': {
      const input = inputFor(random.pick(PROGRAMS), random)
      return { input, problem: fuzzProgram(input) }
    }
    case 'models': {
      const input = inputFor(MODELS, random)
      const argv = random.below(2) === 0 ? ['makemigrations'] : ['check']
      return {
        input,
        problem: await fuzzManage({ files: { 'shop/models.py': input }, database: null, argv }, ctx),
      }
    }
    case 'migration': {
      const input = inputFor(MIGRATION, random)
      const argv = random.pick([
        ['migrate'],
        ['sqlmigrate', 'shop', '0001'],
        ['showmigrations'],
        ['migrate', '--plan'],
      ])
      const files = { 'shop/models.py': MODELS, 'shop/migrations/0001_initial.py': input }
      return { input, problem: await fuzzManage({ files, database: null, argv }, ctx) }
    }
    case 'shell': {
      const input = inputFor(random.pick(SHELL_SCRIPTS), random)
      const files = { 'shop/models.py': MODELS, 'shop/migrations/0001_initial.py': MIGRATION }
      const run = { files, database: ctx.migratedDatabase, argv: ['shell', '-c', input] }
      return { input, problem: await fuzzManage(run, ctx) }
    }
    case 'scenario': {
      const input = inputFor(SCENARIO, random)
      return { input, problem: fuzzScenario(input) }
    }
    case 'share-link': {
      const input = random.below(3) === 0 ? randomTokens(random) : mutate(sharePayload, random)
      return { input, problem: fuzzShareLink(input) }
    }
    default: {
      const unknown: never = target
      throw new TypeError(`unknown fuzz target ${String(unknown)}`)
    }
  }
}

/** Takes the run's options; runs the cases and returns the report (the same seed gives the same cases). */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const codeCache = new CodeCache()
  const ctx: FuzzContext = {
    SQL: options.SQL,
    codeCache,
    migratedDatabase: await migratedDatabase(options.SQL, codeCache, {
      'shop/models.py': MODELS,
      'shop/migrations/0001_initial.py': MIGRATION,
    }),
  }
  const sharePayload = sharePayloadOf(SCENARIO)
  const targets = options.targets ?? TARGETS
  const random = new RandomSource(options.seed)
  const cases = Object.fromEntries(TARGETS.map((t) => [t, 0])) as Record<Target, number>
  const findings: Finding[] = []
  let slowestMs = 0
  for (let index = 0; index < options.cases; index++) {
    const target = targets[index % targets.length]!
    const started = performance.now()
    const { input, problem } = await runCase(target, random, ctx, sharePayload)
    const ms = performance.now() - started
    slowestMs = Math.max(slowestMs, ms)
    cases[target]++
    if (problem !== null) findings.push({ index, target, input, problem })
    options.onCase?.(index, target, ms)
  }
  return { cases, findings, slowestMs }
}
