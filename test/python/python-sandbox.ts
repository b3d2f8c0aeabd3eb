import { Worker } from 'node:worker_threads'
import { fileURLToPath } from 'node:url'
import type { PythonRun } from './corpus'

/** Options handed to `runPython` unchanged (`filename`, `stdin`, and any interpreter limits). */
export interface SandboxRunOptions {
  readonly filename: string
  readonly stdin?: string
  readonly [option: string]: unknown
}

/** How one `runPython` call ended, seen from outside the worker thread it ran in. */
export type SandboxOutcome =
  | { readonly kind: 'ran'; readonly run: PythonRun }
  | { readonly kind: 'threw'; readonly error: string }
  | { readonly kind: 'timed-out'; readonly afterMs: number }
  | { readonly kind: 'unavailable'; readonly error: string }

/** Runs Python programs through `runPython` in a worker thread that is replaced when a run hangs. */
export interface PythonSandbox {
  /** Runs one program; never rejects. Calls are queued, one program runs at a time. */
  run(source: string, options: SandboxRunOptions, timeoutMs: number): Promise<SandboxOutcome>
  /** Stops the worker thread. */
  close(): Promise<void>
}

const WORKER_URL = new URL('./python-sandbox-worker.mjs', import.meta.url)
/** The module exporting `runPython`, loaded inside the worker with tsx. */
export const INTERPRETER_PATH = fileURLToPath(new URL('../../src/engine/python/index.ts', import.meta.url))

interface WorkerReply {
  readonly id: number
  readonly outcome: SandboxOutcome
}

/**
 * Creates a sandbox: a worker thread that imports src/engine/python/index.ts and answers run requests.
 * A run that does not answer within its timeout terminates the worker (a fresh one starts on the next run),
 * so a hanging interpreter shows up as a `timed-out` outcome instead of freezing the test run.
 */
export function createPythonSandbox(): PythonSandbox {
  let worker: Worker | null = null
  let nextId = 0
  let queue: Promise<unknown> = Promise.resolve()
  const pending = new Map<number, (outcome: SandboxOutcome) => void>()

  const settleAll = (error: string): void => {
    for (const resolve of pending.values()) resolve({ kind: 'threw', error })
    pending.clear()
  }
  const start = (): Worker => {
    const created = new Worker(WORKER_URL, {
      workerData: { interpreterPath: INTERPRETER_PATH },
      resourceLimits: { maxOldGenerationSizeMb: 1024 },
      stdout: true,
      stderr: true,
    })
    created.on('message', (reply: WorkerReply) => {
      pending.get(reply.id)?.({ ...reply.outcome })
      pending.delete(reply.id)
    })
    created.on('error', (error) => {
      if (worker === created) worker = null
      settleAll(`the worker thread died: ${error.stack ?? String(error)}`)
    })
    created.on('exit', (code) => {
      if (worker === created) worker = null
      settleAll(`the worker thread exited with code ${code}`)
    })
    created.stdout.resume()
    created.stderr.resume()
    created.unref()
    return created
  }

  const runNow = (source: string, options: SandboxRunOptions, timeoutMs: number): Promise<SandboxOutcome> => {
    const current = worker ?? (worker = start())
    const id = nextId++
    return new Promise<SandboxOutcome>((resolve) => {
      const timer = setTimeout(() => {
        pending.delete(id)
        if (worker === current) worker = null
        void current.terminate()
        resolve({ kind: 'timed-out', afterMs: timeoutMs })
      }, timeoutMs)
      pending.set(id, (outcome) => {
        clearTimeout(timer)
        resolve(outcome)
      })
      current.postMessage({ id, source, options })
    })
  }

  return {
    run(source, options, timeoutMs) {
      const result = queue.then(() => runNow(source, options, timeoutMs))
      queue = result
      return result
    },
    async close() {
      await queue
      const current = worker
      worker = null
      if (current) await current.terminate()
    },
  }
}
