import { describe, expect, it } from 'vitest'
import { autoIndexName } from '../../../src/engine/models/index-name'

describe('automatic index names', () => {
  it('are built from the table, the first column and an md5 digest of every column (value from Django 5.2)', () => {
    expect(autoIndexName('library_book', ['title', '-published'])).toBe('library_boo_title_cf7c3a_idx')
  })
})
