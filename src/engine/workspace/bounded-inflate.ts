/** Inflating a compressed payload without letting it grow past a limit (a "zip bomb" is refused early). */
import { Deflate, Inflate } from 'fflate'
import { WorkspaceInputError } from './workspace-error'

/** Compresses bytes with raw deflate (level 9). */
export function deflateBytes(bytes: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = []
  const deflate = new Deflate({ level: 9 }, (chunk) => void chunks.push(chunk))
  deflate.push(bytes, true)
  return concat(chunks)
}

/**
 * Inflates raw-deflate bytes and returns them; throws WorkspaceInputError when the data is not valid
 * deflate, is cut short, or would inflate past `limit` bytes (it stops as soon as it does).
 */
export function inflateBounded(bytes: Uint8Array, limit: number, what: string): Uint8Array {
  const chunks: Uint8Array[] = []
  let size = 0
  let done = false
  const inflate = new Inflate((chunk, final) => {
    size += chunk.length
    if (size > limit) throw new WorkspaceInputError(`${what} inflates past the limit of ${limit} bytes`)
    chunks.push(chunk)
    if (final) done = true
  })
  try {
    inflate.push(bytes, true)
  } catch (error) {
    if (error instanceof WorkspaceInputError) throw error
    throw new WorkspaceInputError(`${what} is not valid compressed data (${(error as Error).message})`)
  }
  if (!done) throw new WorkspaceInputError(`${what} is cut short`)
  return concat(chunks)
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0))
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}
