/**
 * What the flows need from the cache service, as an interface: the entry
 * implements it with @actions/cache, the unit tests with an in-memory fake.
 *
 * @actions/cache never throws for service trouble: restoreCache returns
 * undefined and saveCache returns -1, and the reason only shows up in what it
 * logs. The entry therefore captures those log lines during each call and
 * classifies them here, so the flows can tell a miss from an outage, a save
 * race from a denied write, and a damaged archive from a missing one.
 */
import { createHash } from 'node:crypto'

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
  save(paths: string[], key: string, options: { timeoutMs: number }): Promise<SaveOutcome>
  /** The cache version @actions/cache would send for these paths (for the cache list). */
  cacheVersion?(paths: string[]): Promise<string>
}

/** @actions/cache's cache version: sha256 of the paths, the compression method and a salt. */
export function cacheVersion(paths: string[], compressionMethod: string, platform: string): string {
  const components = [...paths, compressionMethod]
  if (platform === 'win32') components.push('windows-only')
  components.push('1.0')
  return createHash('sha256').update(components.join('|')).digest('hex')
}

/** A workflow command line (`::warning::text`) split into its command and message. */
function parseCommand(line: string): { command: string; message: string } | undefined {
  const match = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line)
  if (!match) return undefined
  return { command: match[1], message: unescapeData(match[2]) }
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function plain(line: string): string {
  return parseCommand(line)?.message ?? line
}

const CORRUPT_PATTERNS = [
  /tar(\.exe)?["']? failed/i,
  /failed with exit code/i,
  /unexpected end of/i,
  /incomplete download/i,
  /zstd: /i,
  /not in gzip format/i,
  /premature end/i,
  /Cannot open: File exists/i
]

/** The first line of a message, without the self-hosted-runner advice @actions/cache appends. */
function firstLine(message: string): string {
  return message.split(/\r?\n/)[0].trim()
}

/** Why a restore that returned no key failed, from the lines @actions/cache logged; undefined for a plain miss. */
export function classifyRestoreLog(lines: readonly string[]): ClientFailure | undefined {
  for (const line of lines) {
    const command = parseCommand(line)
    if (!command || (command.command !== 'warning' && command.command !== 'error')) continue
    const failed = /^Failed to restore: ([\s\S]*)$/.exec(command.message)
    if (!failed) continue
    const message = firstLine(failed[1])
    if (/cache read denied/i.test(message)) return { kind: 'denied', message }
    if (CORRUPT_PATTERNS.some(pattern => pattern.test(message))) return { kind: 'corrupt', message }
    return { kind: 'unavailable', message }
  }
  return undefined
}

/** Why a save returned -1, from the lines @actions/cache logged. */
export function classifySaveLog(lines: readonly string[]): ClientFailure {
  const messages = lines.map(plain)
  // The debug line carries the HTTP answer that the info line hides behind
  // "another job may be creating this cache", which it says for any failed reservation.
  const reserveDetail = messages
    .find(message => message.startsWith('Failed to reserve cache:'))
    ?.replace(/^Failed to reserve cache: (Error: )?/, '')
    .replace(/^Failed to CreateCacheEntry: /, '')
    .replace(/^Received non-retryable error: /, '')
  const failed = messages
    .find(message => message.startsWith('Failed to save:'))
    ?.replace(/^Failed to save: /, '')
  const reservation = messages
    .find(message => message.startsWith('Cache reservation failed:'))
    ?.replace(/^Cache reservation failed: /, '')
  const text = [reserveDetail, failed, reservation].filter(Boolean).join(' | ')
  const specific = firstLine(reserveDetail ?? reservation ?? failed ?? 'the cache was not saved')
  if (/cache write denied|\(403\)|permission_denied|Forbidden/i.test(text)) {
    return { kind: 'denied', message: specific }
  }
  if (/\(409\)|already exists|Conflict/i.test(text)) {
    return { kind: 'reserved', message: firstLine(failed ?? specific) }
  }
  if (
    /ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|Unable to make request|Failed to make request|Rate limited|\(5\d\d\)|\(429\)/i.test(
      text
    )
  ) {
    return { kind: 'unavailable', message: specific }
  }
  if (/Unable to reserve cache/i.test(text))
    return { kind: 'reserved', message: firstLine(failed ?? specific) }
  return { kind: 'unavailable', message: firstLine(failed ?? specific) }
}

/** Archive size from `Cache Size: ~N MB (B B)` (restore) or `File Size: B` (save). */
export function archiveBytesFromLog(lines: readonly string[]): number | undefined {
  for (const line of lines) {
    const message = plain(line)
    const restored = /Cache Size: ~\d+ MB \((\d+) B\)/.exec(message)
    if (restored) return Number(restored[1])
    const saved = /^File Size: (\d+)$/.exec(message)
    if (saved) return Number(saved[1])
  }
  return undefined
}

/**
 * Lines @actions/cache prints that the action replaces with its own report
 * (one warning that says what it means for the build), so the log does not
 * show a red "error" annotation for a cache outage that does not fail the job.
 */
export function isReplacedClientLine(line: string): boolean {
  const command = parseCommand(line)
  if (!command) return /^Failed to save: /.test(line)
  if (command.command !== 'warning' && command.command !== 'error') return false
  return /^(Failed to (restore|save):|Cache reservation failed:|You've hit a rate limit)/.test(
    command.message
  )
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
