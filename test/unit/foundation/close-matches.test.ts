import { describe, expect, it } from 'vitest'
import { closeMatches, similarity } from '../../../src/engine/util/close-matches'

describe('closeMatches', () => {
  it('scores like difflib.SequenceMatcher.ratio', () => {
    // python3 -c "import difflib; print(difflib.SequenceMatcher(None, 'makemigrations', 'makemigraton').ratio())"
    expect(similarity('makemigrations', 'makemigraton')).toBeCloseTo(0.9230769230769231, 12)
    expect(similarity('abcd', 'bcde')).toBeCloseTo(0.75, 12)
  })

  it('returns the best matches above the cutoff, best first, as difflib.get_close_matches', () => {
    // difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']) == ['apple', 'ape']
    expect(closeMatches('appel', ['ape', 'apple', 'peach', 'puppy'])).toEqual(['apple', 'ape'])
    expect(closeMatches('zzz', ['migrate', 'shell'])).toEqual([])
  })
})
