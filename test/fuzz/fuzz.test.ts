import { describe, expect, it } from 'vitest'
import { loadSqlJs } from '../scenarios/replay'
import { runFuzz, TARGETS } from './fuzz-run'
import { KNOWN_FINDINGS } from './known-findings'

const CASES = 600

describe('the fuzz runner', () => {
  it(`finds no new engine failure in ${CASES} random and mutated inputs from seed 20261125`, async () => {
    const report = await runFuzz({ SQL: await loadSqlJs(), cases: CASES, seed: 20261125 })
    const unexplained = report.findings.filter(
      (finding) => !KNOWN_FINDINGS.some((known) => known.pattern.test(finding.problem)),
    )
    expect(
      unexplained.map((f) => `case ${f.index} (${f.target}): ${f.problem}\n--- input ---\n${f.input}`),
    ).toEqual([])
    expect(Object.values(report.cases)).toEqual(TARGETS.map(() => CASES / TARGETS.length))
  }, 120_000)
})
