import { readFileSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { PreviewServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectPageErrors, launchChromium, serveBuiltApp } from './browser'
import { idle, runInTerminal, terminalShows, WAIT } from './playground-page'

/** Opens `url` in a page of `context` and waits until the workspace is restored or the link replayed. */
async function open(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage()
  await page.goto(url)
  await page.waitForSelector('html[data-engine="ready"][data-workspace]', WAIT)
  return page
}

/** Runs a command and waits until it ends. */
async function run(page: Page, line: string): Promise<void> {
  await runInTerminal(page, line)
  await idle(page)
}

/** The output of `showmigrations` run now in the page. */
async function showmigrations(page: Page): Promise<string> {
  const before = (await page.textContent('[data-testid="terminal-output"]')) ?? ''
  await run(page, 'python manage.py showmigrations')
  const after = (await page.textContent('[data-testid="terminal-output"]')) ?? ''
  return after.slice(before.length)
}

/** Waits for an autosave that happened after `since` (milliseconds since the epoch). */
async function savedAfter(page: Page, since: number): Promise<void> {
  await page.waitForFunction((t) => Number(document.documentElement.dataset['saved'] ?? 0) > t, since, WAIT)
}

describe('keeping, sharing and taking away work', () => {
  let browser: Browser
  let server: PreviewServer
  let url: string
  let own: BrowserContext
  let page: Page
  let errors: string[]

  beforeAll(async () => {
    ;({ server, url } = await serveBuiltApp())
    browser = await launchChromium()
    own = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true })
    page = await open(own, url)
    errors = collectPageErrors(page)
    await run(page, 'python manage.py makemigrations')
    await run(page, 'python manage.py migrate library 0001')
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('restores the files, the database and the terminal after a reload', async () => {
    await savedAfter(page, Date.now() - 60_000)
    const since = Date.now()
    await savedAfter(page, 0)
    await page.reload()
    await page.waitForSelector('html[data-engine="ready"][data-workspace="own"]', WAIT)
    await terminalShows(page, 'library/migrations/0001_initial.py')
    expect(await showmigrations(page)).toContain('library\n [X] 0001_initial')
    expect(await page.textContent('[data-testid="workspace-message"]')).toContain('Your work was restored')
    expect(since).toBeGreaterThan(0)
  })

  it('opens a share link in a fresh browser context at the same state, and it is not saved there', async () => {
    await page.click('[data-testid="share"]')
    const link = await page.inputValue('[data-testid="share-link"]')
    expect(link).toMatch(/#scenario=v1\.[\w-]+$/)
    const fresh = await browser.newContext()
    const shared = await open(fresh, link)
    expect(await shared.getAttribute('html', 'data-workspace')).toBe('link')
    await terminalShows(shared, 'Applying library.0001_initial... OK')
    expect(await showmigrations(shared)).toContain('library\n [X] 0001_initial')
    await shared.goto(url)
    await shared.waitForSelector('html[data-engine="ready"][data-workspace="own"]', WAIT)
    expect(await shared.$('[data-testid="workspace-message"]')).toBeNull()
    await fresh.close()
  })

  it('downloads the scenario as a text file and replays it when it is opened again', async () => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="download-scenario"]'),
    ])
    const path = await file.path()
    const text = readFileSync(path, 'utf8')
    expect(text).toContain('@@ write library/models.py\n')
    expect(text).toContain('@@ run makemigrations\n@@ run migrate library 0001\n')
    const other = await browser.newContext()
    const fresh = await open(other, url)
    await fresh.setInputFiles('[data-testid="open-scenario"]', path)
    await terminalShows(fresh, 'Scenario')
    expect(await showmigrations(fresh)).toContain('library\n [X] 0001_initial')
    await other.close()
  })

  it('exports the project as a zip and opens it again as a workspace', async () => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="download-project"]'),
    ])
    expect(file.suggestedFilename()).toBe('playground_project.zip')
    const path = await file.path()
    const other = await browser.newContext()
    const fresh = await open(other, url)
    await fresh.setInputFiles('[data-testid="open-project"]', path)
    await fresh.waitForSelector(
      '[data-testid="workspace-message"]:has-text("Opened the project (library)")',
      WAIT,
    )
    expect(await showmigrations(fresh)).toContain('library\n [X] 0001_initial')
    await other.close()
  })

  it('shows a compact playground in embed mode, started from the scenario in the URL', async () => {
    const link = await page.inputValue('[data-testid="share-link"]')
    const fragment = link.slice(link.indexOf('#'))
    const other = await browser.newContext()
    const embedded = await open(other, `${url}?embed=1${fragment}`)
    await terminalShows(embedded, 'Applying library.0001_initial... OK')
    expect(await embedded.isVisible('header h1')).toBe(false)
    expect(await embedded.$('[data-testid="lesson-pane"]')).toBeNull()
    await other.close()
  })

  it('shows a clear message for a corrupted link and leaves the saved work untouched', async () => {
    const broken = await open(own, `${url}#scenario=v1.AAAA!!`)
    await broken.waitForSelector('[data-testid="workspace-error"]', WAIT)
    expect(await broken.textContent('[data-testid="workspace-error"]')).toContain(
      'This link cannot be opened: the link holds "!" at 4, which is not base64url. Your saved work is untouched.',
    )
    expect(await showmigrations(broken)).toContain('library\n [X] 0001_initial')
    await broken.close()
    expect(errors).toEqual([])
  })
})
