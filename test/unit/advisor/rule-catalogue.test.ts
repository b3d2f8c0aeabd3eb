import { describe, expect, it } from 'vitest'
import { RULE_CATALOGUE, ruleDocumentation } from '../../../src/engine/advisor'

describe('the rule documentation', () => {
  it('has one section per rule, naming its stable id', () => {
    const doc = ruleDocumentation()
    const ids = [...doc.matchAll(/^## .* \(`([a-z-]+)`\)$/gm)].map((m) => m[1])
    expect(ids).toEqual(Object.keys(RULE_CATALOGUE))
    expect(doc).toContain(
      '## NOT NULL column added without a default (`not-null-column-without-default`)\n\nSeverity: error.\n',
    )
  })
})
