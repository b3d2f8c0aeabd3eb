/**
 * Workspaces and their named snapshots in IndexedDB (idb-keyval, in its own database). Every method
 * resolves to a StoreResult: a full storage or a refused IndexedDB becomes a message for the learner.
 */
import { clear, createStore, del, entries, get, set, type UseStore } from 'idb-keyval'
import {
  type NamedSnapshot,
  type SavedWorkspace,
  upgradeSaved,
  type WorkspaceSummary,
} from './saved-workspace'

/** A value, or the reason storage failed in words for the learner. */
export type StoreResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string }

/** The saved workspaces and their snapshots. */
export interface WorkspaceStore {
  load(id: string): Promise<StoreResult<SavedWorkspace | null>>
  save(workspace: SavedWorkspace): Promise<StoreResult<null>>
  list(): Promise<StoreResult<WorkspaceSummary[]>>
  remove(id: string): Promise<StoreResult<null>>
  /** Deletes every workspace and snapshot. */
  clearAll(): Promise<StoreResult<null>>
  snapshots(id: string): Promise<StoreResult<NamedSnapshot[]>>
  saveSnapshots(id: string, snapshots: readonly NamedSnapshot[]): Promise<StoreResult<null>>
}

const WORKSPACE = 'workspace:'
const SNAPSHOTS = 'snapshots:'

/** The learner's words for a storage error. */
export function storageMessage(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : ''
  if (name === 'QuotaExceededError')
    return 'Your work could not be saved: the browser’s storage for this site is full. Delete old workspaces or snapshots, or download your project.'
  return `Your work cannot be saved in this browser (IndexedDB refused: ${
    error instanceof Error ? error.message : String(error)
  }). Everything else works; download your scenario or project to keep it.`
}

async function attempt<T>(work: () => Promise<T>): Promise<StoreResult<T>> {
  try {
    return { ok: true, value: await work() }
  } catch (error) {
    return { ok: false, message: storageMessage(error) }
  }
}

/** Opens the store (database `migration-playground`, object store `workspaces`). */
export function createWorkspaceStore(): WorkspaceStore {
  let store: UseStore | null = null
  const db = (): UseStore => (store ??= createStore('migration-playground', 'workspaces'))
  return {
    load: (id) => attempt(async () => upgradeSaved(await get(WORKSPACE + id, db()))),
    save: (workspace) => attempt(async () => (await set(WORKSPACE + workspace.id, workspace, db()), null)),
    list: () =>
      attempt(async () =>
        (await entries<string, unknown>(db()))
          .filter(([key]) => key.startsWith(WORKSPACE))
          .map(([, value]) => upgradeSaved(value))
          .filter((saved): saved is SavedWorkspace => saved !== null)
          .map(({ id, title, savedAt }) => ({ id, title, savedAt }))
          .sort((a, b) => b.savedAt - a.savedAt),
      ),
    remove: (id) =>
      attempt(async () => {
        await del(WORKSPACE + id, db())
        await del(SNAPSHOTS + id, db())
        return null
      }),
    clearAll: () => attempt(async () => (await clear(db()), null)),
    snapshots: (id) =>
      attempt(async () => {
        const raw = await get<unknown>(SNAPSHOTS + id, db())
        if (!Array.isArray(raw)) return []
        return raw.flatMap((item: unknown): NamedSnapshot[] => {
          const entry = item as Partial<NamedSnapshot>
          const workspace = upgradeSaved(entry.workspace)
          return workspace !== null && typeof entry.name === 'string'
            ? [{ name: entry.name, takenAt: Number(entry.takenAt ?? 0), workspace }]
            : []
        })
      }),
    saveSnapshots: (id, snapshots) =>
      attempt(async () => (await set(SNAPSHOTS + id, [...snapshots], db()), null)),
  }
}
