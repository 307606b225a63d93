/**
 * Save: one new pack holding the objects of DIR that no remote pack holds
 * (each compressed on its own, encodeObject), plus a new index. Objects are deduplicated by SHA-256 against the index the
 * ladder restores and against the newest index of any key, so an object that
 * another branch or matrix leg stored is referenced, not uploaded again.
 *
 * Indexes under a key are written in turns (s000000000001, s000000000002, …):
 * a push writes the turn after the index it started from. Two legs pushing at
 * once from the same index both try that turn; the store is write-once, so one
 * wins, and the other reads the winner's index, merges it into its own and
 * takes the next turn, so neither leg's objects fall out of the lineage.
 * Packs are named by content, so a second writer of the same pack loses the
 * race harmlessly.
 *
 * No index is written when the job added no object, dropped no entry and
 * compacted nothing: the restored index already says everything, so such a
 * job uploads nothing, even when it was restored from a restore prefix. New
 * action IDs whose object the restored index already holds do not count: in
 * practice they are cmd/go's per-directory package index ("go index v2"),
 * whose action ID includes the files' mtimes, so every fresh checkout makes
 * new ones (110 a job on containerd) that no later job would look up. They
 * are added when the index is written for another reason. An object that
 * only another key's index holds (another matrix leg compiled the same
 * package first) does count: the index is written, referencing that pack. The
 * one exception is the last-use times that TTL pruning reads: when an entry
 * this job read was last recorded as used more than LAST_USED_REFRESH_MS ago,
 * the index is rewritten to refresh them, so a used entry is never more than
 * that stale against ENTRY_TTL_MS.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { createHash } from 'node:crypto'
import path from 'node:path'
import type { RemoteStore } from '../remote-store/index.js'
import { tempPathBeside } from '../io.js'
import { readJobReads, writeJournal, emptyFigures } from './figures.js'
import { LocalTier } from './local-tier.js'
import {
  decodeObject,
  emptyIndex,
  encodeIndex,
  encodeObject,
  ENTRY_TTL_MS,
  FORMAT_ROOT,
  indexLookup,
  indexSequence,
  newIndexKey,
  PACK_MAGIC,
  packKey,
  packsInUse,
  planCompaction,
  sequenceIndexKey,
  sha256Hex,
  storedLength,
  type PackInfo,
  type RemoteEntry,
  type RemoteIndex
} from './remote-format.js'
import { randomSuffix, readIndex } from './remote-tier.js'
import { cleanUpStore, type CleanupResult } from './cleanup.js'

export interface PushOptions {
  dir: string
  store: RemoteStore
  key: string
  restorePrefixes: readonly string[]
  signal?: AbortSignal
  /** Non-fatal problems (a compaction that could not read an old pack). */
  warn?: (message: string) => void
  /** Index keys the caller already reported as unreadable: not warned about again. */
  reported?: readonly string[]
  nowMs?: number
}

export interface PushResult {
  /** The index written, or undefined when the remote already had everything. */
  indexKey?: string
  /** The pack written (or found already stored), or undefined when nothing was new. */
  packKey?: string
  objectsUploaded: number
  /** Pack and index bytes sent. */
  bytesUploaded: number
  /** Entries in the new index. */
  entries: number
  /** Packs whose live objects were moved into the new pack (compaction). */
  compacted: string[]
  /** True when a concurrent writer's index was merged into ours. */
  merged: boolean
  /** After a compaction, in a store that never evicts by itself (S3): what was deleted (cleanup.ts). */
  cleanup?: CleanupResult
}

/** A used entry's recorded last use is refreshed (an index written) once it is older than this. */
export const LAST_USED_REFRESH_MS = 24 * 3600 * 1000

type Located = Pick<RemoteEntry, 'sha256' | 'pack' | 'offset' | 'size' | 'encoding' | 'storedSize'>

/** Where an object is stored, copied onto another entry that shares it. */
function storedAt(where: Located): Located {
  return {
    sha256: where.sha256,
    pack: where.pack,
    offset: where.offset,
    size: where.size,
    ...(where.encoding === undefined
      ? {}
      : { encoding: where.encoding, storedSize: where.storedSize })
  }
}

