/**
 * What the flows need from the cache service, as an interface: the entry
 * implements it with the project's own transfer (src/core/cache-transfer:
 * Twirp cache service v2, blob storage, a checked tar+gzip archive), the
 * unit tests with an in-memory fake.
 *
 * The transfer throws typed errors; `transferFailure` turns them into the
 * few kinds the flows act on, so they can tell a miss from an outage, a save
 * race from a denied write, and a damaged or refused archive from a missing
 * one. Nothing is learnt from log lines.
 */
import { createHash } from 'node:crypto'
import os from 'node:os'
import {
  ArchiveCorruptError,
  ArchiveRefusedError,
  BlobTransferError,
  CacheServiceClient,
  CacheServiceError,
  archiveVersion,
  restoreEntry,
  saveEntry,
  type ArchiveLimits
} from '../../cache-transfer/index.js'
import { expandHome } from '../index.js'

export type ClientFailureKind =
  /** Down, 5xx after retries, rate limited, network error, no token. */
  | 'unavailable'
  /** The call did not finish within the timeout. */
  | 'timeout'
  /** The archive downloaded but could not be extracted (truncated, corrupt, tar error). */
  | 'corrupt'
  /** Another job holds the key (HTTP 409): the matrix save race. */
  | 'reserved'
  /** The token may not read or write the cache (HTTP 403, read-only tokens). */
  | 'denied'

export interface ClientFailure {
  kind: ClientFailureKind
  message: string
}

export interface RestoreOutcome {
  matchedKey?: string
  /** Size of the downloaded archive, when one was downloaded. */
  archiveBytes?: number
  failure?: ClientFailure
}

export interface SaveOutcome {
  /** The cache entry id, or -1 when nothing was saved. */
  cacheId: number
  archiveBytes?: number
  failure?: ClientFailure
}

export interface CacheClient {
  /** Undefined when the service is configured for this job, else why not. */
  unavailableReason(): string | undefined
  restore(
    paths: string[],
    primaryKey: string,
    restoreKeys: string[],
    options: { lookupOnly: boolean; timeoutMs: number }
  ): Promise<RestoreOutcome>
  /**
   * Packs `options.dirs` (default: `paths`, expanded) under `key`; the cache
   * version is made from `paths` either way (a layer is staged elsewhere).
   */
  save(
    paths: string[],
    key: string,
    options: { timeoutMs: number; dirs?: string[] }
  ): Promise<SaveOutcome>
  /** The cache version this client sends for these paths (the cache list shows it). */
  cacheVersion?(paths: string[]): Promise<string>
}

/**
 * @actions/cache's cache version: sha256 of the paths, the compression method
 * and a salt. go-ci-kit used it until it owned the transfer; entries saved
 * with it are invisible to the current client (see archiveVersion).
 */
export function cacheVersion(paths: string[], compressionMethod: string, platform: string): string {
  const components = [...paths, compressionMethod]
  if (platform === 'win32') components.push('windows-only')
  components.push('1.0')
  return createHash('sha256').update(components.join('|')).digest('hex')
}

/** The kind of failure a transfer error means for the flows. */
export function transferFailure(error: unknown): ClientFailure {
  const message = error instanceof Error ? error.message : String(error)
  if (error instanceof TimeoutError) return { kind: 'timeout', message }
  const name = (error as { name?: string } | null)?.name
  if (name === 'TimeoutError' || name === 'AbortError') return { kind: 'timeout', message }
  if (error instanceof ArchiveRefusedError) {
    return { kind: 'corrupt', message: `refused an unsafe archive: ${message}` }
  }
  if (error instanceof ArchiveCorruptError) return { kind: 'corrupt', message }
  if (error instanceof BlobTransferError) {
    return { kind: error.kind === 'truncated' ? 'corrupt' : 'unavailable', message }
  }
  if (error instanceof CacheServiceError) {
    if (error.kind === 'already-exists') return { kind: 'reserved', message }
    if (error.kind === 'denied') return { kind: 'denied', message }
    return { kind: 'unavailable', message }
  }
  // Local trouble (a full disk, a directory we may not write): the cache is unusable for this job.
  return { kind: 'unavailable', message }
}

