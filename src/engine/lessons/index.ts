/** The lesson format and its engine: parsing and validation, the course, scenario replay and check evaluation. */
export { evaluateChecks, type CheckContext, type CheckResult } from './check-evaluator'
export { consoleClaims, outputMatches, type ConsoleClaim } from './console-block'
export {
  loadCourse,
  nextLesson,
  previousLesson,
  startPlan,
  type Chapter,
  type Course,
  type LoadedCourse,
  type PlannedStep,
  type StartPlan,
} from './course'
export { parseLesson, withAppLayout, type Lesson, type LessonSource } from './lesson'
export { CHECK_KINDS, checkFromYaml, type LessonCheck } from './lesson-check'
export { LessonFormatError } from './lesson-error'
export { manageRunner, type CommandOutcome, type ManageRunner, type RunnerContext } from './manage-runner'
export { globMatches, migrationOperations } from './migration-operations'
export { replaySteps, type ReplayedRun, type ReplayWorkspace } from './scenario-replay'
export {
  parseScenario,
  parseScenarioLines,
  shellSplit,
  ScenarioSyntaxError,
  type LocatedStep,
  type ScenarioStep,
} from './scenario-file'
export {
  inspectingRunner,
  openWorkspace,
  type ClosableConnection,
  type LessonWorkspace,
  type OpenDatabase,
  type WorkspacePorts,
  type WorkspaceState,
} from './lesson-workspace'
export { replayOnState, verifyLesson, type LessonReport } from './lesson-verifier'
export { withoutGeneratedTime } from './generated-header'
