import type { Problem } from '../worker/diagnostics'

/** A request to reveal a line in the editor (the nonce makes repeated requests distinct). */
export interface Reveal {
  readonly path: string
  readonly line: number
  readonly nonce: number
}

/** The project as the editor holds it: files, open tabs, the active file and its problems. */
export interface ProjectState {
  files: Record<string, string>
  tabs: string[]
  active: string | null
  problems: Problem[]
  reveal: Reveal | null
}

/** Takes the initial files, returns the project state with models.py files open. */
export function createProject(files: Readonly<Record<string, string>>): ProjectState {
  const models = Object.keys(files).filter((path) => path.endsWith('/models.py'))
  const state: ProjectState = $state({
    files: { ...files },
    tabs: models,
    active: models[0] ?? null,
    problems: [],
    reveal: null,
  })
  return state
}

/** Opens a file in a tab and makes it active, optionally revealing a line. */
export function openFile(project: ProjectState, path: string, line?: number): void {
  if (!project.tabs.includes(path)) project.tabs.push(path)
  project.active = path
  if (line !== undefined) project.reveal = { path, line, nonce: (project.reveal?.nonce ?? 0) + 1 }
}

/** Closes a tab; the neighbouring tab becomes active. */
export function closeTab(project: ProjectState, path: string): void {
  const index = project.tabs.indexOf(path)
  if (index < 0) return
  project.tabs.splice(index, 1)
  if (project.active === path) project.active = project.tabs[Math.max(0, index - 1)] ?? null
}

/** Replaces every file (after a command or undo), keeping tabs whose files still exist. */
export function replaceFiles(project: ProjectState, files: Record<string, string>): void {
  project.files = files
  project.tabs = project.tabs.filter((path) => path in files)
  if (project.active !== null && !(project.active in files)) project.active = project.tabs[0] ?? null
}

/** Renames a file (and its tab). */
export function renameFile(project: ProjectState, from: string, to: string): void {
  const { [from]: text, ...rest } = project.files
  if (text === undefined || to in rest) return
  project.files = { ...rest, [to]: text }
  project.tabs = project.tabs.map((path) => (path === from ? to : path))
  if (project.active === from) project.active = to
}

/** Deletes a file (and closes its tab). */
export function deleteFile(project: ProjectState, path: string): void {
  const { [path]: _removed, ...rest } = project.files
  project.files = rest
  closeTab(project, path)
}

/** The models.py a new app starts with, as `startapp` writes it. */
const NEW_APP_MODELS = 'from django.db import models\n\n# Create your models here.\n'

/** Why an app label cannot be used, or null when it can (a Python identifier, not taken). */
export function appLabelProblem(project: ProjectState, label: string): string | null {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(label))
    return `'${label}' is not a valid app label: use letters, digits and _.`
  if (Object.keys(project.files).some((path) => path.startsWith(`${label}/`)))
    return `'${label}' already exists.`
  return null
}

/** Creates an app as `startapp` does for the models: `label/models.py` and `label/migrations/__init__.py`; opens its models.py. */
export function createApp(project: ProjectState, label: string): void {
  project.files = {
    ...project.files,
    [`${label}/models.py`]: NEW_APP_MODELS,
    [`${label}/migrations/__init__.py`]: '',
  }
  openFile(project, `${label}/models.py`)
}

/** Renames an app: every file under `from/` moves under `to/` (tabs follow). */
export function renameApp(project: ProjectState, from: string, to: string): void {
  const moved = (path: string): string =>
    path.startsWith(`${from}/`) ? `${to}/${path.slice(from.length + 1)}` : path
  project.files = Object.fromEntries(Object.entries(project.files).map(([path, text]) => [moved(path), text]))
  project.tabs = project.tabs.map(moved)
  if (project.active !== null) project.active = moved(project.active)
}

/** Deletes an app: every file under `label/` (and their tabs). */
export function deleteApp(project: ProjectState, label: string): void {
  for (const path of Object.keys(project.files)) if (path.startsWith(`${label}/`)) deleteFile(project, path)
}
