import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { optimize } from '../../../../src/engine/migrations/optimizer'
import { writeOperation } from '../../../../src/engine/migrations/writer/operation-writer'
import { type Json, op } from '../bridge-free/dump-json'

const here = new URL('.', import.meta.url)
const cases = JSON.parse(readFileSync(new URL('cases.json', here), 'utf8')) as Record<
  string,
  { operations: Json[]; app?: string }
>
const goldens = JSON.parse(readFileSync(new URL('goldens.json', here), 'utf8')) as Record<string, string[]>

describe('migration optimizer (goldens recorded from Django 5.2 by record.py)', () => {
  for (const [name, c] of Object.entries(cases)) {
    it(`${name}: optimizes as Django does`, () => {
      const optimized = optimize(c.operations.map(op), c.app ?? 'testapp')
      expect(optimized.map((o) => writeOperation(o, 0).lines.join('\n'))).toEqual(goldens[name])
    })
  }
})
