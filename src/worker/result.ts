/** What crosses the worker boundary instead of an exception: a value, or a plain error object. */
export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: WorkerError }

/** A plain, structured-clone-safe error. */
export interface WorkerError {
  readonly name: string
  readonly message: string
}

/** Runs `work` and returns its value as a Result; any thrown value becomes an error Result. */
export async function settle<T>(work: () => T | Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await work() }
  } catch (error) {
    return {
      ok: false,
      error:
        error instanceof Error
          ? { name: error.name, message: error.message }
          : { name: 'Error', message: String(error) },
    }
  }
}
