/** The learner's progress kept in localStorage: the lessons completed and the lesson open (null: the sandbox). */
export interface Progress {
  readonly completed: readonly string[]
  readonly current: string | null
}

const KEY = 'migration-playground:lessons'

/** The saved progress, or none yet. */
export function loadProgress(storage: Storage = localStorage): Progress {
  try {
    const saved = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<Progress> | null
    return {
      completed: Array.isArray(saved?.completed)
        ? saved.completed.filter((id) => typeof id === 'string')
        : [],
      current: typeof saved?.current === 'string' ? saved.current : null,
    }
  } catch {
    return { completed: [], current: null }
  }
}

/** Saves the progress. */
export function saveProgress(progress: Progress, storage: Storage = localStorage): void {
  storage.setItem(KEY, JSON.stringify(progress))
}
