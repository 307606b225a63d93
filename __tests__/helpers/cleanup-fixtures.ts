/** Stored indexes for the build cache's cleanup tests (S3 and shared directory alike). */
import { encodeIndex, type RemoteIndex } from '../../src/core/cacheprog/remote-format.js'

export const DAY = 24 * 3600 * 1000

/** A 64-digit hex ID from a number. */
export const hex = (n: number): string => n.toString(16).padStart(64, '0')

/** An encoded index whose entries live in `packs`, one entry a pack. */
export function indexOf(packs: string[]): Buffer {
  const index: RemoteIndex = {
    createdMs: 1,
    packs: packs.map(key => ({ key, size: 100 })),
    entries: packs.map((key, n) => ({
      actionId: hex(n + 1),
      outputId: hex(n + 100),
      sha256: hex(n + 100),
      pack: key,
      offset: 16,
      size: 10,
      lastUsedMs: 1
    })),
    reads: []
  }
  return encodeIndex(index)
}
