/** A short fingerprint of a set of files, to tell whether a lesson's files changed since work was saved. */

/** Takes files by path and returns 8 hex digits (FNV-1a over the sorted paths and texts). */
export function contentHash(files: Readonly<Record<string, string>>): string {
  let hash = 0x811c9dc5
  for (const path of Object.keys(files).sort()) {
    for (const text of [path, '\0', files[path]!, '\0']) {
      for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i)
        hash = Math.imul(hash, 0x01000193) >>> 0
      }
    }
  }
  return hash.toString(16).padStart(8, '0')
}
