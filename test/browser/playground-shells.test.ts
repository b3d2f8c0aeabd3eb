import type { Browser, Page } from 'playwright-core'
import type { PreviewServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectPageErrors, launchChromium, serveBuiltApp } from './browser'
import { idle, openPlayground, runInTerminal, terminalShows, WAIT } from './playground-page'

describe('the shells, the hints and the files of a project', () => {
  let browser: Browser
  let server: PreviewServer
  let page: Page
  let errors: string[]

  beforeAll(async () => {
    let url: string
    ;({ server, url } = await serveBuiltApp())
    browser = await launchChromium()
    page = await openPlayground(browser, url, 700)
    errors = collectPageErrors(page)
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('hints at manage.py when python makemigrations is typed', async () => {
    await runInTerminal(page, 'python makemigrations')
    await terminalShows(page, 'try `python manage.py makemigrations`')
  })

  it('opens a migration written by makemigrations with the generated notice', async () => {
    await runInTerminal(page, 'python manage.py makemigrations')
    await terminalShows(page, 'library/migrations/0001_initial.py')
    await idle(page)
    await page.click('[data-path="library/migrations/0001_initial.py"]')
    await page.waitForSelector('[data-testid="generated-notice"]', WAIT)
    await page.click('[data-path="library/models.py"]')
    expect(await page.$('[data-testid="generated-notice"]')).toBeNull()
  })

  it('runs python manage.py shell as an interactive prompt that keeps its state (Tab indents, ↑ recalls)', async () => {
    await runInTerminal(page, 'python manage.py migrate')
    await idle(page)
    await runInTerminal(page, 'python manage.py shell')
    await terminalShows(page, '(InteractiveConsole)\n>>> ')
    await runInTerminal(page, "a = Author.objects.create(name='Ann')")
    await runInTerminal(page, 'for i in range(2):')
    await terminalShows(page, '>>> for i in range(2):\n... ')
    await page.press('[data-testid="terminal-input"]', 'Tab')
    await page.type('[data-testid="terminal-input"]', 'print(i, a.name)')
    expect(await page.inputValue('[data-testid="terminal-input"]')).toBe('    print(i, a.name)')
    await page.press('[data-testid="terminal-input"]', 'Enter')
    await runInTerminal(page, '')
    await terminalShows(page, '0 Ann\n1 Ann\n>>> ')
    await runInTerminal(page, 'Author.objects.count()')
    await terminalShows(page, 'Author.objects.count()\n1\n>>> ')
    await page.press('[data-testid="terminal-input"]', 'ArrowUp')
    expect(await page.inputValue('[data-testid="terminal-input"]')).toBe('Author.objects.count()')
    await page.fill('[data-testid="terminal-input"]', '')
    await page.press('[data-testid="terminal-input"]', 'Control+d')
    await terminalShows(page, 'now exiting InteractiveConsole...')
    await idle(page)
  })

  it('runs python manage.py dbshell as a SQL prompt', async () => {
    await runInTerminal(page, 'python manage.py dbshell')
    await terminalShows(page, 'sqlite> ')
    await runInTerminal(page, '.tables')
    await terminalShows(page, 'library_author')
    await runInTerminal(page, 'SELECT id, name')
    await terminalShows(page, '   ...> ')
    await runInTerminal(page, 'FROM library_author;')
    await terminalShows(page, 'FROM library_author;\n1|Ann\nsqlite> ')
    await runInTerminal(page, '.quit')
    await idle(page)
  })

  it('creates an app with the New app button', async () => {
    page.once('dialog', (dialog) => void dialog.accept('shop'))
    await page.click('button[aria-label="New app"]')
    await page.waitForSelector('[data-path="shop/models.py"]', WAIT)
    expect(await page.inputValue('textarea[aria-label="Edit shop/models.py"]')).toBe(
      'from django.db import models\n\n# Create your models here.\n',
    )
    await runInTerminal(page, 'python manage.py showmigrations shop')
    await terminalShows(page, 'shop\n (no migrations)')
    await idle(page)
    expect(errors).toEqual([])
  })
})
