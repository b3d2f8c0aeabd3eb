import { describe, expect, it } from 'vitest'
import { SAVED_VERSION, upgradeSaved } from '../../../src/ui/workspace/saved-workspace'

const STORED_V1 = {
  version: 1,
  id: 'sandbox',
  title: 'Sandbox',
  savedAt: 1_700_000_000_000,
  files: { 'library/models.py': 'x = 1\n' },
  database: new Uint8Array([1, 2, 3]),
  transcript: [
    { stream: 'input', text: '$ python manage.py migrate\n' },
    { stream: 'bogus', text: 'dropped' },
  ],
  recording: { start: {}, freshDatabase: true, steps: [], files: { 'library/models.py': 'x = 1\n' } },
  lesson: null,
}

describe('reading a stored workspace', () => {
  it('reads what version 1 stored, dropping transcript chunks it does not know', () => {
    expect(upgradeSaved(STORED_V1)).toEqual({
      ...STORED_V1,
      version: SAVED_VERSION,
      transcript: [{ stream: 'input', text: '$ python manage.py migrate\n' }],
    })
  })

  it('fills in what an early version 1 record lacks: a title, the recording start, the database', () => {
    const { title: _title, database: _database, ...rest } = STORED_V1
    const saved = upgradeSaved({ ...rest, recording: { steps: [], files: {} } })
    expect(saved?.title).toBe('sandbox')
    expect(saved?.database).toEqual(new Uint8Array())
    expect(saved?.recording).toEqual({ start: {}, freshDatabase: true, steps: [], files: {} })
  })

  it('refuses data of an unknown version or shape instead of loading it', () => {
    expect(upgradeSaved({ ...STORED_V1, version: 99 })).toBeNull()
    expect(upgradeSaved({ ...STORED_V1, files: { 'a/models.py': 3 } })).toBeNull()
    expect(upgradeSaved('not a workspace')).toBeNull()
  })
})
