import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { evalRepr } from './bridge'

interface Golden {
  readonly expression: string
  readonly repr: string
}

const GOLDENS: readonly Golden[] = JSON.parse(
  readFileSync(new URL('./goldens/deconstruct.json', import.meta.url), 'utf8'),
)

describe("a field's deconstruct() gives Django 5.2's path and non-default options", () => {
  for (const golden of GOLDENS) {
    it(golden.expression, () => {
      const expression = golden.expression.includes('.deconstruct()')
        ? golden.expression
        : `${golden.expression}.deconstruct()[1:]`
      expect(evalRepr(expression)).toBe(golden.repr)
    })
  }
})
