/**
 * "Open a Django project": a zip, or the files of a dropped folder, read into a workspace. The apps are
 * the folders holding a `models.py` next to each other (under manage.py's folder when there is one);
 * their Python files are taken, `db.sqlite3` beside them is the database. Everything is checked first.
 */
import { strFromU8, unzipSync } from 'fflate'
import { appsOfFiles } from './django-project-zip'
import { checkPath, LIMITS } from './workspace-limits'
import { WorkspaceInputError } from './workspace-error'

/** One file of a dropped folder or a zip: its path (either separator) and bytes. */
export interface ProjectEntry {
  readonly path: string
  readonly bytes: Uint8Array
}

/** A project read into a workspace: its files, its database (or null), its apps, and what was left out. */
export interface OpenedProject {
  readonly files: Record<string, string>
  readonly database: Uint8Array | null
  readonly apps: readonly string[]
  readonly skipped: readonly string[]
}

const SQLITE_HEADER = 'SQLite format 3\0'

function normalisedPath(raw: string, source: string): string | null {
  const path = raw.replace(/\\/g, '/').replace(/^\.\//, '')
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path))
    throw new WorkspaceInputError(`${source}: the entry ${JSON.stringify(raw)} has an absolute path`)
  const parts = path.split('/').filter((part) => part !== '')
  if (parts.includes('..'))
    throw new WorkspaceInputError(`${source}: the entry ${JSON.stringify(raw)} points outside the project`)
  if (parts.length === 0 || path.endsWith('/')) return null
  if (parts.some((part) => part.startsWith('.') || part === '__pycache__' || part === '__MACOSX')) return null
  return parts.join('/')
}

/** The folder (with a trailing `/`, or '') that holds the apps: where manage.py is, else the shallowest models.py's parent's parent. */
function projectRoot(paths: readonly string[], source: string): string {
  const roots = paths
    .filter((path) => path.endsWith('/models.py'))
    .map((path) => path.split('/').slice(0, -2))
    .sort((a, b) => a.length - b.length)
  if (roots.length === 0)
    throw new WorkspaceInputError(`${source}: no Django app found (an app is a folder holding models.py)`)
  const manage = paths
    .filter((path) => path === 'manage.py' || path.endsWith('/manage.py'))
    .map((path) => path.split('/').slice(0, -1).join('/'))
  const candidates = roots.map((root) => root.join('/'))
  const root = manage.find((folder) => candidates.includes(folder)) ?? candidates[0]!
  return root === '' ? '' : `${root}/`
}

function isSqlite(bytes: Uint8Array): boolean {
  return bytes.length >= 16 && strFromU8(bytes.subarray(0, 16), true) === SQLITE_HEADER
}

/** Reads the entries of a dropped folder or an unzipped file (`source` names it in messages); throws WorkspaceInputError. */
export function readDjangoProject(entries: readonly ProjectEntry[], source: string): OpenedProject {
  if (entries.length > LIMITS.zipEntries)
    throw new WorkspaceInputError(
      `${source}: ${entries.length} files, over the limit of ${LIMITS.zipEntries}`,
    )
  const byPath = new Map<string, Uint8Array>()
  for (const entry of entries) {
    const path = normalisedPath(entry.path, source)
    if (path !== null) byPath.set(path, entry.bytes)
  }
  const root = projectRoot([...byPath.keys()], source)
  const files: Record<string, string> = {}
  const skipped: string[] = []
  let database: Uint8Array | null = null
  for (const [path, bytes] of [...byPath].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!path.startsWith(root)) {
      skipped.push(path)
      continue
    }
    const relative = path.slice(root.length)
    if (relative === 'db.sqlite3') {
      if (bytes.length > LIMITS.databaseBytes)
        throw new WorkspaceInputError(
          `${source}: db.sqlite3 is over the limit of ${LIMITS.databaseBytes} bytes`,
        )
      if (bytes.length > 0 && !isSqlite(bytes))
        throw new WorkspaceInputError(`${source}: db.sqlite3 is not an SQLite database`)
      database = bytes.length > 0 ? bytes : null
      continue
    }
    if (!relative.endsWith('.py') || !relative.includes('/')) {
      skipped.push(path)
      continue
    }
    files[relative] = path
  }
  const apps = appsOfFiles(Object.fromEntries(Object.keys(files).map((path) => [path, ''])))
  const taken: Record<string, string> = {}
  for (const [relative, path] of Object.entries(files)) {
    if (!apps.includes(relative.split('/')[0]!)) {
      skipped.push(path)
      continue
    }
    checkPath(relative, source)
    const bytes = byPath.get(path)!
    if (bytes.length > LIMITS.fileChars)
      throw new WorkspaceInputError(`${source}: ${relative} is over the limit of ${LIMITS.fileChars} bytes`)
    const text = strFromU8(bytes)
    if (text.includes('\0')) throw new WorkspaceInputError(`${source}: ${relative} is not a text file`)
    taken[relative] = text
  }
  if (Object.keys(taken).length > LIMITS.files)
    throw new WorkspaceInputError(`${source}: more than ${LIMITS.files} Python files`)
  return { files: taken, database, apps, skipped: skipped.sort() }
}

/** Unzips a project's zip and reads it as readDjangoProject does; sizes are checked before inflating. */
export function readDjangoProjectZip(zip: Uint8Array, source: string): OpenedProject {
  if (zip.length > LIMITS.zipBytes)
    throw new WorkspaceInputError(`${source}: ${zip.length} bytes, over the limit of ${LIMITS.zipBytes}`)
  let count = 0
  let total = 0
  let unzipped: Record<string, Uint8Array>
  try {
    unzipped = unzipSync(zip, {
      filter: (file) => {
        count += 1
        total += file.originalSize
        if (count > LIMITS.zipEntries)
          throw new WorkspaceInputError(`${source}: more than ${LIMITS.zipEntries} entries`)
        if (total > LIMITS.zipBytes)
          throw new WorkspaceInputError(`${source}: unpacks to more than ${LIMITS.zipBytes} bytes`)
        return true
      },
    })
  } catch (error) {
    if (error instanceof WorkspaceInputError) throw error
    throw new WorkspaceInputError(`${source}: not a readable zip file (${(error as Error).message})`)
  }
  return readDjangoProject(
    Object.entries(unzipped).map(([path, bytes]) => ({ path, bytes })),
    source,
  )
}
