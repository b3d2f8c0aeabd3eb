import type { Browser } from 'playwright-core'
import type { PreviewServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, serveBuiltApp } from './browser'
import { idle, openPlayground, runInTerminal, terminalShows, WAIT } from './playground-page'

describe('stopping, the keyboard and narrow screens', () => {
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

  it('stops a while True script, restarts the engine and keeps the editor content', async () => {
    const page = await openPlayground(browser, url, 600)
    await page.fill('textarea[aria-label="Edit library/models.py"]', '# kept\n')
    await runInTerminal(page, 'python manage.py shell -c "while True: pass"')
    await page.waitForSelector('[data-testid="stop"]:enabled', WAIT)
    await page.click('[data-testid="stop"]')
    await terminalShows(page, 'Stopped.')
    await page.waitForSelector('html[data-engine="ready"]', WAIT)
    await idle(page)
    expect(await page.inputValue('textarea[aria-label="Edit library/models.py"]')).toBe('# kept\n')
    await page.close()
  })

  it('runs a command with the keyboard alone', async () => {
    const page = await openPlayground(browser, url)
    await page.keyboard.press('Alt+t')
    await page.keyboard.type('python manage.py showm')
    await page.keyboard.press('Tab')
    expect(await page.inputValue('[data-testid="terminal-input"]')).toBe('python manage.py showmigrations ')
    await page.keyboard.press('Enter')
    await terminalShows(page, 'library\n (no migrations)')
    await page.keyboard.press('F1')
    await page.waitForSelector('[data-testid="help"][open]', WAIT)
    await page.keyboard.press('Escape')
    await page.waitForSelector('[data-testid="help"][open]', { ...WAIT, state: 'detached' })
    await page.close()
  })

  it('stacks the panes and uses a plain text area under 768 px', async () => {
    const page = await openPlayground(browser, url, 600)
    await page.waitForSelector('[data-layout="stacked"]', WAIT)
    expect(await page.isVisible('textarea[aria-label="Edit library/models.py"]')).toBe(true)
    expect(await page.$('.monaco-editor')).toBeNull()
    const boxes = await page.$$eval('main > *', (panes) =>
      panes.map((pane) => pane.getBoundingClientRect().width),
    )
    expect(boxes.every((width) => width <= 600)).toBe(true)
    await page.close()
  })
})
