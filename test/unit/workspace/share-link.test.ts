import { strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { ScenarioStep } from '../../../src/engine/lessons/scenario-file'
import { toBase64Url } from '../../../src/engine/workspace/base64url'
import { deflateBytes } from '../../../src/engine/workspace/bounded-inflate'
import { contentHash } from '../../../src/engine/workspace/content-hash'
import {
  decodeSharePayload,
  encodeShareFragment,
  shareParameter,
  withStartFiles,
} from '../../../src/engine/workspace/share-link'
import { WorkspaceInputError } from '../../../src/engine/workspace/workspace-error'
import { LIMITS } from '../../../src/engine/workspace/workspace-limits'

const MODELS =
  'from django.db import models\n\n\nclass Book(models.Model):\n    title = models.CharField(max_length=100)\n'

const SESSION: ScenarioStep[] = [
  { kind: 'write', arg: 'library/migrations/__init__.py', body: '' },
  { kind: 'write', arg: 'library/models.py', body: MODELS },
  { kind: 'run', arg: 'makemigrations library', body: '', stdin: '' },
  { kind: 'run', arg: 'migrate', body: '', stdin: '' },
  { kind: 'sql', arg: '', body: "INSERT INTO library_book (title) VALUES ('Dune');\n" },
  { kind: 'run', arg: 'makemigrations', body: '', stdin: '1\ntimezone.now\n' },
]

function payloadOf(json: unknown): string {
  return `v1.${toBase64Url(deflateBytes(strToU8(JSON.stringify(json))))}`
}

function decodeError(payload: string): string {
  try {
    decodeSharePayload(payload)
  } catch (error) {
    if (error instanceof WorkspaceInputError) return error.message
    throw error
  }
  throw new Error('the payload was accepted')
}

describe('a share link', () => {
  it('decodes to the steps it was made from', () => {
    const fragment = encodeShareFragment(SESSION)
    expect(fragment.startsWith('scenario=v1.')).toBe(true)
    expect(decodeSharePayload(shareParameter(`#${fragment}`)!).steps).toEqual(SESSION)
  })

  it('finds its payload among other fragment parameters', () => {
    expect(shareParameter('#embed=1&scenario=v1.abc')).toBe('v1.abc')
    expect(shareParameter('#nothing')).toBeNull()
  })

  it('stores a lesson session as a delta against the start files, and the start files give the steps back', () => {
    const start = { 'library/migrations/__init__.py': '', 'library/models.py': MODELS }
    const fragment = encodeShareFragment(SESSION, { id: '01-models/01-first', startFiles: start })
    const shared = decodeSharePayload(shareParameter(fragment)!)
    expect(shared.lesson).toEqual({ id: '01-models/01-first', start: contentHash(start) })
    expect(shared.steps[0]).toEqual(SESSION[2])
    expect(withStartFiles(shared.steps, start)).toEqual(SESSION)
    expect(fragment.length).toBeLessThan(encodeShareFragment(SESSION).length)
  })

  it('is refused with a clear message when it is corrupted', () => {
    const good = shareParameter(encodeShareFragment(SESSION))!
    expect(decodeError('hello')).toBe('the link is not a playground share link')
    expect(decodeError('v9.abc')).toBe('the link was made by a newer playground (format v9); reload the page')
    expect(decodeError('v1.ab$d')).toBe('the link holds "$" at 2, which is not base64url')
    expect(decodeError(good.slice(0, good.length - 12))).toMatch(
      /^the link (is cut short|is not valid compressed data)/,
    )
    expect(decodeError(`v1.${toBase64Url(deflateBytes(strToU8('not json')))}`)).toBe(
      'the link is damaged (its content is not readable)',
    )
    expect(decodeError(payloadOf({ scenario: 'no directive' }))).toBe(
      'the link: there is no step (no line starts with "@@ ")',
    )
    expect(decodeError(payloadOf({ scenario: '@@ frobnicate\n' }))).toBe(
      'the link: unknown directive @@ frobnicate (line 1)',
    )
    expect(decodeError(payloadOf({ scenario: '@@ run migrate\n', extra: 1 }))).toBe(
      'the link holds an unknown field "extra"',
    )
  })

  it('refuses paths outside the project, naming them', () => {
    expect(decodeError(payloadOf({ scenario: '@@ write ../../etc/passwd\nx\n' }))).toBe(
      'the link: the path "../../etc/passwd" has the part ".."',
    )
    expect(decodeError(payloadOf({ scenario: '@@ write library/../../x.py\nx\n' }))).toBe(
      'the link: the path "library/../../x.py" has the part ".."',
    )
    expect(decodeError(payloadOf({ scenario: '@@ write /abs/models.py\nx\n' }))).toBe(
      'the link: the path "/abs/models.py" has an empty part',
    )
    expect(decodeError(payloadOf({ scenario: '@@ write settings.py\nx\n' }))).toBe(
      'the link: the path "settings.py" is not inside an app folder',
    )
  })

  it('refuses a payload that inflates past the limit, before inflating all of it', () => {
    const bomb = new Uint8Array(LIMITS.inflatedBytes + 1_000_000).fill(32)
    expect(decodeError(`v1.${toBase64Url(deflateBytes(bomb))}`)).toBe(
      `the link inflates past the limit of ${LIMITS.inflatedBytes} bytes`,
    )
  })

  it('refuses a file over the size limit', () => {
    const big = 'x = 1\n'.repeat(LIMITS.fileChars / 5)
    expect(decodeError(payloadOf({ scenario: `@@ write a/models.py\n${big}` }))).toMatch(
      /^the link: step 1 \(@@ write a\/models\.py\) has \d+ characters, over the limit of 1000000$/,
    )
  })
})
