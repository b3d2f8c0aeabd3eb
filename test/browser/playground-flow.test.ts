import type { Browser, Page } from 'playwright-core'
import type { PreviewServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectPageErrors, launchChromium, serveBuiltApp } from './browser'
import { appendInEditor, idle, openPlayground, runInTerminal, terminalShows, WAIT } from './playground-page'

describe('a learner changing models and running the commands', () => {
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

  it('sees a syntax error marked on its line while typing, and the marker goes when it is fixed', async () => {
    await appendInEditor(page, '    pages = models.IntegerField() +')
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="problems"]')
          ?.textContent?.includes('SyntaxError: invalid syntax'),
      undefined,
      WAIT,
    )
    expect(await page.textContent('[data-testid="problems"]')).toContain('library/models.py:12')
    await page.waitForSelector('.monaco-editor .squiggly-error', WAIT)
    await page.keyboard.press('Shift+Home')
    await page.keyboard.press('Shift+Home')
    await page.keyboard.press('Backspace')
    await page.waitForFunction(
      () => document.querySelector('[data-testid="problems"]')?.textContent?.includes('No problems'),
      undefined,
      WAIT,
    )
  })

  it('runs makemigrations then migrate and finds the table with its columns, and the SQL by operation', async () => {
    await page.click('[data-testid="run-makemigrations"]')
    await terminalShows(page, 'library/migrations/0001_initial.py')
    await idle(page)
    await page.click('[data-testid="run-migrate"]')
    await terminalShows(page, 'Applying library.0001_initial... OK')
    await idle(page)
    await page.click('[data-table="library_book"]', WAIT)
    const columns = await page.$$eval('[data-testid="columns"] tbody tr', (rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('td')]
          .map((cell) => cell.textContent)
          .join('|')
          .toLowerCase(),
      ),
    )
    expect(columns).toEqual([
      'id|integer|no||✓|',
      'title|varchar(200)|no|||',
      'published|date|yes|||',
      'author_id|bigint|no|||library_author.id',
    ])
    await page.click('role=tab[name="SQL that ran"]')
    const operations = await page.$$eval('[data-testid="sql-operation"]', (parts) =>
      parts.map((part) => part.textContent?.split('·')[0]?.trim()),
    )
    expect(operations).toEqual(['Create model Author', 'Create model Book'])
    await page.click('role=tab[name="Database"]')
  })

  it('answers the one-off default question in the dialog', async () => {
    await appendInEditor(page, '    pages = models.IntegerField()')
    await page.click('[data-testid="run-makemigrations"]')
    await page.waitForSelector('[data-testid="question-dialog"]', WAIT)
    await page.click('[data-testid="question-dialog"] button:has-text("1) Provide a one-off default")')
    await page.waitForSelector('[data-testid="question-dialog"] button:has-text("timezone.now")', WAIT)
    await page.click('[data-testid="question-dialog"] button:text-is("0")')
    await terminalShows(page, 'library/migrations/0002_book_pages.py')
    await idle(page)
  })

  it('explains a duplicate column with a card and fixes it with --fake', async () => {
    await page.click('[data-testid="run-migrate"]')
    await terminalShows(page, 'Applying library.0002_book_pages... OK')
    await idle(page)
    await appendInEditor(page, '\nisbn = models.CharField(max_length=13, null=True)')
    await page.click('[data-testid="run-makemigrations"]')
    await terminalShows(page, 'library/migrations/0003_book_isbn.py')
    await idle(page)
    await page.fill('#sql-box', 'ALTER TABLE library_book ADD COLUMN isbn varchar(13) NULL')
    await page.click('button:has-text("Run SQL")')
    await page.click('[data-testid="run-migrate"]')
    await page.waitForSelector('[data-card="duplicate-column"]', WAIT)
    const card = await page.textContent('[data-card="duplicate-column"]')
    expect(card).toContain('Duplicate column name: isbn')
    await page.click('[data-card="duplicate-column"] button:has-text("--fake")')
    await terminalShows(page, 'Applying library.0003_book_isbn... FAKED')
    await idle(page)
  })

  it('rolls back from the migration graph', async () => {
    await page.click('role=tab[name="Migration graph"]')
    await page.click('[data-node="library.0001_initial"]', WAIT)
    await page.click('[data-testid="migrate-to-here"]')
    await terminalShows(page, 'Unapplying library.0002_book_pages... OK')
    await idle(page)
    await page.waitForSelector('[data-node="library.0002_book_pages"][aria-label$="(not applied)"]', WAIT)
  })

  it('undoes the rollback: the migration is applied again', async () => {
    await page.click('[data-testid="undo"]')
    await terminalShows(page, 'Undone')
    await page.waitForSelector('[data-node="library.0002_book_pages"][aria-label$="(applied)"]', WAIT)
    expect(errors).toEqual([])
  })
})
