/**
 * A RemoteStore over the Actions cache service v2: each key is one cache
 * entry (its blob is the stored file), found with GetCacheEntryDownloadURL,
 * written with CreateCacheEntry + an upload + FinalizeCacheEntryUpload. The
 * service already refuses a second entry for a key, which makes writes
 * write-once. The blob SDK is loaded on the first read or write.
 *
 * Lookup differs from the service's own order in one place it can fix and
 * one it cannot: the service first tries keys that start with the primary
 * key (asked again from the first prefix on, see lookup); and on each rung it
 * prefers a key equal to the prefix over a newer one that extends it.
 * Callers whose prefixes end in a separator (`index-`) never meet the second.
 *
 * A write whose upload fails leaves the entry reserved and unfinalized; a
 * service that refuses the key again (the harness's does) makes a later write
 * of it resolve false while reads of it are `not-found`.
 */
import { createHash } from 'node:crypto'
import { stat } from 'node:fs/promises'
import { CacheServiceError, type CacheServiceClient } from '../cache-transfer/index.js'
import { coalesceRanges, DEFAULT_COALESCE_GAP, mapLimited, sliceRanges } from './ranges.js'
import { stoppedError, throwIfStopped } from './stopped.js'
import {
  RemoteStoreError,
  type ByteRange,
  type RemoteStore,
  type RemoteStoreErrorKind
} from './types.js'

/** Names this store's blobs in the cache version, apart from the archive format's entries. */
export const REMOTE_STORE_FORMAT = 'go-ci-kit-remote-store-1'

/**
 * The cache version of every entry this store reads or writes. No other
 * client (@actions/cache, the archive mode) computes it, so no entry of
 * theirs is ever read as a pack or an index, and ours are invisible to them.
 */
export const REMOTE_STORE_VERSION = createHash('sha256').update(REMOTE_STORE_FORMAT).digest('hex')

/** Signed download URLs are reused this long (GitHub's are valid for longer). */
const URL_REUSE_MS = 5 * 60_000

export interface ActionsCacheStoreOptions {
  /** Ranges this close are fetched in one request (default 64 KiB). */
  coalesceGap?: number
  /** Range requests in flight at once (default 4). */
  concurrency?: number
}

/** The store kind for a cache service failure. */
export function serviceErrorKind(error: CacheServiceError): RemoteStoreErrorKind {
  switch (error.kind) {
    case 'denied':
      return 'denied'
    case 'rate-limited':
      return 'throttled'
    case 'not-found':
      return 'not-found'
    default:
      // 'unavailable', and 'protocol' (an answer the client cannot use): either way a miss.
      return 'unavailable'
  }
}

/** The service's rules for keys (as @actions/cache checks them): a caller breaking them has a bug. */
export function checkCacheKey(key: string): void {
  if (key.length > 512 || key.includes(','))
    throw new Error(
      `cache key ${JSON.stringify(key.slice(0, 80))}: longer than 512 characters or has a comma`
    )
}

function storeError(operation: string, error: unknown, signal: AbortSignal | undefined): Error {
  if (error instanceof RemoteStoreError) return error
  if (signal?.aborted) return stoppedError(operation, signal)
  if (error instanceof CacheServiceError)
    return new RemoteStoreError(serviceErrorKind(error), `${operation}: ${error.message}`, {
      cause: error
    })
  return error instanceof Error ? error : new Error(String(error))
}

export function createActionsCacheStore(
  service: CacheServiceClient,
  options: ActionsCacheStoreOptions = {}
): RemoteStore {
  const version = REMOTE_STORE_VERSION
  const gap = options.coalesceGap ?? DEFAULT_COALESCE_GAP
  const concurrency = options.concurrency ?? 4
  const urls = new Map<string, { url: string; at: number }>()
  const remember = (key: string, url: string): void => void urls.set(key, { url, at: Date.now() })

  /** The signed URL of exactly `key`, or a `not-found` error. */
  async function downloadUrl(
    key: string,
    operation: string,
    signal?: AbortSignal
  ): Promise<string> {
    const known = urls.get(key)
    if (known && Date.now() - known.at < URL_REUSE_MS) return known.url
    const found = await service.getDownloadUrl(key, [], version, signal)
    // The service also matches keys that merely start with `key`: only an exact one is this blob.
    if (!found || found.matchedKey !== key)
      throw new RemoteStoreError('not-found', `${operation}: no entry ${key}`)
    remember(key, found.url)
    return found.url
  }

  return {
    kind: 'actions-cache',

    async lookup(key, prefixes, signal) {
      const operation = `looking up ${key}`
      for (const name of [key, ...prefixes]) checkCacheKey(name)
      try {
        throwIfStopped(operation, signal)
        const found = await service.getDownloadUrl(key, prefixes, version, signal)
        if (!found) return undefined
        remember(found.matchedKey, found.url)
        // The service tries keys that start with `key` before the prefixes; this
        // ladder does not, so such a match is asked again from the first prefix on.
        if (found.matchedKey === key || !found.matchedKey.startsWith(key)) return found.matchedKey
        const [first, ...rest] = prefixes
        if (first === undefined) return undefined
        const retry = await service.getDownloadUrl(first, rest, version, signal)
        if (retry) remember(retry.matchedKey, retry.url)
        return retry?.matchedKey
      } catch (error) {
        throw storeError(operation, error, signal)
      }
    },

    async read(key, signal, maxBytes) {
      const operation = `reading ${key}`
      checkCacheKey(key)
      try {
        throwIfStopped(operation, signal)
        const url = await downloadUrl(key, operation, signal)
        const { downloadBlob } = await import('./azure-blob.js')
        return await downloadBlob(url, operation, 0, undefined, signal, maxBytes)
      } catch (error) {
        throw storeError(operation, error, signal)
      }
    },

    async readRanges(key: string, ranges: readonly ByteRange[], signal?: AbortSignal) {
      const operation = `reading ranges of ${key}`
      checkCacheKey(key)
      const requests = coalesceRanges(ranges, gap)
      try {
        throwIfStopped(operation, signal)
        if (requests.length === 0) return sliceRanges(ranges, [], [])
        const url = await downloadUrl(key, operation, signal)
        const { downloadBlob } = await import('./azure-blob.js')
        const bodies = await mapLimited(requests, concurrency, request =>
          downloadBlob(url, operation, request.offset, request.length, signal)
        )
        return sliceRanges(ranges, requests, bodies)
      } catch (error) {
        throw storeError(operation, error, signal)
      }
    },

    async write(key, file, signal) {
      const operation = `writing ${key}`
      checkCacheKey(key)
      try {
        throwIfStopped(operation, signal)
        const { size } = await stat(file)
        let uploadUrl: string
        try {
          uploadUrl = await service.createEntry(key, version, signal)
        } catch (error) {
          if (error instanceof CacheServiceError && error.alreadyExists) return false
          throw error
        }
        const { uploadBlob } = await import('./azure-blob.js')
        await uploadBlob(uploadUrl, file, operation, signal)
        await service.finalizeEntry(key, version, size, signal)
        return true
      } catch (error) {
        throw storeError(operation, error, signal)
      }
    }
  }
}
