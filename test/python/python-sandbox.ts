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
  /** Starts the worker and waits until it has loaded the interpreter (call it in `beforeAll`). */
  warmUp(): Promise<void>
  /** Stops the worker thread. */
  close(): Promise<void>
}

const WORKER_URL = new URL('./python-sandbox-worker.mjs', import.meta.url)
/** The module exporting `runPython`, loaded inside the worker with tsx. */
export const INTERPRETER_PATH = fileURLToPath(new URL('../../src/engine/python/index.ts', import.meta.url))

/** A worker thread, whether it has loaded the interpreter, and the runs waiting for its answer. */
interface RunningWorker {
  readonly thread: Worker
  readonly ready: Promise<void>
  readonly pending: Map<number, (outcome: SandboxOutcome) => void>
}

type WorkerReply = { readonly ready: true } | { readonly id: number; readonly outcome: SandboxOutcome }

/** How long a fresh worker may take to load the interpreter (not counted in a run's timeout). */
const STARTUP_TIMEOUT_MS = 180_000

/**
 * Creates a sandbox: a worker thread that imports src/engine/python/index.ts and answers run requests.
 * A run that does not answer within its timeout (counted from when the worker has loaded the interpreter)
 * terminates the worker (a fresh one starts on the next run), so a hanging interpreter shows up as a
 * `timed-out` outcome instead of freezing the test run.
 */
export function createPythonSandbox(): PythonSandbox {
  let current: RunningWorker | null = null
  let nextId = 0
  let queue: Promise<unknown> = Promise.resolve()

  const start = (): RunningWorker => {
    const thread = new Worker(WORKER_URL, {
      workerData: { interpreterPath: INTERPRETER_PATH },
      resourceLimits: { maxOldGenerationSizeMb: 1024 },
      stdout: true,
      stderr: true,
    })
    let markReady = (): void => {}
    const ready = new Promise<void>((resolve) => (markReady = resolve))
    const running: RunningWorker = { thread, ready, pending: new Map() }
    const abandon = (error: string): void => {
      if (current === running) current = null
      markReady()
      for (const resolve of running.pending.values()) resolve({ kind: 'threw', error })
      running.pending.clear()
    }
    thread.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) return markReady()
      running.pending.get(reply.id)?.(reply.outcome)
      running.pending.delete(reply.id)
    })
    thread.on('error', (error) => abandon(`the worker thread died: ${error.stack ?? String(error)}`))
    thread.on('exit', (code) => abandon(`the worker thread exited with code ${code}`))
    thread.stdout.resume()
    thread.stderr.resume()
    thread.unref()
    return running
  }

  const runNow = async (
    source: string,
    options: SandboxRunOptions,
    timeoutMs: number,
  ): Promise<SandboxOutcome> => {
    const running = current ?? (current = start())
    const started = await Promise.race([
      running.ready.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), STARTUP_TIMEOUT_MS).unref()),
    ])
    if (!started) {
      if (current === running) current = null
      void running.thread.terminate()
      return {
        kind: 'unavailable',
        error: `the worker did not load the interpreter within ${STARTUP_TIMEOUT_MS} ms`,
      }
    }
    const id = nextId++
    return new Promise<SandboxOutcome>((resolve) => {
      const timer = setTimeout(() => {
        running.pending.delete(id)
        if (current === running) current = null
        void running.thread.terminate()
        resolve({ kind: 'timed-out', afterMs: timeoutMs })
      }, timeoutMs)
      running.pending.set(id, (outcome) => {
        clearTimeout(timer)
        resolve(outcome)
      })
      running.thread.postMessage({ id, source, options })
    })
  }

  return {
    run(source, options, timeoutMs) {
      const result = queue.then(() => runNow(source, options, timeoutMs))
      queue = result
      return result
    },
    async warmUp() {
      await (current ?? (current = start())).ready
    },
    async close() {
      await queue
      const running = current
      current = null
      if (running) await running.thread.terminate()
    },
  }
}
