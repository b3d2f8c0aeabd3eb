import type { Browser, Page } from 'playwright-core'
import type { PreviewServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectPageErrors, launchChromium, serveBuiltApp } from './browser'
import { idle, openPlayground, runInTerminal, WAIT } from './playground-page'

const FIRST = '01-the-orm/01-a-first-model'
const SECOND = '01-the-orm/02-queries-and-their-sql'
const ANATOMY = '02-the-migration-system/01-anatomy-of-a-migration'

const MODELS = `from django.db import models


class Book(models.Model):
    title = models.CharField(max_length=200)
    pages = models.IntegerField()
`

/** The task list as `✓ label` / `○ label` lines, read once every check has a verdict. */
async function tasks(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="lesson-checks"] li', (items) =>
    items.map((item) => `${item.getAttribute('data-passed') === 'true' ? '✓' : '○'} ${item.textContent}`),
  )
}

/** Waits until `passed` tasks are ticked; on a timeout, fails with the task list and the terminal's text. */
async function waitForTasks(page: Page, passed: number): Promise<void> {
  try {
    await page.waitForFunction(
      (count) =>
        document.querySelectorAll('[data-testid="lesson-checks"] li[data-passed="true"]').length === count,
      passed,
      WAIT,
    )
  } catch {
    const terminal = await page.textContent('[data-testid="terminal-output"]')
    throw new Error(
      `expected ${passed} ticked tasks, got:\n${(await tasks(page)).join('\n')}\nterminal:\n${terminal}`,
    )
  }
}

async function openLesson(page: Page, id: string): Promise<void> {
  await page.waitForSelector('[data-testid="lesson-picker"]:not([disabled])', WAIT)
  await page.selectOption('[data-testid="lesson-picker"]', id)
  await page.waitForSelector(`[data-lesson="${id}"]`, WAIT)
  await page.waitForSelector('[data-testid="lesson-picker"]:not([disabled])', WAIT)
}

describe('a learner following the course', () => {
  let browser: Browser
  let server: PreviewServer
  let page: Page
  let errors: string[]

  beforeAll(async () => {
    ;({ server } = await serveBuiltApp().then(async (served) => {
      browser = await launchChromium()
      page = await openPlayground(browser, served.url)
      errors = collectPageErrors(page)
      return served
    }))
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('starts in the sandbox and opens the first lesson from the picker with its tasks to do', async () => {
    await page.waitForSelector('[data-testid="sandbox"]', WAIT)
    await openLesson(page, FIRST)
    await waitForTasks(page, 1)
    expect((await tasks(page)).map((line) => line.slice(0, 2))).toEqual(['○ ', '○ ', '○ ', '○ ', '✓ '])
    expect(await page.isDisabled('[data-testid="next-lesson"]')).toBe(true)
  })

  it('reveals the hints one at a time', async () => {
    expect(await page.$$('[data-testid="lesson-hints"] .hint')).toHaveLength(0)
    await page.click('[data-testid="reveal-hint"]')
    expect(
      await page.$$eval('[data-testid="lesson-hints"] .hint', (hints) => hints.map((h) => h.textContent)),
    ).toEqual(['Hint 1: A field is a class attribute: title = models.CharField(max_length=200).'])
    await page.click('[data-testid="reveal-hint"]')
    expect(await page.$$('[data-testid="lesson-hints"] .hint')).toHaveLength(2)
  })

  it('solves the lesson by writing the model and typing the commands: every task ticks and the next lesson unlocks', async () => {
    await page.waitForSelector('html[data-editor="monaco"]', WAIT)
    await page.click('.monaco-editor .view-lines')
    await page.keyboard.press('Control+A')
    await page.keyboard.press('Delete')
    // Typed line by line as a learner does: the editor indents the lines after `class …:` itself.
    for (const line of MODELS.trimEnd().split('\n')) {
      await page.keyboard.type(line.trimStart())
      await page.keyboard.press('Enter')
    }
    await runInTerminal(page, 'python manage.py makemigrations')
    await idle(page)
    await runInTerminal(page, 'python manage.py migrate')
    await idle(page)
    await waitForTasks(page, 5)
    expect(await page.isDisabled('[data-testid="next-lesson"]')).toBe(false)
    expect(await page.$eval(`option[value="${FIRST}"]`, (option) => option.textContent)).toBe(
      '✓ A first model and its table',
    )
    await page.click('[data-testid="next-lesson"]')
    await page.waitForSelector(`[data-lesson="${SECOND}"]`, WAIT)
    await waitForTasks(page, 1)
  })

  it('counts the commands a learner runs for the lesson', async () => {
    for (const [title, pages] of [
      ['Dune', 412],
      ['Emma', 474],
      ['Animal Farm', 112],
    ] as const) {
      await runInTerminal(
        page,
        `python manage.py shell -c "Book.objects.create(title='${title}', pages=${pages})"`,
      )
      await idle(page)
    }
    await waitForTasks(page, 5)
  })

  it('shows the solution as a diff that changes nothing until it is applied', async () => {
    await openLesson(page, ANATOMY)
    await page.click('[data-testid="show-solution"]')
    await page.waitForSelector('[data-testid="solution-diff"]', WAIT)
    const diff = await page.textContent('[data-testid="solution-diff"]')
    expect(diff).toContain('library/migrations/0002_book_published.py added')
    expect(diff).toContain('+     published = models.DateField(null=True)')
    expect(await page.textContent('[data-testid="solution-commands"]')).toBe(
      '$ python manage.py makemigrations',
    )
    expect(await page.$('[data-path="library/migrations/0002_book_published.py"]')).toBeNull()
    await page.click('[data-testid="apply-solution"]')
    await page.waitForSelector('[data-path="library/migrations/0002_book_published.py"]', WAIT)
    await waitForTasks(page, 3)
  })

  it('resets the lesson to its start', async () => {
    await page.click('[data-testid="reset-lesson"]')
    await page.waitForFunction(
      () => document.querySelector('[data-path="library/migrations/0002_book_published.py"]') === null,
      undefined,
      WAIT,
    )
    await waitForTasks(page, 2)
    expect(errors).toEqual([])
  })
})
