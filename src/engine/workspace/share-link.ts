/**
 * Share links: a scenario compressed (raw deflate) and written in base64url in the URL fragment
 * (`#scenario=v1.<data>`). In a lesson, the scenario is stored as a delta against the lesson's start
 * files, and the link names the lesson and a fingerprint of those files.
 */
import { strFromU8, strToU8 } from 'fflate'
import type { ScenarioStep } from '../lessons/scenario-file'
import { fromBase64Url, toBase64Url } from './base64url'
import { deflateBytes, inflateBounded } from './bounded-inflate'
import { contentHash } from './content-hash'
import { readScenario } from './scenario-input'
import { writeScenario } from './scenario-writer'
import { fileEdits } from './session-recording'
import { LIMITS } from './workspace-limits'
import { WorkspaceInputError } from './workspace-error'

/** The fragment key of a share link. */
export const SHARE_KEY = 'scenario'
const VERSION = 'v1'

/** Links longer than this get a warning: chat tools and mail clients cut them. */
export const LINK_WARNING_CHARS = 2_000
/** Links longer than this are offered as a file instead. */
export const LINK_FILE_CHARS = 64 * 1024

/** The lesson a link was made in: its id and the fingerprint of its start files. */
export interface SharedLesson {
  readonly id: string
  readonly start: string
}

/** What a share link holds: the scenario's steps (a delta when `lesson` is set) and its text. */
export interface SharedScenario {
  readonly steps: readonly ScenarioStep[]
  readonly text: string
  readonly lesson: SharedLesson | null
}

interface Payload {
  readonly scenario: string
  readonly lesson?: SharedLesson
}

/**
 * Replaces the scenario's leading file steps (before its first command or SQL) with the edits from
 * `startFiles` to the files they make: the delta a lesson link stores.
 */
export function deltaAgainst(
  steps: readonly ScenarioStep[],
  startFiles: Readonly<Record<string, string>>,
): ScenarioStep[] {
  const first = steps.findIndex((step) => step.kind === 'run' || step.kind === 'sql')
  const lead = first < 0 ? steps.length : first
  const files: Record<string, string> = {}
  for (const step of steps.slice(0, lead)) {
    if (step.kind === 'write') files[step.arg] = step.body
    else if (step.kind === 'delete') delete files[step.arg]
  }
  return [...fileEdits(startFiles, files), ...steps.slice(lead)]
}

/** The full scenario of a delta: writes of the start files, then the delta's steps. */
export function withStartFiles(
  steps: readonly ScenarioStep[],
  startFiles: Readonly<Record<string, string>>,
): ScenarioStep[] {
  return [...fileEdits({}, startFiles), ...steps]
}

/**
 * Takes a full scenario (from an empty project) and, in a lesson, its id and start files; returns the
 * fragment (without `#`) of its share link. Throws ScenarioWriteError when the format cannot hold a step.
 */
export function encodeShareFragment(
  steps: readonly ScenarioStep[],
  lesson?: { readonly id: string; readonly startFiles: Readonly<Record<string, string>> },
): string {
  const payload: Payload =
    lesson === undefined
      ? { scenario: writeScenario(steps) }
      : {
          scenario: writeScenario(deltaAgainst(steps, lesson.startFiles)),
          lesson: { id: lesson.id, start: contentHash(lesson.startFiles) },
        }
  return `${SHARE_KEY}=${VERSION}.${toBase64Url(deflateBytes(strToU8(JSON.stringify(payload))))}`
}

/** The share payload of a URL fragment (with or without `#`), or null when it holds none. */
export function shareParameter(fragment: string): string | null {
  const pair = fragment
    .replace(/^#/, '')
    .split('&')
    .find((part) => part.startsWith(`${SHARE_KEY}=`))
  return pair === undefined ? null : pair.slice(SHARE_KEY.length + 1)
}

function payloadOf(json: unknown): Payload {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new WorkspaceInputError('the link does not hold a scenario')
  const { scenario, lesson, ...rest } = json as Record<string, unknown>
  const extra = Object.keys(rest)
  if (extra.length > 0)
    throw new WorkspaceInputError(`the link holds an unknown field ${JSON.stringify(extra[0])}`)
  if (typeof scenario !== 'string') throw new WorkspaceInputError('the link does not hold a scenario')
  if (lesson === undefined) return { scenario }
  if (
    typeof lesson !== 'object' ||
    lesson === null ||
    typeof (lesson as SharedLesson).id !== 'string' ||
    typeof (lesson as SharedLesson).start !== 'string' ||
    !/^[\w./-]{1,200}$/.test((lesson as SharedLesson).id)
  )
    throw new WorkspaceInputError('the link names its lesson in a way this playground cannot read')
  return { scenario, lesson: { id: (lesson as SharedLesson).id, start: (lesson as SharedLesson).start } }
}

/**
 * Decodes a share link's payload (the value of `scenario=` in the fragment) and checks it: size,
 * base64url, compression (refused past LIMITS.inflatedBytes), format, paths and sizes of its steps.
 * Throws WorkspaceInputError with a message for the learner.
 */
export function decodeSharePayload(value: string): SharedScenario {
  if (value.length > LIMITS.linkChars)
    throw new WorkspaceInputError(
      `the link is ${value.length} characters long, over the limit of ${LIMITS.linkChars}`,
    )
  const dot = value.indexOf('.')
  const version = dot < 0 ? '' : value.slice(0, dot)
  if (!/^v\d+$/.test(version)) throw new WorkspaceInputError('the link is not a playground share link')
  if (version !== VERSION)
    throw new WorkspaceInputError(
      `the link was made by a newer playground (format ${version}); reload the page`,
    )
  const bytes = inflateBounded(
    fromBase64Url(value.slice(dot + 1), 'the link'),
    LIMITS.inflatedBytes,
    'the link',
  )
  let json: unknown
  try {
    json = JSON.parse(strFromU8(bytes))
  } catch {
    throw new WorkspaceInputError('the link is damaged (its content is not readable)')
  }
  const payload = payloadOf(json)
  const steps = readScenario(payload.scenario, 'the link')
  return { steps, text: payload.scenario, lesson: payload.lesson ?? null }
}
