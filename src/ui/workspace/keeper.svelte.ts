/**
 * Keeping the learner's work: autosave of the workspace to IndexedDB (at most a second after a change,
 * and when the page is hidden), restore on load, named snapshots, the workspace list, share links,
 * scenario files, project zips and the embed mode. A link or an embed never writes over saved work.
 */
import { startPlan } from '../../engine/lessons/course'
import { contentHash } from '../../engine/workspace/content-hash'
import { djangoProjectZip } from '../../engine/workspace/django-project-zip'
import { readDjangoProject, readDjangoProjectZip } from '../../engine/workspace/project-reader'
import { readScenario } from '../../engine/workspace/scenario-input'
import { writeScenario } from '../../engine/workspace/scenario-writer'
import {
  decodeSharePayload,
  encodeShareFragment,
  LINK_FILE_CHARS,
  LINK_WARNING_CHARS,
  shareParameter,
} from '../../engine/workspace/share-link'
import type { Snapshot } from '../../worker/api'
import type { RecordedScenario } from '../../worker/workspace'
import { DEFAULT_PROJECT } from '../default-project'
import { loadProgress, saveProgress } from '../lessons/progress'
import { replaceFiles } from '../project.svelte'
import type { Session } from '../session.svelte'
import type { OutputChunk } from '../terminal.svelte'
import { download } from './downloads'
import {
  type NamedSnapshot,
  SAVED_VERSION,
  type SavedWorkspace,
  type WorkspaceSummary,
} from './saved-workspace'
import { createWorkspaceStore, type WorkspaceStore } from './workspace-store'

/** Autosave waits this long after the last change. */
const SAVE_DELAY_MS = 400

/** A share link made for the learner, with what to know about it. */
export interface ShareOffer {
  readonly url: string
  readonly warnings: readonly string[]
  /** True when the link is too long to be used: the scenario file is offered instead. */
  readonly tooLong: boolean
}

/** What the workspace bar shows. */
export interface KeeperState {
  /** `own`: the learner's saved work (autosaved); `link`: a shared scenario, not saved unless kept. */
  mode: 'own' | 'link'
  embed: boolean
  message: string | null
  error: string | null
  saved: number | null
  share: ShareOffer | null
  workspaces: WorkspaceSummary[]
  snapshots: NamedSnapshot[]
  busy: string | null
}

