/** The scenario format lives in the engine (lessons replay it in the browser); the harness reads it from there. */
export { appsOf, parseScenario, shellSplit, type ScenarioStep } from '../../src/engine/lessons/scenario-file'
