import type { SqliteSchemaEditor } from '../../backends/sqlite/schema-editor'
import type { ProjectState } from '../project-state'
import type { PythonCode } from './operation'

/**
 * The host that runs a RunPython callable: the bridge calls the Python function `code` with the
 * historical apps of `apps` (Django's `from_state.apps`) and the schema editor.
 */
export interface RunPythonHost {
  runPython(code: PythonCode, apps: ProjectState, editor: SqliteSchemaEditor): Promise<void>
}

/** Everything the database side of an operation works with. */
export interface DatabaseContext {
  readonly appLabel: string
  readonly editor: SqliteSchemaEditor
  readonly host: RunPythonHost
}
