/** Errors of the workspace module: input from a link, a file or a zip that cannot be used, and scenarios that cannot be written. */

/** Input that cannot be used (a bad link, file or zip); the message says what is wrong and names the value. */
export class WorkspaceInputError extends Error {
  override readonly name = 'WorkspaceInputError'
}

/** Steps that the scenario format cannot hold; the message names the step. */
export class ScenarioWriteError extends Error {
  override readonly name = 'ScenarioWriteError'
}
