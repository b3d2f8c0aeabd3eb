import type { SqlJsStatic } from 'sql.js'
import type { MemoryFiles } from '../engine/files'
import { evaluateChecks, type CheckResult } from '../engine/lessons/check-evaluator'
import type { StartPlan } from '../engine/lessons/course'
import type { LessonCheck } from '../engine/lessons/lesson-check'
import { inspectingRunner, openWorkspace, type WorkspacePorts } from '../engine/lessons/lesson-workspace'
import type { RunnerContext } from '../engine/lessons/manage-runner'
import { replaySteps } from '../engine/lessons/scenario-replay'
import type { Snapshot } from './api'
import { type Result, settle } from './result'
import { SqlJsConnection } from './sqljs-connection'

/** The worker's lesson methods: preparing a lesson's start and evaluating its checks. */
export interface LessonApi {
  /** Replays a lesson's start plan (start files on an empty database, then setup steps) apart from the workspace; returns the state to restore. */
  lessonStart(plan: StartPlan): Promise<Result<Snapshot>>
  /** Evaluates checks on the workspace, counting `commands` (manage.py argv) as run; leaves the workspace unchanged. */
  lessonChecks(checks: LessonCheck[], commands: string[][]): Promise<Result<CheckResult[]>>
}

/** The workspace as the worker holds it now (both are replaced by setFiles and restore). */
export interface LessonWorkspaceAccess {
  files(): MemoryFiles
  database(): SqlJsConnection
}

/** Builds the lesson methods on sql.js, the worker's workspace and the context its commands run with. */
export function createLessonApi(
  SQL: SqlJsStatic,
  workspace: LessonWorkspaceAccess,
  runner: RunnerContext,
): LessonApi {
  const ports: WorkspacePorts = { openDatabase: (bytes) => SqlJsConnection.open(SQL, bytes), runner }
  return {
    lessonStart: (plan) =>
      settle(async () => {
        const scratch = openWorkspace({ files: plan.files, database: null }, ports)
        try {
          await replaySteps(plan.steps, scratch)
          return { files: scratch.files.snapshot(), database: scratch.connection.exportBytes() }
        } finally {
          scratch.close()
        }
      }),
    lessonChecks: (checks, commands) =>
      settle(() =>
        evaluateChecks(checks, {
          files: workspace.files(),
          connection: workspace.database(),
          commands,
          inspect: inspectingRunner(
            ports,
            () => workspace.files().snapshot(),
            () => workspace.database(),
          ),
        }),
      ),
  }
}