async function newestIndex(
  store: RemoteStore,
  key: string,
  prefixes: readonly string[],
  signal: AbortSignal | undefined,
  warn: (message: string, about?: string) => void
): Promise<{ indexKey?: string; index: RemoteIndex }> {
  const found = await store.lookup(key, prefixes, signal)
  if (found === undefined) return { index: emptyIndex() }
  try {
    return { indexKey: found, index: (await readIndex(store, found, signal)).index }
  } catch (error) {
    if ((error as Error).name !== 'IndexFormatError') throw error
    warn(
      `index ${found} is unreadable (${(error as Error).message}); starting a new lineage`,
      found
    )
    return { index: emptyIndex() }
  }
}

class PackWriter {
  readonly file: string
  private readonly fd: number
  private readonly hash = createHash('sha256')
  size = 0
  objects = 0

  constructor(dir: string) {
    mkdirSync(dir, { recursive: true })
    this.file = tempPathBeside(path.join(dir, 'pack'))
    this.fd = openSync(this.file, 'w')
    this.append(PACK_MAGIC)
  }

  append(body: Buffer): number {
    const offset = this.size
    let written = 0
    while (written < body.length) written += writeSync(this.fd, body, written)
    this.hash.update(body)
    this.size += body.length
    return offset
  }

  add(body: Buffer): number {
    this.objects++
    return this.append(body)
  }

  finish(): string {
    closeSync(this.fd)
    return this.hash.digest('hex')
  }

  discard(): void {
    rmSync(this.file, { force: true })
  }
}

