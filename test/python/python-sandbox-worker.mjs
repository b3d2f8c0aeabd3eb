// Worker thread for test/python/python-sandbox.ts: imports the interpreter with tsx, posts { ready: true },
// then answers { id, source, options } messages with { id, outcome } where outcome is a SandboxOutcome.
import { parentPort, workerData } from 'node:worker_threads'
import { tsImport } from 'tsx/esm/api'

let runPython = null
let loadError = null
try {
  const module = await tsImport(workerData.interpreterPath, import.meta.url)
  if (typeof module.runPython === 'function') runPython = module.runPython
  else loadError = `${workerData.interpreterPath} does not export a runPython function`
} catch (error) {
  loadError = error instanceof Error ? (error.stack ?? error.message) : String(error)
}

parentPort.on('message', ({ id, source, options }) => {
  parentPort.postMessage({ id, outcome: run(source, options) })
})
parentPort.postMessage({ ready: true })

function run(source, options) {
  if (runPython === null) return { kind: 'unavailable', error: loadError }
  try {
    const result = runPython(source, options)
    if (
      result === null ||
      typeof result !== 'object' ||
      typeof result.stdout !== 'string' ||
      typeof result.stderr !== 'string' ||
      typeof result.exitCode !== 'number'
    )
      return {
        kind: 'threw',
        error: `runPython returned ${describe(result)} instead of { stdout, stderr, exitCode }`,
      }
    return { kind: 'ran', run: { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode } }
  } catch (error) {
    return { kind: 'threw', error: error instanceof Error ? (error.stack ?? error.message) : String(error) }
  }
}

function describe(value) {
  try {
    return JSON.stringify(value)?.slice(0, 200) ?? String(value)
  } catch {
    return String(value)
  }
}