/** The workspace bar's actions. */
export interface Keeper {
  readonly state: KeeperState
  /** Once the engine is ready: opens the link or the embed's scenario, or restores the saved work. */
  start(): Promise<void>
  /** Saves now (when saving is on). */
  save(): Promise<void>
  share(): Promise<void>
  downloadScenario(): Promise<void>
  openScenario(file: File): Promise<void>
  downloadProject(): Promise<void>
  openProject(files: readonly { path: string; file: File }[]): Promise<void>
  takeSnapshot(name: string): Promise<void>
  restoreSnapshot(name: string): Promise<void>
  deleteSnapshot(name: string): Promise<void>
  /** Rereads the workspace and snapshot lists. */
  refreshLists(): Promise<void>
  deleteWorkspace(id: string): Promise<void>
  resetEverything(): Promise<void>
  /** Makes the shared scenario the learner's own work (saved from now on). */
  keepShared(): Promise<void>
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** True for the bytes of a zip file (its local file header signature). */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

function currentId(): string {
  const lesson = loadProgress().current
  return lesson === null ? 'sandbox' : `lesson:${lesson}`
}

/** Creates the keeper on a session; call during a component's initialisation (it sets up effects and listeners). */
export function createKeeper(session: Session, store: WorkspaceStore = createWorkspaceStore()): Keeper {
  const params = new URLSearchParams(location.search)
  const link = shareParameter(location.hash)
  const state: KeeperState = $state({
    mode: link !== null ? 'link' : 'own',
    embed: params.get('embed') === '1',
    message: null,
    error: null,
    saved: null,
    share: null,
    workspaces: [],
    snapshots: [],
    busy: null,
  })
  let started = false
  let timer: ReturnType<typeof setTimeout> | null = null
  let last: SavedWorkspace | null = null
  const api = (): Session['engine']['api'] => session.engine.api
  const saving = (): boolean => started && state.mode === 'own' && !state.embed

  function fail(error: unknown): void {
    state.error = messageOf(error)
  }

  async function workspaceNow(): Promise<SavedWorkspace> {
    const files = $state.snapshot(session.project.files)
    const written = await api().setFiles(files)
    if (!written.ok) throw new Error(written.error.message)
    const snapshot = await api().snapshot()
    if (!snapshot.ok) throw new Error(snapshot.error.message)
    const id = currentId()
    return {
      version: SAVED_VERSION,
      id,
      title: id === 'sandbox' ? 'Sandbox' : `Lesson ${id.slice('lesson:'.length)}`,
      savedAt: Date.now(),
      files: snapshot.value.files,
      database: snapshot.value.database,
      transcript: $state.snapshot(session.terminal.output),
      recording: snapshot.value.recording ?? null,
      lesson: null,
    }
  }

  async function save(): Promise<void> {
    if (!saving() || session.terminal.running !== null) return
    let workspace: SavedWorkspace
    try {
      workspace = await workspaceNow()
    } catch {
      return
    }
    const result = await store.save(workspace)
    if (!result.ok) {
      state.error = result.message
      return
    }
    last = workspace
    state.saved = workspace.savedAt
    document.documentElement.dataset['saved'] = String(workspace.savedAt)
  }

  /** Saves what the page holds without asking the worker (the page is going away). */
  function saveNowFromPage(): void {
    if (!saving() || last === null) return
    void store.save({
      ...last,
      savedAt: Date.now(),
      files: $state.snapshot(session.project.files),
      transcript: $state.snapshot(session.terminal.output),
    })
  }

  $effect(() => {
    void JSON.stringify(session.project.files)
    void session.terminal.output.length
    void session.terminal.running
    void session.panels.sqlLog.length
    void session.panels.undoDepth
    if (!saving()) return
    if (timer !== null) clearTimeout(timer)
    timer = setTimeout(() => void save(), SAVE_DELAY_MS)
  })

  const hidden = (): void => {
    if (document.visibilityState === 'hidden') saveNowFromPage()
  }
  addEventListener('pagehide', saveNowFromPage)
  document.addEventListener('visibilitychange', hidden)

  async function load(
    workspace: Pick<SavedWorkspace, 'files' | 'database' | 'recording'>,
    transcript: OutputChunk[],
  ): Promise<void> {
    const snapshot: Snapshot =
      workspace.recording === null
        ? { files: workspace.files, database: workspace.database }
        : { files: workspace.files, database: workspace.database, recording: workspace.recording }
    const restored = await api().restore(snapshot)
    if (!restored.ok) throw new Error(restored.error.message)
    replaceFiles(session.project, { ...workspace.files })
    const models = Object.keys(workspace.files).filter((path) => path.endsWith('/models.py'))
    session.project.tabs = models
    session.project.active = models[0] ?? null
    session.terminal.output = transcript
    await session.refresh()
  }

  async function replay(
    text: string,
    source: string,
    intro: string,
    start: 'empty' | 'current' = 'empty',
  ): Promise<void> {
    const result = await api().replay(text, source, start)
    if (!result.ok) throw new Error(result.error.message)
    replaceFiles(session.project, { ...result.value.files })
    const models = Object.keys(result.value.files).filter((path) => path.endsWith('/models.py'))
    session.project.tabs = models
    session.project.active = models[0] ?? null
    session.terminal.output = [
      { stream: 'hint', text: intro },
      { stream: 'stdout', text: result.value.transcript },
    ]
    await session.refresh()
  }

  /** Opens a share link's scenario; returns false when the link cannot be used (nothing was changed). */
  async function openLink(value: string): Promise<boolean> {
    let shared
    try {
      shared = decodeSharePayload(value)
    } catch (error) {
      state.mode = 'own'
      state.error = `This link cannot be opened: ${messageOf(error)}. Your saved work is untouched.`
      return false
    }
    state.busy = 'Replaying the shared scenario…'
    try {
      const intro = 'Shared scenario replayed: this is not your saved work, which is untouched.\n'
      let changed = false
      if (shared.lesson === null) await replay(shared.text, 'the link', intro)
      else {
        const id = shared.lesson.id
        const { bundledCourse } = await import('../lessons/bundled-course')
        const { course } = bundledCourse()
        if (!course.lessons.some((lesson) => lesson.id === id))
          throw new Error(`it was made in the lesson “${id}”, which this playground does not have`)
        const prepared = await api().lessonStart(startPlan(course, id))
        if (!prepared.ok) throw new Error(prepared.error.message)
        const restored = await api().restore({
          files: prepared.value.files,
          database: prepared.value.database,
        })
        if (!restored.ok) throw new Error(restored.error.message)
        changed = contentHash(prepared.value.files) !== shared.lesson.start
        await replay(writeScenario(shared.steps), 'the link', `Lesson ${id}: ${intro}`, 'current')
      }
      state.message =
        'You are looking at a shared scenario. Your own work is saved apart and untouched.' +
        (changed ? ' The lesson changed since the link was made: the result may differ.' : '')
    } catch (error) {
      state.error = `This link cannot be replayed: ${messageOf(error)}. Your saved work is untouched.`
    } finally {
      state.busy = null
    }
    return true
  }

  async function restoreSaved(): Promise<void> {
    const id = currentId()
    if (id !== 'sandbox') return
    const saved = await store.load(id)
    if (!saved.ok) {
      state.error = saved.message
      return
    }
    if (saved.value === null) return
    last = saved.value
    await load(saved.value, saved.value.transcript)
    state.message = `Your work was restored (saved ${new Date(saved.value.savedAt).toLocaleString()}).`
  }

  async function current(): Promise<RecordedScenario> {
    const files = $state.snapshot(session.project.files)
    const written = await api().setFiles(files)
    if (!written.ok) throw new Error(written.error.message)
    const scenario = await api().scenario()
    if (!scenario.ok) throw new Error(scenario.error.message)
    return scenario.value
  }

  async function snapshotsOf(id: string): Promise<NamedSnapshot[]> {
    const result = await store.snapshots(id)
    if (!result.ok) throw new Error(result.message)
    return result.value
  }

  async function refreshLists(): Promise<void> {
    const [list, snapshots] = await Promise.all([store.list(), store.snapshots(currentId())])
    if (list.ok) state.workspaces = list.value
    else state.error = list.message
    if (snapshots.ok) state.snapshots = snapshots.value
  }

  async function guarded(busy: string, work: () => Promise<void>): Promise<void> {
    if (session.terminal.running !== null) return
    state.busy = busy
    state.error = null
    try {
      await work()
    } catch (error) {
      fail(error)
    } finally {
      state.busy = null
    }
  }

  return {
    state,
    async start() {
      const value = link ?? (state.embed ? params.get('scenario') : null)
      if (value === null || !(await openLink(value))) await restoreSaved()
      started = true
      document.documentElement.dataset['workspace'] = state.mode
    },
    save,
    share: () =>
      guarded('Making the link…', async () => {
        const scenario = await current()
        const lessonId = loadProgress().current
        const lesson = lessonId !== null ? { id: lessonId, startFiles: scenario.start } : undefined
        const fragment = encodeShareFragment(readScenario(scenario.text, 'the session'), lesson)
        const url = `${location.origin}${location.pathname}#${fragment}`
        const warnings: string[] = []
        if (!scenario.freshDatabase && lesson === undefined)
          warnings.push(
            'The database this work started from (an opened project) is not in the link: only what happened since.',
          )
        if (url.length > LINK_WARNING_CHARS)
          warnings.push(
            `The link is ${url.length} characters long: chat tools and mail may cut links over ${LINK_WARNING_CHARS}.`,
          )
        const tooLong = url.length > LINK_FILE_CHARS
        if (tooLong)
          warnings.push('The link is too long to share: download the scenario file and send it instead.')
        state.share = { url, warnings, tooLong }
      }),
    downloadScenario: () =>
      guarded('Writing the scenario…', async () => {
        const scenario = await current()
        download('scenario.txt', scenario.text, 'text/plain;charset=utf-8')
      }),
    openScenario: (file) =>
      guarded(`Replaying ${file.name}…`, async () => {
        const text = await file.text()
        readScenario(text, file.name)
        await save()
        await replay(text, file.name, `Scenario ${file.name} replayed.\n`)
        state.message = `Opened the scenario ${file.name}.`
      }),
    downloadProject: () =>
      guarded('Building the zip…', async () => {
        const workspace = await workspaceNow()
        download('playground_project.zip', djangoProjectZip(workspace), 'application/zip')
      }),
    openProject: (files) =>
      guarded('Reading the project…', async () => {
        const first = files.length === 1 ? new Uint8Array(await files[0]!.file.arrayBuffer()) : null
        const opened =
          first !== null && isZip(first)
            ? readDjangoProjectZip(first, files[0]!.path)
            : readDjangoProject(
                await Promise.all(
                  files.map(async ({ path, file }) => ({
                    path,
                    bytes: new Uint8Array(await file.arrayBuffer()),
                  })),
                ),
                'the dropped folder',
              )
        await save()
        await load({ files: opened.files, database: opened.database ?? new Uint8Array(), recording: null }, [
          {
            stream: 'hint',
            text: `Opened a Django project with the apps ${opened.apps.join(', ')}${opened.database !== null ? ' and its db.sqlite3' : ''}.\n`,
          },
        ])
        state.message = `Opened the project (${opened.apps.join(', ')}).`
      }),
    takeSnapshot: (name) =>
      guarded('Taking the snapshot…', async () => {
        const label = name.trim() === '' ? new Date().toLocaleString() : name.trim()
        const workspace = await workspaceNow()
        const list = (await snapshotsOf(workspace.id)).filter((item) => item.name !== label)
        const result = await store.saveSnapshots(workspace.id, [
          ...list,
          { name: label, takenAt: Date.now(), workspace },
        ])
        if (!result.ok) throw new Error(result.message)
        state.snapshots = [...list, { name: label, takenAt: Date.now(), workspace }]
        state.message = `Snapshot “${label}” taken.`
      }),
    restoreSnapshot: (name) =>
      guarded('Restoring the snapshot…', async () => {
        const snapshot = (await snapshotsOf(currentId())).find((item) => item.name === name)
        if (snapshot === undefined) throw new Error(`there is no snapshot named “${name}”`)
        await load(snapshot.workspace, snapshot.workspace.transcript)
        state.message = `Snapshot “${name}” restored.`
        await save()
      }),
    deleteSnapshot: (name) =>
      guarded('Deleting the snapshot…', async () => {
        const list = (await snapshotsOf(currentId())).filter((item) => item.name !== name)
        const result = await store.saveSnapshots(currentId(), list)
        if (!result.ok) throw new Error(result.message)
        state.snapshots = list
      }),
    refreshLists,
    deleteWorkspace: (id) =>
      guarded('Deleting…', async () => {
        const result = await store.remove(id)
        if (!result.ok) throw new Error(result.message)
        if (id === currentId()) {
          last = null
          await load({ files: { ...DEFAULT_PROJECT }, database: new Uint8Array(), recording: null }, [])
        }
        await refreshLists()
      }),
    resetEverything: () =>
      guarded('Resetting…', async () => {
        const result = await store.clearAll()
        if (!result.ok) throw new Error(result.message)
        last = null
        await load({ files: { ...DEFAULT_PROJECT }, database: new Uint8Array(), recording: null }, [])
        state.snapshots = []
        await refreshLists()
        state.message = 'Everything was reset: every saved workspace and snapshot is gone.'
      }),
    keepShared: async () => {
      saveProgress({ ...loadProgress(), current: null })
      state.mode = 'own'
      history.replaceState(null, '', location.pathname + location.search)
      document.documentElement.dataset['workspace'] = 'own'
      state.message = 'This scenario is now your sandbox and is saved.'
      await save()
    },
  }
}
