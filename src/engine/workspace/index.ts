/** The workspace module: recording, writing, sharing, replaying, exporting and importing a learner's work. */
export { toBase64Url, fromBase64Url } from './base64url'
export { deflateBytes, inflateBounded } from './bounded-inflate'
export { contentHash } from './content-hash'
export {
  appsOfFiles,
  djangoProjectEntries,
  djangoProjectZip,
  type ExportedWorkspace,
} from './django-project-zip'
export {
  readDjangoProject,
  readDjangoProjectZip,
  type OpenedProject,
  type ProjectEntry,
} from './project-reader'
export { MANAGE_PY, readme, settingsPy } from './project-templates'
export { readScenario } from './scenario-input'
export { answersOf, playScenario, ScenarioReplayError, type ScenarioTarget } from './scenario-player'
export { commandLine, normaliseBody, shellQuote, writeScenario } from './scenario-writer'
export {
  fileEdits,
  recordEdits,
  recordRun,
  recordSql,
  scenarioUntil,
  startRecording,
  stepsUntil,
  UNREAD_LINE,
  type SessionRecording,
} from './session-recording'
export {
  decodeSharePayload,
  deltaAgainst,
  encodeShareFragment,
  LINK_FILE_CHARS,
  LINK_WARNING_CHARS,
  SHARE_KEY,
  shareParameter,
  withStartFiles,
  type SharedLesson,
  type SharedScenario,
} from './share-link'
export { checkPath, checkScenario, LIMITS, pathProblem } from './workspace-limits'
export { ScenarioWriteError, WorkspaceInputError } from './workspace-error'
