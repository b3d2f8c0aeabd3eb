import { describe, expect, it } from 'vitest'
import { compileMatcher, iterateMatches } from '../../../src/engine/python/modules/re/matcher'
import { parseTemplate } from '../../../src/engine/python/modules/re/template'
import { translatePattern, type TranslatedPattern } from '../../../src/engine/python/modules/re/translate'
import { goldens } from './goldens'

function translated(pattern: string, flags = 0): TranslatedPattern {
  const t = translatePattern(pattern, flags)
  if ('error' in t) throw new Error(t.error)
  return t
}

function substitute(pattern: string, template: string, subject: string): string {
  const t = translated(pattern)
  const parts = parseTemplate(template, t.groupCount, t.groupNames)
  if ('error' in parts) throw new Error(parts.error)
  let out = ''
  let last = 0
  for (const spans of iterateMatches(compileMatcher(t), subject, 0, subject.length)) {
    out += subject.slice(last, spans[0]![0])
    for (const part of parts) {
      if (typeof part === 'string') out += part
      else if (spans[part]) out += subject.slice(spans[part][0], spans[part][1])
    }
    last = spans[0]![1]
  }
  return out + subject.slice(last)
}

describe('Python patterns translated to JavaScript', () => {
  it('find the same matches and group spans as CPython finditer', () => {
    const rows = goldens.re as [string, number, string, unknown][]
    const actual = rows.map(([p, f, s]) => [
      p,
      f,
      s,
      [...iterateMatches(compileMatcher(translated(p, f)), s, 0, s.length)],
    ])
    expect(actual).toEqual(rows)
  })

  it('reject bad patterns with CPython re.error messages', () => {
    const rows = goldens.reErrors as [string, string][]
    const actual = rows.map(([p]) => {
      const t = translatePattern(p, 0)
      return [p, 'error' in t ? `error: ${t.error}` : 'ok']
    })
    expect(actual).toEqual(rows)
  })
})

describe('re.sub templates', () => {
  it('expand group references and escapes as CPython does', () => {
    const rows = goldens.sub as [string, string, string, string][]
    expect(rows.map(([p, r, s]) => [p, r, s, substitute(p, r, s)])).toEqual(rows)
  })

  it('reject bad templates with the error CPython raises', () => {
    const rows = goldens.subErrors as [string, string, string][]
    const actual = rows.map(([p, r]) => {
      const t = translated(p)
      const parts = parseTemplate(r, t.groupCount, t.groupNames)
      return [p, r, 'error' in parts ? `${parts.indexError ? 'IndexError' : 'error'}: ${parts.error}` : 'ok']
    })
    expect(actual).toEqual(rows)
  })
})
