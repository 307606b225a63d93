/**
 * The remote tier as a go command sees it: on a local miss, find the action ID
 * in the restored index and fetch only that object's bytes from its pack
 * (readRanges), check their SHA-256, and place them in the local tier. The
 * index is restored once per job (restoreRemoteIndex, by the action's restore
 * step or by the first cacheprog process that needs it) and kept in
 * DIR/remote/, so the many go processes of a job share one lookup.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { RemoteStoreError, type RemoteStore } from '../remote-store/index.js'
import { writeFileAtomicSync } from '../io.js'
import type { LocalEntry, LocalTier } from './local-tier.js'
import { DEFAULT_REMOTE_TIMEOUT_MS } from './limits.js'
import {
  decodeIndex,
  emptyIndex,
  indexLookup,
  sha256Hex,
  type RemoteEntry,
  type RemoteIndex
} from './remote-format.js'

export interface RemoteTierOptions {
  /** Opens the store on first use, so a build with only local hits never loads an SDK. */
  openStore: () => Promise<RemoteStore>
  /** The exact key, then the restore prefixes, tried in order. */
  key: string
  restorePrefixes: readonly string[]
  /** Per remote request; past it the request is abandoned and counted a miss. */
  timeoutMs?: number
  /** A restored index older than this is looked up again (long-lived local dirs). */
  indexMaxAgeMs?: number
}

export interface RestoredIndex {
  /** The index key the ladder found, or undefined when none matched. */
  indexKey?: string
  /** exact: the key itself; partial: a restore prefix; none. */
  hitKind: 'exact' | 'partial' | 'none'
  index: RemoteIndex
}

interface RestoredRecord {
  ladder: string
  indexKey: string | null
  hitKind: RestoredIndex['hitKind']
  fetchedMs: number
}

const DEFAULT_INDEX_MAX_AGE_MS = 10 * 60_000

function ladderId(key: string, prefixes: readonly string[]): string {
  return JSON.stringify([key, ...prefixes])
}

function restoredRecordPath(dir: string): string {
  return path.join(dir, 'remote', 'restored.json')
}

function indexCopyPath(dir: string, indexKey: string): string {
  return path.join(dir, 'remote', 'index-' + sha256Hex(Buffer.from(indexKey)).slice(0, 32))
}

/**
 * Looks up the newest index over the ladder, reads it, and keeps a copy in
 * DIR/remote/ for the job's go processes. Store errors are thrown (typed
 * RemoteStoreError); a malformed index is an IndexFormatError.
 */
export async function restoreRemoteIndex(
  dir: string,
  store: RemoteStore,
  key: string,
  restorePrefixes: readonly string[],
  signal?: AbortSignal
): Promise<RestoredIndex> {
  const lookup = indexLookup(key, restorePrefixes)
  const indexKey = await store.lookup(lookup.key, lookup.prefixes, signal)
  let restored: RestoredIndex = { hitKind: 'none', index: emptyIndex() }
  mkdirSync(path.join(dir, 'remote'), { recursive: true })
  if (indexKey !== undefined) {
    const data = await store.read(indexKey, signal)
    const index = decodeIndex(data)
    const hitKind = indexKey.startsWith(lookup.key) ? 'exact' : 'partial'
    restored = { indexKey, hitKind, index }
    writeFileAtomicSync(indexCopyPath(dir, indexKey), data)
  }
  const record: RestoredRecord = {
    ladder: ladderId(key, restorePrefixes),
    indexKey: indexKey ?? null,
    hitKind: restored.hitKind,
    fetchedMs: Date.now()
  }
  writeFileAtomicSync(restoredRecordPath(dir), JSON.stringify(record))
  return restored
}