export async function pushNewObjects(options: PushOptions): Promise<PushResult> {
  const { dir, store, key, restorePrefixes, signal } = options
  // Each unreadable index is reported once, and not at all when the caller already did.
  const said = new Set(options.reported ?? [])
  const warnOnce = options.warn ?? (() => {})
  const warn = (message: string, about?: string) => {
    if (about !== undefined && said.has(about)) return
    if (about !== undefined) said.add(about)
    warnOnce(message)
  }
  const now = options.nowMs ?? Date.now()
  const lookup = indexLookup(key, restorePrefixes)
  const base = await newestIndex(store, lookup.key, lookup.prefixes, signal, warn)
  const anyRoot = `${FORMAT_ROOT}/index/`
  const newestAny = await newestIndex(store, anyRoot, [anyRoot], signal, warn)

  // Where each stored object already is, by content.
  const byDigest = new Map<string, Located>()
  const knownPacks = new Map<string, number>()
  for (const index of [newestAny.index, base.index]) {
    for (const pack of index.packs) knownPacks.set(pack.key, pack.size)
    for (const entry of index.entries) byDigest.set(entry.sha256, entry)
  }

  const baseDigests = new Set(base.index.entries.map(entry => entry.sha256))
  const reads = readJobReads(dir)
  const entries = new Map<string, RemoteEntry>()
  // No index yet (or an unreadable one), objects added, entries dropped or packs compacted:
  // only then is a new index needed.
  let changed = base.indexKey === undefined
  let refreshDue = false
  for (const entry of base.index.entries) {
    // cmd/go's OutputID is the SHA-256 of the body: an entry saying otherwise is
    // poisoned or broken, and every reader refuses it, so it is not carried on.
    if (entry.outputId !== entry.sha256) {
      changed = true
      continue
    }
    const used = reads.has(entry.actionId)
    if (!used && now - entry.lastUsedMs > ENTRY_TTL_MS) {
      changed = true
      continue
    }
    if (used && now - entry.lastUsedMs > LAST_USED_REFRESH_MS) refreshDue = true
    entries.set(entry.actionId, used ? { ...entry, lastUsedMs: now } : entry)
  }

  const packDir = path.join(dir, 'remote', 'tmp')
  const pack = new PackWriter(packDir)
  try {
    const local = new LocalTier(dir)
    for (const localEntry of local.entries()) {
      const existing = entries.get(localEntry.actionId)
      if (existing && existing.outputId === localEntry.outputId) continue
      let body: Buffer
      try {
        body = readFileSync(localEntry.diskPath)
      } catch {
        continue
      }
      if (body.length !== localEntry.size) continue
      const sha256 = sha256Hex(body)
      const lastUsedMs = Math.max(localEntry.timeMs, reads.has(localEntry.actionId) ? now : 0)
      const where = byDigest.get(sha256)
      // A copy of an object this lineage's index already holds, under a new action ID, is
      // not worth a new index by itself (see above); it rides along when one is written
      // anyway. An object only another key's index holds is new to this lineage: without an
      // entry here, every later job of this key compiles it again.
      if (!where || !baseDigests.has(sha256)) changed = true
      if (where) {
        entries.set(localEntry.actionId, {
          actionId: localEntry.actionId,
          outputId: localEntry.outputId,
          ...storedAt(where),
          lastUsedMs
        })
        continue
      }
      const { stored, encoding } = encodeObject(body)
      const offset = pack.add(stored)
      const entry: RemoteEntry = {
        actionId: localEntry.actionId,
        outputId: localEntry.outputId,
        sha256,
        pack: '',
        offset,
        size: body.length,
        lastUsedMs,
        ...(encoding === undefined ? {} : { encoding, storedSize: stored.length })
      }
      byDigest.set(sha256, entry)
      entries.set(entry.actionId, entry)
    }

    // Compaction, judged on the index as it would be without the new pack.
    const current: RemoteIndex = {
      createdMs: now,
      packs: [...knownPacks].map(([packKeyName, size]) => ({ key: packKeyName, size })),
      entries: [...entries.values()].filter(entry => entry.pack !== ''),
      reads: []
    }
    current.packs = packsInUse(current.entries, current.packs)
    const plan = planCompaction(current)
    const compacted: string[] = []
    for (const oldPack of plan.rewrite) {
      const moving = [...entries.values()].filter(entry => entry.pack === oldPack)
      let bodies: Buffer[]
      try {
        bodies = await store.readRanges(
          oldPack,
          moving.map(entry => ({ offset: entry.offset, length: storedLength(entry) })),
          signal
        )
      } catch (error) {
        warn(`compaction skipped ${oldPack}: ${(error as Error).message}`)
        continue
      }
      const moved = new Map<string, number>()
      moving.forEach((entry, position) => {
        const stored = bodies[position]
        if (stored === undefined || decodeObject(entry, stored).body === undefined) {
          entries.delete(entry.actionId) // corrupt: drop it rather than carry it on
          return
        }
        // Moved as stored: already compressed (or not worth it).
        let offset = moved.get(entry.sha256)
        if (offset === undefined) {
          offset = pack.add(stored)
          moved.set(entry.sha256, offset)
        }
        entries.set(entry.actionId, { ...entry, pack: '', offset })
      })
      compacted.push(oldPack)
      changed = true
    }

    if (!changed && !(refreshDue && entries.size > 0)) {
      pack.discard()
      return emptyResult(entries.size)
    }

    let bytesUploaded = 0
    let objectsUploaded = 0
    let writtenPack: string | undefined
    const packs: PackInfo[] = []
    if (pack.objects > 0) {
      const packSha = pack.finish()
      writtenPack = packKey(packSha)
      // Entries deduplicated against an object of this very pack are copies: fix them all.
      for (const [actionId, entry] of entries) {
        if (entry.pack === '') entries.set(actionId, { ...entry, pack: writtenPack })
      }
      if (await store.write(writtenPack, pack.file, signal)) {
        bytesUploaded += pack.size
        objectsUploaded = pack.objects
      }
      packs.push({ key: writtenPack, size: pack.size })
      knownPacks.set(writtenPack, pack.size)
    } else {
      pack.finish()
    }
    const finalEntries = [...entries.values()].sort((a, b) => a.actionId.localeCompare(b.actionId))
    const index: RemoteIndex = {
      createdMs: now,
      packs: packsInUse(
        finalEntries,
        [...knownPacks].map(([k, size]) => ({ key: k, size }))
      ),
      entries: finalEntries,
      reads: [...reads].sort()
    }
    const written = await writeIndexInTurn(store, dir, key, base, index, signal, warn)
    bytesUploaded += written.bytes
    // A new pack set: the old packs and indexes no one needs can go (S3, a directory; cleanup.ts).
    let cleanup: CleanupResult | undefined
    if (compacted.length > 0 && store.list && store.delete) {
      try {
        cleanup = await cleanUpStore(store, { nowMs: now, signal })
        if (cleanup.skipped) warn(`cleanup: ${cleanup.skipped}`)
      } catch (error) {
        warn(`cleanup of old packs and indexes failed: ${(error as Error).message}`)
      }
    }
    const result: PushResult = {
      ...(cleanup ? { cleanup } : {}),
      indexKey: written.indexKey,
      packKey: writtenPack,
      objectsUploaded,
      bytesUploaded,
      entries: finalEntries.length,
      compacted,
      merged: written.merged
    }
    recordPush(dir, result)
    return result
  } finally {
    pack.discard()
  }
}

function emptyResult(entries: number): PushResult {
  return { objectsUploaded: 0, bytesUploaded: 0, entries, compacted: [], merged: false }
}

