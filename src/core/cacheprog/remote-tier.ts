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
import { LocalTier, type LocalEntry } from './local-tier.js'
import { emptyFigures, writeJournal } from './figures.js'
import { DEFAULT_REMOTE_TIMEOUT_MS } from './limits.js'
import {
  decodeIndex,
  decodeObject,
  emptyIndex,
  IndexFormatError,
  indexLookup,
  MAX_INDEX_BYTES,
  sha256Hex,
  storedLength,
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
  /**
   * Why the newest index was refused (malformed, or a gzip bomb), when it was:
   * the job then starts with no index, and its push writes a new newest one.
   */
  unreadable?: string
  /** The key of the refused index. */
  refusedKey?: string
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
 * Reads and decodes one index, refusing one stored larger than
 * MAX_INDEX_BYTES before its body is downloaded: an IndexFormatError, like a
 * malformed index (the caller treats it as none).
 */
export async function readIndex(
  store: RemoteStore,
  indexKey: string,
  signal?: AbortSignal
): Promise<{ data: Buffer; index: RemoteIndex }> {
  let data: Buffer
  try {
    data = await store.read(indexKey, signal, MAX_INDEX_BYTES)
  } catch (error) {
    if (error instanceof RemoteStoreError && error.kind === 'too-large') {
      throw new IndexFormatError(`the index is stored larger than ${MAX_INDEX_BYTES} bytes`)
    }
    throw error
  }
  return { data, index: decodeIndex(data) }
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
    try {
      const { data, index } = await readIndex(store, indexKey, signal)
      const hitKind = indexKey.startsWith(lookup.key) ? 'exact' : 'partial'
      restored = { indexKey, hitKind, index }
      writeFileAtomicSync(indexCopyPath(dir, indexKey), data)
    } catch (error) {
      if (!(error instanceof IndexFormatError)) throw error
      // Recorded as no index, so the job's go commands do not each refuse it again.
      restored = {
        hitKind: 'none',
        index: emptyIndex(),
        unreadable: `${indexKey}: ${error.message}`,
        refusedKey: indexKey
      }
    }
  }
  const record: RestoredRecord = {
    ladder: ladderId(key, restorePrefixes),
    indexKey: restored.indexKey ?? null,
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

  /** The index the main step kept in DIR for this ladder, else the newest one in the store. */
  private async restoredIndex(signal: AbortSignal): Promise<RestoredIndex> {
    const { key, restorePrefixes } = this.options
    const maxAge = this.options.indexMaxAgeMs ?? DEFAULT_INDEX_MAX_AGE_MS
    return (
      readRestoredIndex(this.dir, key, restorePrefixes, maxAge) ??
      (await restoreRemoteIndex(this.dir, await this.openStore(), key, restorePrefixes, signal))
    )
  }

  private loadEntries(): Promise<Map<string, RemoteEntry>> {
    this.entries ??= (async () => {
      const restored = await this.restoredIndex(this.signal())
      return new Map(restored.index.entries.map(entry => [entry.actionId, entry]))
    })()
    return this.entries
  }

  /**
   * Fetches ahead, in parallel, what the run that wrote this job's index read
   * (prefetchReads), through this tier's store. Never throws.
   */
  async prefetch(signal: AbortSignal): Promise<PrefetchResult | undefined> {
    if (this.disabledReason !== undefined) return undefined
    try {
      const store = await this.openStore()
      const restored = await this.restoredIndex(signal)
      return await prefetchReads(this.dir, store, restored.index, signal)
    } catch {
      return undefined // the lazy gets report what is wrong
    }
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
      const [stored] = await store.readRanges(
        entry.pack,
        [{ offset: entry.offset, length: storedLength(entry) }],
        this.signal()
      )
      const { body, problem } = decodeObject(entry, stored)
      if (body === undefined) {
        return { kind: 'failed', reason: `object ${actionId} in ${entry.pack}: ${problem}` }
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
        bytes: storedLength(entry),
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

export interface PrefetchResult {
  objects: number
  bytes: number
  packs: number
  /** Objects that could not be fetched or failed their check (left to a lazy get). */
  failed: number
}

const RANGES_PER_REQUEST = 64
const PREFETCH_CONCURRENCY = 4

/**
 * Fetches in parallel, into the local tier, the objects the run that wrote the
 * index read (index.reads) and that DIR lacks: a pack's ranges in batches of
 * RANGES_PER_REQUEST, PREFETCH_CONCURRENCY requests at a time, each object
 * checked like a lazy get. Never throws; what fails is left to the lazy path.
 */
export async function prefetchReads(
  dir: string,
  store: RemoteStore,
  index: RemoteIndex,
  signal?: AbortSignal
): Promise<PrefetchResult> {
  const local = new LocalTier(dir)
  const byAction = new Map(index.entries.map(entry => [entry.actionId, entry]))
  const byPack = new Map<string, RemoteEntry[]>()
  for (const actionId of index.reads) {
    const entry = byAction.get(actionId)
    if (entry === undefined || local.get(actionId) !== undefined) continue
    byPack.set(entry.pack, [...(byPack.get(entry.pack) ?? []), entry])
  }
  const batches: RemoteEntry[][] = []
  for (const entries of byPack.values()) {
    for (let at = 0; at < entries.length; at += RANGES_PER_REQUEST) {
      batches.push(entries.slice(at, at + RANGES_PER_REQUEST))
    }
  }
  const result: PrefetchResult = { objects: 0, bytes: 0, packs: 0, failed: 0 }
  const packsRead = new Set<string>()
  const worker = async () => {
    for (let batch = batches.shift(); batch !== undefined; batch = batches.shift()) {
      try {
        const bodies = await store.readRanges(
          batch[0].pack,
          batch.map(entry => ({ offset: entry.offset, length: storedLength(entry) })),
          signal
        )
        packsRead.add(batch[0].pack)
        batch.forEach((entry, position) => {
          const { body } = decodeObject(entry, bodies[position])
          if (body === undefined) {
            result.failed++
            return
          }
          local.put(entry.actionId, entry.outputId, body)
          result.objects++
          result.bytes += storedLength(entry)
        })
      } catch {
        result.failed += batch.length
      }
    }
  }
  await Promise.all(Array.from({ length: PREFETCH_CONCURRENCY }, worker))
  result.packs = packsRead.size
  const figures = emptyFigures()
  figures.objectsPrefetched = result.objects
  figures.bytesDownloaded = result.bytes
  figures.remoteErrors = result.failed
  try {
    writeJournal(dir, { version: 1, figures, reads: [], packs: [...packsRead] })
  } catch {
    // The figures are a report; losing them never fails the prefetch.
  }
  return result
}

export function randomSuffix(): string {
  return randomBytes(4).toString('hex')
}