/** The index this job restored earlier, if it is for this ladder and fresh enough. */
export function readRestoredIndex(
  dir: string,
  key: string,
  restorePrefixes: readonly string[],
  maxAgeMs: number
): RestoredIndex | undefined {
  try {
    const record = JSON.parse(readFileSync(restoredRecordPath(dir), 'utf8')) as RestoredRecord
    if (record.ladder !== ladderId(key, restorePrefixes)) return undefined
    if (!(Date.now() - record.fetchedMs <= maxAgeMs)) return undefined
    if (record.indexKey === null) return { hitKind: 'none', index: emptyIndex() }
    const index = decodeIndex(readFileSync(indexCopyPath(dir, record.indexKey)))
    return { indexKey: record.indexKey, hitKind: record.hitKind, index }
  } catch {
    return undefined
  }
}

export type RemoteGetResult =
  | { kind: 'hit'; entry: LocalEntry; bytes: number; pack: string }
  | { kind: 'absent' }
  | { kind: 'failed'; reason: string }

export class RemoteTier {
  private store: Promise<RemoteStore> | undefined
  private entries: Promise<Map<string, RemoteEntry>> | undefined
  /** After a store-wide failure (denied, unavailable, timeout) the rest of the process stays local. */
  private disabledReason: string | undefined

  constructor(
    private readonly dir: string,
    private readonly local: LocalTier,
    private readonly options: RemoteTierOptions
  ) {}

  private openStore(): Promise<RemoteStore> {
    this.store ??= this.options.openStore()
    return this.store
  }

  private signal(): AbortSignal {
    return AbortSignal.timeout(this.options.timeoutMs ?? DEFAULT_REMOTE_TIMEOUT_MS)
  }

  private loadEntries(): Promise<Map<string, RemoteEntry>> {
    this.entries ??= (async () => {
      const { key, restorePrefixes } = this.options
      const maxAge = this.options.indexMaxAgeMs ?? DEFAULT_INDEX_MAX_AGE_MS
      const restored =
        readRestoredIndex(this.dir, key, restorePrefixes, maxAge) ??
        (await restoreRemoteIndex(
          this.dir,
          await this.openStore(),
          key,
          restorePrefixes,
          this.signal()
        ))
      return new Map(restored.index.entries.map(entry => [entry.actionId, entry]))
    })()
    return this.entries
  }

  /** Fetches one object into the local tier. Never throws: failures come back as `failed`. */
  async get(actionId: string): Promise<RemoteGetResult> {
    if (this.disabledReason !== undefined) return { kind: 'absent' }
    let entry: RemoteEntry | undefined
    try {
      entry = (await this.loadEntries()).get(actionId)
    } catch (error) {
      return this.failed(error, true)
    }
    if (entry === undefined) return { kind: 'absent' }
    try {
      const store = await this.openStore()
      const [body] = await store.readRanges(
        entry.pack,
        [{ offset: entry.offset, length: entry.size }],
        this.signal()
      )
      if (body === undefined || body.length !== entry.size) {
        return { kind: 'failed', reason: `object ${actionId} in ${entry.pack}: short read` }
      }
      if (sha256Hex(body) !== entry.sha256) {
        return {
          kind: 'failed',
          reason: `object ${actionId} in ${entry.pack} is corrupt (SHA-256 mismatch)`
        }
      }
      const diskPath = this.local.put(actionId, entry.outputId, body)
      return {
        kind: 'hit',
        entry: {
          actionId,
          outputId: entry.outputId,
          size: entry.size,
          timeMs: Date.now(),
          diskPath
        },
        bytes: body.length,
        pack: entry.pack
      }
    } catch (error) {
      const perObject =
        error instanceof RemoteStoreError &&
        (error.kind === 'corrupt' || error.kind === 'not-found')
      return this.failed(error, !perObject, `object ${actionId} in ${entry.pack}`)
    }
  }

  private failed(error: unknown, disable: boolean, what = 'the remote index'): RemoteGetResult {
    const detail =
      error instanceof RemoteStoreError
        ? `${error.kind}: ${error.message}`
        : error instanceof Error
          ? error.message
          : String(error)
    const reason = `${what}: ${detail}`
    if (disable) this.disabledReason = reason
    return { kind: 'failed', reason }
  }
}

export function randomSuffix(): string {
  return randomBytes(4).toString('hex')
}
