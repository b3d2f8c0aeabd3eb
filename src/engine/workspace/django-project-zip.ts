/** "Download as Django project": a zip that runs with real Django (manage.py, settings.py, the apps, db.sqlite3, a README). */
import { strToU8, zipSync, type Zippable } from 'fflate'
import { MANAGE_PY, readme, settingsPy } from './project-templates'

/** The workspace to export: its files by path and its database file's bytes (null when there is none). */
export interface ExportedWorkspace {
  readonly files: Readonly<Record<string, string>>
  readonly database: Uint8Array | null
}

/** The zip's entries are stamped with this date, so the same workspace gives the same bytes. */
const STAMP = new Date(Date.UTC(2025, 0, 1, 12, 0, 0))

/** The installed apps of these files: top-level folders holding a `models.py`, alphabetical. */
export function appsOfFiles(files: Readonly<Record<string, string>>): string[] {
  const apps = new Set<string>()
  for (const path of Object.keys(files)) {
    const parts = path.split('/')
    if (parts.length === 2 && parts[1] === 'models.py') apps.add(parts[0]!)
  }
  return [...apps].sort()
}

/**
 * Takes a workspace and the name of the project folder; returns the entries of the zip by path (each
 * under `<name>/`): manage.py, settings.py, README.md, every file of the workspace, an `__init__.py`
 * for each app that lacks one, and db.sqlite3 when there is a database.
 */
export function djangoProjectEntries(workspace: ExportedWorkspace, name: string): Record<string, Uint8Array> {
  const apps = appsOfFiles(workspace.files)
  const entries: Record<string, Uint8Array> = {
    [`${name}/manage.py`]: strToU8(MANAGE_PY),
    [`${name}/settings.py`]: strToU8(settingsPy(apps)),
    [`${name}/README.md`]: strToU8(readme(name, apps)),
  }
  for (const app of apps) entries[`${name}/${app}/__init__.py`] = new Uint8Array(0)
  for (const path of Object.keys(workspace.files).sort())
    entries[`${name}/${path}`] = strToU8(workspace.files[path]!)
  if (workspace.database !== null && workspace.database.length > 0)
    entries[`${name}/db.sqlite3`] = workspace.database
  return entries
}

/** The zip file of djangoProjectEntries (deflated, with a fixed date). */
export function djangoProjectZip(workspace: ExportedWorkspace, name = 'playground_project'): Uint8Array {
  const entries = djangoProjectEntries(workspace, name)
  const zippable: Zippable = {}
  for (const [path, bytes] of Object.entries(entries)) zippable[path] = [bytes, { mtime: STAMP }]
  return zipSync(zippable, { level: 6 })
}