function recordPush(dir: string, result: PushResult): void {
  const figures = emptyFigures()
  figures.bytesUploaded = result.bytesUploaded
  figures.objectsUploaded = result.objectsUploaded
  try {
    writeJournal(dir, { version: 1, figures, reads: [] })
  } catch {
    // The figures are a report; losing them never fails the push.
  }
}

async function writeIndex(
  store: RemoteStore,
  dir: string,
  indexKey: string,
  index: RemoteIndex,
  signal: AbortSignal | undefined
): Promise<{ stored: boolean; bytes: number }> {
  const data = encodeIndex(index)
  const file = tempPathBeside(path.join(dir, 'remote', 'tmp', 'index'))
  mkdirSync(path.dirname(file), { recursive: true })
  try {
    const fd = openSync(file, 'w')
    try {
      writeSync(fd, data)
    } finally {
      closeSync(fd)
    }
    const stored = await store.write(indexKey, file, signal)
    return { stored, bytes: stored ? data.length : 0 }
  } finally {
    rmSync(file, { force: true })
  }
}

/** Turns a push tries before it writes under a key of its own instead. */
const INDEX_TURNS = 5
/** How long a lost turn's index may take to become readable (its upload finishing). */
const TURN_READ_ATTEMPTS = 5
const TURN_READ_PAUSE_MS = 400

/**
 * Writes `index` in the turn after `base`; when another writer took that turn,
 * merges the winner's index and tries the next one. After INDEX_TURNS lost
 * turns (or a winner whose index never becomes readable) it writes under a
 * unique key, warning that a concurrent writer's objects may be missing.
 */
async function writeIndexInTurn(
  store: RemoteStore,
  dir: string,
  key: string,
  base: { indexKey?: string },
  index: RemoteIndex,
  signal: AbortSignal | undefined,
  warn: (message: string) => void
): Promise<{ indexKey: string; bytes: number; merged: boolean }> {
  // The turn after the base; when the base is no turn (an older writer's key, an unreadable
  // index, a restore prefix's), the turn after the newest turn under the key.
  const turnPrefix = sequenceIndexKey(key, 0).replace(/0+$/, '')
  let turn =
    (indexSequence(key, base.indexKey) ||
      indexSequence(key, await store.lookup(turnPrefix, [turnPrefix], signal))) + 1
  let toWrite = index
  let merged = false
  for (let attempt = 0; attempt < INDEX_TURNS; attempt++, turn++) {
    const indexKey = sequenceIndexKey(key, turn)
    const written = await writeIndex(store, dir, indexKey, toWrite, signal)
    if (written.stored) return { indexKey, bytes: written.bytes, merged }
    const winner = await readTurn(store, indexKey, signal)
    if (winner === undefined) break
    toWrite = mergeIndexes(toWrite, winner) ?? toWrite
    merged = true
  }
  warn(
    `another writer saved an index under ${key} at the same time and its index could not be merged; some of its objects may be fetched again by later jobs`
  )
  const indexKey = newIndexKey(key, toWrite.createdMs, randomSuffix())
  const written = await writeIndex(store, dir, indexKey, toWrite, signal)
  return { indexKey, bytes: written.bytes, merged }
}

/** The index another writer stored in a turn, once its upload is done; undefined if it never is. */
async function readTurn(
  store: RemoteStore,
  indexKey: string,
  signal: AbortSignal | undefined
): Promise<RemoteIndex | undefined> {
  for (let attempt = 0; attempt < TURN_READ_ATTEMPTS; attempt++) {
    try {
      return (await readIndex(store, indexKey, signal)).index
    } catch (error) {
      if ((error as Error).name === 'IndexFormatError') return undefined
      if ((error as { kind?: string }).kind !== 'not-found') throw error
    }
    await new Promise(resolve => setTimeout(resolve, TURN_READ_PAUSE_MS))
  }
  return undefined
}

/** `ours` plus the entries of `theirs` it lacks; undefined when it lacks none. */
function mergeIndexes(ours: RemoteIndex, theirs: RemoteIndex): RemoteIndex | undefined {
  const mine = new Set(ours.entries.map(entry => entry.actionId))
  const added = theirs.entries.filter(entry => !mine.has(entry.actionId))
  if (added.length === 0) return undefined
  const entries = [...ours.entries, ...added].sort((a, b) => a.actionId.localeCompare(b.actionId))
  return {
    createdMs: Math.max(ours.createdMs, theirs.createdMs) + 1,
    packs: packsInUse(entries, [...ours.packs, ...theirs.packs]),
    entries,
    reads: [...new Set([...ours.reads, ...theirs.reads])].sort()
  }
}
