/** Document identity: a random UUID, or one derived from the content for reproducible output. */
import { createHash, randomUUID } from 'node:crypto'

/** A UUID (version 8, RFC 9562 "custom") from a SHA-256 of `content`. */
export function contentUuid(content: string): string {
  const bytes = createHash('sha256').update(content).digest().subarray(0, 16)
  bytes[6] = (bytes[6] & 0x0f) | 0x80
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

export function documentUuid(reproducible: boolean, content: () => string): string {
  return reproducible ? contentUuid(content()) : randomUUID()
}
