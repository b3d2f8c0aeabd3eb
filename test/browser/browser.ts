import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { preview, type PreviewServer } from 'vite'

/** Debian's Chromium, which the tests drive; never a downloaded browser. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
]

/** Launches headless Chromium; fails with the install command when it is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM_PATH}. The browser tests need Debian's Chromium: ` +
        'run `apt-get update && apt-get install -y chromium` (or set CHROMIUM_PATH), then `npm test` again.',
    )
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: FLAGS })
}

/**
 * Serves the built app as `vite preview` does, on a free port of localhost: a private copy of `dist/`,
 * so a build started meanwhile (the checkout is shared) cannot swap the files under a running test.
 */
export async function serveBuiltApp(): Promise<{ server: PreviewServer; url: string }> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first.')
  const copy = mkdtempSync(join(tmpdir(), 'playground-dist-'))
  cpSync('dist', copy, { recursive: true })
  const server = await preview({
    build: { outDir: copy },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'silent',
  })
  server.httpServer.once('close', () => rmSync(copy, { recursive: true, force: true }))
  const url = server.resolvedUrls?.local[0]
  if (url === undefined) throw new Error('vite preview did not report a URL')
  return { server, url }
}

/** Collects console errors and uncaught page errors, as the tests require none. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`))
  return errors
}