/** A signal that aborts with a TimeoutError after `ms`; `clear` stops the timer. */
export function deadline(ms: number): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(new TimeoutError(ms)), ms)
  timer.unref?.()
  return { signal: controller.signal, clear: () => clearTimeout(timer) }
}

function isGhes(serverUrl: string | undefined): boolean {
  if (!serverUrl) return false
  let host: string
  try {
    host = new URL(serverUrl).hostname.toLowerCase()
  } catch {
    return false
  }
  return !(
    host === 'github.com' ||
    host.endsWith('.ghe.com') ||
    host === 'localhost' ||
    host.endsWith('.localhost')
  )
}

export interface TransferClientOptions {
  /** Caps for extraction (tests); defaults scale with the archive (defaultLimits). */
  limits?: Partial<ArchiveLimits>
  /** Attempts and first backoff for retryable service failures. */
  attempts?: number
  backoffMs?: number
}

/**
 * The CacheClient the action uses: its own transfer against the Actions
 * cache service v2 (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN), archives
 * staged in RUNNER_TEMP. Never throws: every failure comes back typed.
 */
export function transferCacheClient(
  env: Record<string, string | undefined>,
  options: TransferClientOptions = {}
): CacheClient {
  const resultsUrl = env.ACTIONS_RESULTS_URL
  const token = env.ACTIONS_RUNTIME_TOKEN
  let service: CacheServiceClient | undefined
  const client = (): CacheServiceClient =>
    (service ??= new CacheServiceClient({
      resultsUrl: resultsUrl!,
      token: token!,
      ...(options.attempts !== undefined ? { attempts: options.attempts } : {}),
      ...(options.backoffMs !== undefined ? { backoffMs: options.backoffMs } : {})
    }))
  return {
    unavailableReason() {
      if (isGhes(env.GITHUB_SERVER_URL)) {
        return `${env.GITHUB_SERVER_URL} is GitHub Enterprise Server, whose legacy cache service (v1) go-ci-kit does not speak`
      }
      if (!resultsUrl) {
        return 'the Actions cache service is not configured for this job (no ACTIONS_RESULTS_URL)'
      }
      if (!token) return 'ACTIONS_RUNTIME_TOKEN is not set'
      return undefined
    },
    async restore(paths, primaryKey, restoreKeys, callOptions): Promise<RestoreOutcome> {
      const { signal, clear } = deadline(callOptions.timeoutMs)
      try {
        const restored = await restoreEntry(
          client(),
          {
            paths,
            dirs: paths.map(file => expandHome(file)),
            key: primaryKey,
            restoreKeys,
            lookupOnly: callOptions.lookupOnly,
            ...(options.limits ? { limits: options.limits } : {})
          },
          signal
        )
        if (restored.matchedKey === undefined) return {}
        return {
          matchedKey: restored.matchedKey,
          ...(restored.archiveBytes !== undefined ? { archiveBytes: restored.archiveBytes } : {})
        }
      } catch (error) {
        return { failure: transferFailure(error) }
      } finally {
        clear()
      }
    },
    async save(paths, key, callOptions): Promise<SaveOutcome> {
      const { signal, clear } = deadline(callOptions.timeoutMs)
      try {
        const saved = await saveEntry(
          client(),
          {
            paths,
            dirs: callOptions.dirs ?? paths.map(file => expandHome(file)),
            key,
            tempDir: env.RUNNER_TEMP || os.tmpdir()
          },
          signal
        )
        return { cacheId: saved.entryId, archiveBytes: saved.archiveBytes }
      } catch (error) {
        return { cacheId: -1, failure: transferFailure(error) }
      } finally {
        clear()
      }
    },
    async cacheVersion(paths) {
      return archiveVersion(paths)
    }
  }
}

export class TimeoutError extends Error {
  constructor(ms: number) {
    super(`timed out after ${formatMs(ms)}`)
    this.name = 'TimeoutError'
  }
}

function formatMs(ms: number): string {
  return ms >= 60_000 && ms % 60_000 === 0
    ? `${ms / 60_000} min`
    : ms >= 1000
      ? `${+(ms / 1000).toFixed(1)} s`
      : `${ms} ms`
}

/** Resolves with the promise, or rejects with a TimeoutError after `ms`. The timer never holds the process open. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(ms)), ms)
    timer.unref?.()
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}
