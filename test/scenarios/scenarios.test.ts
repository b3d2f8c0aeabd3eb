/**
 * The scenario corpus replayed in-process against the engine and compared with Django 5.2's recorded
 * transcripts, under a ratchet: known-differences.txt lists the scenarios that may still differ.
 */
import { describe, expect, it } from 'vitest'
import { listScenarios, readKnownDifferences } from './corpus'

const scenarios = listScenarios()
const known = readKnownDifferences()
describe('the scenario corpus', () => {
  it('opens every scenario with a line saying what it shows', () => {
    const silent = scenarios.filter(
      (scenario) => scenario.summary.trim() === '' || scenario.summary.startsWith('@@'),
    )
    expect(silent.map((scenario) => scenario.name)).toEqual([])
  })

  it('lists only existing scenarios in known-differences.txt', () => {
    const names = new Set(scenarios.map((scenario) => scenario.name))
    expect([...known].filter((name) => !names.has(name))).toEqual([])
  })
})
