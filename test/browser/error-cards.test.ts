import type { Browser, Page } from 'playwright-core'
import type { PreviewServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectPageErrors, launchChromium, serveBuiltApp } from './browser'
import { idle, openPlayground, runInTerminal, terminalShows, WAIT } from './playground-page'

const MIGRATION = (dependencies: string, operations = ''): string => `from django.db import migrations


def forwards(apps, schema_editor):
    pass


class Migration(migrations.Migration):
    dependencies = [${dependencies}]
    operations = [${operations}]
`

describe('error cards: what happened, why, how to fix it, with one-click fixes', () => {
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

  /** Runs a line in the terminal and waits until the command has finished. */
  async function run(line: string): Promise<void> {
    await runInTerminal(page, line)
    await page.waitForFunction(
      (typed) =>
        document.querySelector('[data-testid="terminal-output"]')?.textContent?.includes(`$ ${typed}`),
      line,
      WAIT,
    )
    await idle(page)
  }

  /** Waits for the card and returns its text. */
  async function card(id: string): Promise<string> {
    await page.waitForSelector(`[data-card="${id}"]`, WAIT)
    return (await page.textContent(`[data-card="${id}"]`)) ?? ''
  }

  /** Creates a file through the tree's New file button and types its text. */
  async function newFile(path: string, text: string): Promise<void> {
    page.once('dialog', (dialog) => void dialog.accept(path))
    await page.click('button[aria-label="New file"]')
    await page.fill(`textarea[aria-label="Edit ${path}"]`, text)
  }

  async function runSql(sql: string): Promise<void> {
    await page.click('role=tab[name="Database"]')
    await page.fill('#sql-box', sql)
    await page.click('button:has-text("Run SQL")')
  }

  it('explains "no such table" and its fixes make and apply the migration', async () => {
    await run('python manage.py shell -c "Author.objects.count()"')
    expect(await card('no-such-table')).toContain('No such table: library_author')
    await page.click('[data-card="no-such-table"] button:has-text("Run makemigrations")')
    await terminalShows(page, 'library/migrations/0001_initial.py')
    await idle(page)
    await run('python manage.py migrate')
    await page.waitForSelector('[data-table="library_author"]', WAIT)
  })

  it('explains a NOT NULL constraint failure', async () => {
    await run('python manage.py shell -c "Author.objects.create(name=None)"')
    expect(await card('not-null-failed')).toContain('NOT NULL constraint failed: library_author.name')
  })

  it('explains SQLite refusing a NOT NULL column without a default in the SQL box', async () => {
    await run('python manage.py shell -c "Author.objects.create(name=\'Ann\')"')
    await runSql('ALTER TABLE library_author ADD COLUMN age integer NOT NULL')
    expect(await card('not-null-column')).toContain('Cannot add a NOT NULL column with default value NULL')
  })

  it('explains a system check error and opens the field at its line', async () => {
    const models = await page.inputValue('textarea[aria-label="Edit library/models.py"]')
    await page.fill(
      'textarea[aria-label="Edit library/models.py"]',
      models.replace(
        '    name = models.CharField(max_length=100)\n',
        '    name = models.CharField(max_length=100)\n    fee = models.DecimalField()\n',
      ),
    )
    await run('python manage.py makemigrations')
    expect(await card('system-check')).toContain('library.Author.fee')
    await page.click('[data-card="system-check"] button:has-text("Open library/models.py at Author.fee")')
    await page.fill('textarea[aria-label="Edit library/models.py"]', models)
  })

  it('explains two leaf migrations and merges them in one click (answering Django in the dialog)', async () => {
    await newFile('library/migrations/0002_a.py', MIGRATION("('library', '0001_initial')"))
    await newFile('library/migrations/0002_b.py', MIGRATION("('library', '0001_initial')"))
    await run('python manage.py migrate')
    expect(await card('multiple-leaves')).toMatch(/more than one leaf: 0002_[ab], 0002_[ab] in library/)
    await page.click('[data-card="multiple-leaves"] button:has-text("makemigrations --merge")')
    await page.click('[data-testid="question-dialog"] button:text-is("Yes")', WAIT)
    await terminalShows(page, 'Created new merge migration')
    await idle(page)
    await run('python manage.py migrate')
  })

  it('explains an irreversible migration and opens its file', async () => {
    await newFile(
      'library/migrations/0004_data.py',
      MIGRATION("('library', '0003_merge_0002_a_0002_b')", 'migrations.RunPython(forwards)'),
    )
    await run('python manage.py migrate')
    await run('python manage.py migrate library 0001')
    expect(await card('irreversible')).toContain('library.0004_data cannot be unapplied')
    await page.click('[data-card="irreversible"] button:has-text("Open library/migrations/0004_data.py")')
    await page.waitForSelector(
      '[role="tab"][aria-selected="true"]:has-text("library/migrations/0004_data.py")',
      WAIT,
    )
  })

  it('explains an inconsistent history and records the missing dependency in one click', async () => {
    await runSql("DELETE FROM django_migrations WHERE name = '0001_initial'")
    await run('python manage.py migrate')
    expect(await card('inconsistent-history')).toContain('library.0001_initial')
    await page.click(
      '[data-card="inconsistent-history"] button:has-text("Record library.0001_initial as applied")',
    )
    await page.waitForSelector('[data-card="inconsistent-history"]', { ...WAIT, state: 'detached' })
    await run('python manage.py migrate')
    expect(await page.$('[data-card]')).toBeNull()
  })

  it('explains a table that already exists and a dependency on a missing migration', async () => {
    await runSql('CREATE TABLE library_review (id integer)')
    await page.click('[data-path="library/models.py"]')
    const models = await page.inputValue('textarea[aria-label="Edit library/models.py"]')
    await page.fill(
      'textarea[aria-label="Edit library/models.py"]',
      `${models}\n\nclass Review(models.Model):\n    stars = models.IntegerField()\n`,
    )
    await run('python manage.py makemigrations')
    await run('python manage.py migrate')
    expect(await card('table-exists')).toContain('Table library_review already exists')
    await newFile('library/migrations/0006_orphan.py', MIGRATION("('library', '0009_missing')"))
    await run('python manage.py migrate')
    expect(await card('nonexistent-parent')).toContain(
      'library.0006_orphan depends on a migration that does not exist',
    )
    expect(errors).toEqual([])
  })
})
