/**
 * The project's files, by path relative to the project folder with `/` separators
 * (`library/models.py`, `library/migrations/0001_initial.py`).
 */
export interface ProjectFiles {
  /** The file's text, or undefined when there is no such file. */
  read(path: string): string | undefined
  /** Creates or replaces a file. */
  write(path: string, text: string): void
  /** Deletes a file; deleting a missing file is an error. */
  remove(path: string): void
  /** Every file path, sorted. */
  list(): string[]
}

/** ProjectFiles held in memory, built from a path → text record. */
export class MemoryFiles implements ProjectFiles {
  readonly #files: Map<string, string>

  /** Takes the initial files by path. */
  constructor(initial: Record<string, string> = {}) {
    this.#files = new Map(Object.entries(initial))
  }

  read(path: string): string | undefined {
    return this.#files.get(path)
  }

  write(path: string, text: string): void {
    this.#files.set(path, text)
  }

  remove(path: string): void {
    if (!this.#files.delete(path)) throw new RangeError(`no such file: ${path}`)
  }

  list(): string[] {
    return [...this.#files.keys()].sort()
  }

  /** A plain copy of every file by path. */
  snapshot(): Record<string, string> {
    return Object.fromEntries([...this.#files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  }
}

/** The installed apps: the top-level folders holding a `models.py`, in alphabetical order. */
export function installedApps(files: ProjectFiles): string[] {
  const apps = new Set<string>()
  for (const path of files.list()) {
    const parts = path.split('/')
    if (parts.length === 2 && parts[1] === 'models.py') apps.add(parts[0]!)
  }
  return [...apps].sort()
}
