import type { Browser } from 'playwright-core'
import type { PreviewServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectPageErrors, launchChromium, serveBuiltApp } from './browser'

describe('the built playground in Chromium', () => {
  let browser: Browser
  let server: PreviewServer
  let url: string

  beforeAll(async () => {
    ;({ server, url } = await serveBuiltApp())
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('reaches data-engine="ready", shows the SQLite version and logs no error (its speed is in bench/ui.ts)', async () => {
    const page = await browser.newPage()
    const errors = collectPageErrors(page)
    await page.goto(url)
    await page.waitForSelector('html[data-engine="ready"]', { timeout: 30_000 })
    const version = await page.textContent('[data-testid="sqlite-version"]')
    expect(version).toMatch(/^3\.\d+\.\d+$/)
    expect(await page.title()).toBe('Migration Playground')
    expect(errors).toEqual([])
    await page.close()
  })

  it('serves the favicon and the sql.js wasm from its own origin', async () => {
    const page = await browser.newPage()
    const foreign: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith(url)) foreign.push(request.url())
    })
    await page.goto(url)
    await page.waitForSelector('html[data-engine="ready"]', { timeout: 30_000 })
    const favicon = await page.request.get(new URL('/favicon.svg', url).href)
    expect(favicon.status()).toBe(200)
    expect(foreign).toEqual([])
    await page.close()
  })
})
