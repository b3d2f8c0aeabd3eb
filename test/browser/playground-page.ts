import type { Browser, Page } from 'playwright-core'

/** Generous waits: the engine runs on a shared machine. */
export const WAIT = { timeout: 30_000 }

/** Opens the playground at `url` in a new page of the given width and waits for the engine. */
export async function openPlayground(browser: Browser, url: string, width = 1400): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } })
  await page.goto(url)
  await page.waitForSelector('html[data-engine="ready"]', WAIT)
  return page
}

/** Waits until the terminal shows `text`. */
export async function terminalShows(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (expected) => document.querySelector('[data-testid="terminal-output"]')?.textContent?.includes(expected),
    text,
    WAIT,
  )
}

/** Waits until no command runs (the Stop button is disabled again). */
export async function idle(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="stop"]:disabled', WAIT)
}

/** Types a line in the terminal and presses Enter. */
export async function runInTerminal(page: Page, line: string): Promise<void> {
  await page.fill('[data-testid="terminal-input"]', line)
  await page.press('[data-testid="terminal-input"]', 'Enter')
}

/** Appends a line at the end of the open file in Monaco, as the learner types it. */
export async function appendInEditor(page: Page, text: string): Promise<void> {
  await page.waitForSelector('html[data-editor="monaco"]', WAIT)
  await page.click('.monaco-editor .view-lines')
  await page.keyboard.press('Control+End')
  await page.keyboard.type(text)
}
