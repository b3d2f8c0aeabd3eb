import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const FORBIDDEN_IMPORT =
  /from\s+['"](sql\.js|comlink|svelte|svelte\/[^'"]*|monaco-editor[^'"]*|idb-keyval|node:[^'"]*|fs|path)['"]/
const FORBIDDEN_GLOBAL = /\b(document|window|localStorage|sessionStorage|indexedDB|navigator)\s*\./

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sourcesUnder(path) : path.endsWith('.ts') ? [path] : []
  })
}

describe('the engine boundary', () => {
  it('keeps src/engine free of DOM APIs, Node modules, sql.js, comlink, Svelte, Monaco and idb-keyval', () => {
    const offences = sourcesUnder('src/engine').flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          FORBIDDEN_IMPORT.test(line) || FORBIDDEN_GLOBAL.test(line)
            ? [`${path}:${i + 1}: ${line.trim()}`]
            : [],
        ),
    )
    expect(offences).toEqual([])
  })

  it('lets only src/worker and src/cli load sql.js', () => {
    const loaders = ['src/ui', 'src/engine']
      .flatMap(sourcesUnder)
      .filter((path) => /from ['"]sql\.js['"]/.test(readFileSync(path, 'utf8')))
    expect(loaders).toEqual([])
  })
})
