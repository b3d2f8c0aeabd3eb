import { describe, expect, it } from 'vitest'
import { MersenneTwister } from '../../../src/engine/python/modules/random/mersenne-twister'
import { randrange, sampleIndices, shuffled } from '../../../src/engine/python/modules/random/sampling'
import { goldens } from './goldens'

function replay(seed: string) {
  const t = new MersenneTwister(BigInt(seed))
  const pick = (start: bigint, stop: bigint | null, step: bigint): number => {
    const r = randrange(t, start, stop, step)
    if (typeof r !== 'bigint') throw new Error(r.message)
    return Number(r)
  }
  const floats = [t.nextFloat(), t.nextFloat(), t.nextFloat()]
  const ints = [1, 2, 3, 4, 5].map(() => pick(1n, 101n, 1n))
  const items = shuffled(t, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
  const sample = sampleIndices(t, 100, 8)
  const smallSample = sampleIndices(t, 10, 4)
  const bits = String(t.getrandbits(100))
  const ranges = [pick(0n, 100n, 7n), pick(10n, null, 1n), pick(-5n, 5n, 1n)]
  return { seed, floats, ints, shuffled: items, sample, smallSample, bits, ranges }
}

describe('random with an integer seed', () => {
  it('draws the same floats, ints, shuffles, samples and bits as CPython for every recorded seed', () => {
    const expected = goldens.random as { seed: string }[]
    expect(expected.map((g) => replay(g.seed))).toEqual(expected)
  })

  it('reports an empty range with CPython words', () => {
    const t = new MersenneTwister(1)
    expect(randrange(t, 5n, 5n, 1n)).toEqual({
      kind: 'empty',
      message: 'empty range for randrange() (5, 5, 0)',
    })
    expect(randrange(t, 0n, null, 1n)).toEqual({ kind: 'empty', message: 'empty range for randrange()' })
  })
})
