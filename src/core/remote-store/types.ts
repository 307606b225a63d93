/**
 * A remote blob store the build cache keeps its packs and indexes in: the
 * Actions cache service inside a job, an S3-compatible bucket anywhere.
 * Keys are immutable once written, so a reader never sees a half-written or
 * replaced blob; a second writer of the same key loses the race quietly.
 */
export interface RemoteStore {
  /** For messages and metrics: `actions-cache`, `s3`, `directory`. */
  readonly kind: string
  /**
   * `key` itself when it is stored; else, trying `prefixes` in order, the
   * newest key that starts with the first prefix that matches any; else
   * undefined (the restore-key ladder of actions/cache).
   */
  lookup(
    key: string,
    prefixes: readonly string[],
    signal?: AbortSignal
  ): Promise<string | undefined>
  /**
   * The whole blob (indexes are small). RemoteStoreError `not-found` when
   * absent; `too-large`, before its body is read, when it is over `maxBytes`.
   */
  read(key: string, signal?: AbortSignal, maxBytes?: number): Promise<Buffer>
  /**
   * Byte ranges of one blob, returned in the order asked. A store may merge
   * near ranges into one request; a short read is RemoteStoreError `corrupt`.
   */
  readRanges(key: string, ranges: readonly ByteRange[], signal?: AbortSignal): Promise<Buffer[]>
  /**
   * Stores `file` (a path) under `key`. Resolves false, not an error, when
   * the key already exists (another job wrote it first).
   */
  write(key: string, file: string, signal?: AbortSignal): Promise<boolean>
  /**
   * Optional (S3, a shared directory): every key under `prefix` with its last-modified time (ms).
   * A store without it is never cleaned up by the build cache (the Actions
   * cache service evicts by itself).
   */
  list?(prefix: string, signal?: AbortSignal): Promise<ListedKey[]>
  /** Optional (S3, a shared directory): removes keys; an absent key is no error. */
  delete?(keys: readonly string[], signal?: AbortSignal): Promise<void>
}

export interface ListedKey {
  key: string
  /** Last modified, ms since the epoch; 0 when the store did not say. */
  modifiedMs: number
}

export interface ByteRange {
  offset: number
  length: number
}

export type RemoteStoreErrorKind =
  'not-found' | 'denied' | 'throttled' | 'unavailable' | 'timeout' | 'corrupt' | 'too-large'

/** Every store failure, typed so a caller can treat it as a miss and warn once. */
export class RemoteStoreError extends Error {
  constructor(
    readonly kind: RemoteStoreErrorKind,
    message: string,
    options?: { cause?: unknown }
  ) {
    super(message, options)
    this.name = 'RemoteStoreError'
  }
}

/** The `too-large` error of a read refused before its body: `size` is over `maxBytes`. */
export function tooLarge(operation: string, size: number, maxBytes: number): RemoteStoreError {
  return new RemoteStoreError(
    'too-large',
    `${operation}: ${size} bytes is over the ${maxBytes} this read takes`
  )
}
