import { loadCourse, type LoadedCourse } from '../../engine/lessons/course'

/**
 * Every file under lessons/, bundled at build time as text (edits reload live under `npm run dev`),
 * keyed by repository path (`lessons/01-the-orm/01-a-first-model/lesson.md`).
 */
const FILES = import.meta.glob<string>('/lessons/**/*', { query: '?raw', import: 'default', eager: true })

/** The course built from the bundled lesson files, with the errors of lessons that did not parse. */
export function bundledCourse(): LoadedCourse {
  return loadCourse(Object.fromEntries(Object.entries(FILES).map(([path, text]) => [path.slice(1), text])))
}
