/** base64url (RFC 4648 §5, without padding), as share links carry bytes in the URL fragment. */
import { WorkspaceInputError } from './workspace-error'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const VALUES = new Map([...ALPHABET].map((c, i) => [c, i]))

/** Encodes bytes as base64url text without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6))
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63]
  }
  return out
}

/** Decodes base64url text (padding allowed); throws WorkspaceInputError naming the first bad character. */
export function fromBase64Url(text: string, what: string): Uint8Array {
  const clean = text.replace(/=+$/, '')
  if (clean.length % 4 === 1) throw new WorkspaceInputError(`${what} has a length that base64url cannot have`)
  const out = new Uint8Array(Math.floor((clean.length * 6) / 8))
  let bits = 0
  let value = 0
  let index = 0
  for (let i = 0; i < clean.length; i++) {
    const v = VALUES.get(clean[i]!)
    if (v === undefined)
      throw new WorkspaceInputError(
        `${what} holds ${JSON.stringify(clean[i])} at ${i}, which is not base64url`,
      )
    value = ((value << 6) | v) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[index++] = (value >> bits) & 0xff
    }
  }
  return out
}
