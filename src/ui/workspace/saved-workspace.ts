/**
 * The stored form of a workspace (IndexedDB, through idb-keyval), versioned: a newer playground reads
 * what an older one stored through `upgradeSaved`, which returns null for data it cannot read.
 */
import type { SessionRecording } from '../../engine/workspace/session-recording'
import type { OutputChunk } from '../terminal.svelte'

/** The storage format written now. */
export const SAVED_VERSION = 1

/** A workspace as stored: its files, database, terminal transcript, recorded scenario and lesson. */
export interface SavedWorkspace {
  readonly version: typeof SAVED_VERSION
  /** `sandbox`, or `lesson:<id>`. */
  readonly id: string
  readonly title: string
  /** Milliseconds since the epoch. */
  readonly savedAt: number
  readonly files: Record<string, string>
  readonly database: Uint8Array
  readonly transcript: OutputChunk[]
  readonly recording: SessionRecording | null
  /** The lesson and the fingerprint of its start files when the work was saved, or null (the sandbox). */
  readonly lesson: { readonly id: string; readonly start: string } | null
}

/** A named snapshot of a workspace, taken by the learner. */
export interface NamedSnapshot {
  readonly name: string
  readonly takenAt: number
  readonly workspace: SavedWorkspace
}

/** One line of the workspace list. */
export interface WorkspaceSummary {
  readonly id: string
  readonly title: string
  readonly savedAt: number
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function stringRecord(value: unknown): Record<string, string> | null {
  if (!isRecord(value)) return null
  return Object.values(value).every((text) => typeof text === 'string')
    ? (value as Record<string, string>)
    : null
}

const STREAMS = new Set(['input', 'stdout', 'stderr', 'hint'])

function transcriptOf(value: unknown): OutputChunk[] {
  if (!Array.isArray(value)) return []
  return value.filter(
    (chunk): chunk is OutputChunk =>
      isRecord(chunk) && typeof chunk['text'] === 'string' && STREAMS.has(chunk['stream'] as string),
  )
}

function recordingOf(value: unknown): SessionRecording | null {
  if (!isRecord(value) || !Array.isArray(value['steps'])) return null
  const files = stringRecord(value['files'])
  if (files === null) return null
  return {
    start: stringRecord(value['start']) ?? {},
    freshDatabase: value['freshDatabase'] !== false,
    steps: value['steps'] as SessionRecording['steps'],
    files,
  }
}

/** Reads stored data of any version so far into the current format; null when it is not a workspace. */
export function upgradeSaved(raw: unknown): SavedWorkspace | null {
  if (!isRecord(raw) || raw['version'] !== SAVED_VERSION) return null
  const files = stringRecord(raw['files'])
  if (files === null || typeof raw['id'] !== 'string') return null
  const lesson = raw['lesson']
  return {
    version: SAVED_VERSION,
    id: raw['id'],
    title: typeof raw['title'] === 'string' ? raw['title'] : raw['id'],
    savedAt: typeof raw['savedAt'] === 'number' ? raw['savedAt'] : 0,
    files,
    database: raw['database'] instanceof Uint8Array ? raw['database'] : new Uint8Array(),
    transcript: transcriptOf(raw['transcript']),
    recording: recordingOf(raw['recording']),
    lesson:
      isRecord(lesson) && typeof lesson['id'] === 'string' && typeof lesson['start'] === 'string'
        ? { id: lesson['id'], start: lesson['start'] }
        : null,
  }
}
