/** Reading a scenario that comes from outside (a link, a `.txt` file): parsed, then checked before use. */
import { parseScenario, ScenarioSyntaxError, type ScenarioStep } from '../lessons/scenario-file'
import { checkScenario, LIMITS } from './workspace-limits'
import { WorkspaceInputError } from './workspace-error'

/** Parses and checks a scenario's text (`source` names it in messages); throws WorkspaceInputError. */
export function readScenario(text: string, source: string): ScenarioStep[] {
  if (text.length > LIMITS.scenarioChars)
    throw new WorkspaceInputError(
      `${source}: ${text.length} characters, over the limit of ${LIMITS.scenarioChars}`,
    )
  if (text.includes('\0')) throw new WorkspaceInputError(`${source}: this is not a text file`)
  let steps: ScenarioStep[]
  try {
    steps = parseScenario(text, source)
  } catch (error) {
    if (error instanceof ScenarioSyntaxError) throw new WorkspaceInputError(error.message)
    throw error
  }
  if (steps.length === 0)
    throw new WorkspaceInputError(`${source}: there is no step (no line starts with "@@ ")`)
  checkScenario(steps, source)
  return steps
}
