/**
 * The remote tier's storage format, version 2. Everything lives under
 * `cacheprog-v2/` in the store, so this reader never sees a version 1 cache
 * (`cacheprog-v1/`, objects stored uncompressed): a job after the upgrade
 * misses once and writes a version 2 lineage.
 *
 *   cacheprog-v2/packs/<sha256 of the pack>   a pack: PACK_MAGIC, then object
 *                                             bodies back to back, each one
 *                                             brotli-compressed on its own
 *                                             (OBJECT_ENCODING) or, when that
 *                                             does not shrink it, raw. Named
 *                                             by content, so stored once.
 *   cacheprog-v2/index/<key>/s<turn>          an index (gzipped JSON, below):
 *                                             each action ID's pack, offset,
 *                                             stored and raw size, output ID
 *                                             and SHA-256. Turns count up per
 *                                             key (older writers used
 *                                             <ms>-<random>).
 *
 * Each object is compressed alone so that one range read still fetches one
 * object. Decompression is capped at the entry's raw size (a bomb is a miss),
 * and the result is checked against its SHA-256 and output ID.
 *
 * A restore looks up the newest index under `index/<key>/`, then under each
 * restore prefix in turn (the restore-key ladder of actions/cache). An index
 * is whole: it names every pack it uses, so a reader needs no other index.
 */
import {
  brotliCompressSync,
  brotliDecompressSync,
  constants,
  gunzipSync,
  gzipSync
} from 'node:zlib'
import { sha256Hex } from '../hash.js'

// Objects and packs are checked with the project's one sha256 helper; re-exported for the tier.
export { sha256Hex }

export const FORMAT_ROOT = 'cacheprog-v2'
export const INDEX_FORMAT = 'go-ci-kit/cacheprog-index'
export const INDEX_VERSION = 2
export const PACK_MAGIC = Buffer.from('go-ci-kit pack2\n', 'latin1')

/**
 * Objects are stored brotli-compressed at quality 4: on containerd's build
 * objects it gave 0.231 of the raw bytes against 0.277 for deflate level 1 and
 * 0.246 for level 6, compressing about as fast as deflate 6 and decompressing
 * faster than either (docs/cacheprog.md).
 */
export const OBJECT_ENCODING = 'br'
const BROTLI_QUALITY = 4

/** An index entry unused for this long is dropped at the next push. */
export const ENTRY_TTL_MS = 7 * 24 * 3600 * 1000
/**
 * Compaction rule: when more than MAX_PACKS packs are referenced, or more than
 * MAX_DEAD_FRACTION of the bytes in referenced packs (and at least
 * MIN_DEAD_BYTES) belong to no live entry,
 * the push rewrites the live objects of the packs that are mostly dead (live
 * fraction below REWRITE_BELOW_LIVE) and, while still too many, of the smallest
 * packs, into its own new pack.
 */
export const MAX_PACKS = 32
export const MAX_DEAD_FRACTION = 0.25
export const REWRITE_BELOW_LIVE = 0.5
export const MIN_DEAD_BYTES = 1024 * 1024

/**
 * An index larger than this, stored or once gunzipped, is refused (a gzip bomb,
 * or not ours). An entry takes about 250 bytes of JSON, so this holds some
 * 500,000 objects: several times the largest Go builds.
 */
export const MAX_INDEX_BYTES = 128 * 1024 * 1024

export interface RemoteEntry {
  actionId: string
  outputId: string
  /** SHA-256 (hex) of the body: what a fetched object is checked against. */
  sha256: string
  pack: string
  offset: number
  /** The object's own (raw) size. */
  size: number
  lastUsedMs: number
  /** How it is stored in the pack: absent, raw (`size` bytes); 'br', brotli in `storedSize` bytes. */
  encoding?: typeof OBJECT_ENCODING
  storedSize?: number
}

export interface PackInfo {
  key: string
  size: number
}

export interface RemoteIndex {
  createdMs: number
  packs: PackInfo[]
  entries: RemoteEntry[]
  /** Action IDs the run that wrote this index read: what the next run will likely read. */
  reads: string[]
}

export class IndexFormatError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'IndexFormatError'
  }
}

const HEX64 = /^[0-9a-f]{64}$/

export function emptyIndex(): RemoteIndex {
  return { createdMs: 0, packs: [], entries: [], reads: [] }
}

/** The bytes an entry takes in its pack: what a range read fetches. */
export function storedLength(entry: Pick<RemoteEntry, 'size' | 'encoding' | 'storedSize'>): number {
  return entry.encoding === undefined ? entry.size : (entry.storedSize ?? entry.size)
}

/** How a new object is stored: compressed when that shrinks it, raw otherwise. */
export function encodeObject(body: Buffer): {
  stored: Buffer
  encoding?: typeof OBJECT_ENCODING
} {
  const compressed = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length
    }
  })
  return compressed.length < body.length
    ? { stored: compressed, encoding: OBJECT_ENCODING }
    : { stored: body }
}

/**
 * The object an entry's stored bytes hold, checked (objectProblem), or why
 * they must not be used. Decompression stops at the entry's raw size, so a
 * stream that expands past it (a bomb) costs no more than the object would.
 */
export function decodeObject(
  entry: RemoteEntry,
  stored: Buffer | undefined
): { body: Buffer; problem?: undefined } | { body?: undefined; problem: string } {
  if (stored === undefined || stored.length !== storedLength(entry)) {
    return { problem: 'short read' }
  }
  let body = stored
  if (entry.encoding !== undefined) {
    try {
      body = brotliDecompressSync(stored, { maxOutputLength: Math.max(entry.size, 1) })
    } catch (error) {
      return {
        problem:
          (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
            ? `it expands past its recorded ${entry.size} bytes (a compression bomb?)`
            : 'corrupt (not a brotli stream)'
      }
    }
  }
  const problem = objectProblem(entry, body)
  return problem === undefined ? { body } : { problem }
}

export function packKey(packSha256: string): string {
  return `${FORMAT_ROOT}/packs/${packSha256}`
}

/** The lookup for the restore-key ladder: exact key first, then each prefix. */
export function indexLookup(
  key: string,
  restorePrefixes: readonly string[]
): { key: string; prefixes: string[] } {
  const exact = `${FORMAT_ROOT}/index/${key}/`
  return { key: exact, prefixes: [exact, ...restorePrefixes.map(p => `${FORMAT_ROOT}/index/${p}`)] }
}

/**
 * The index key of turn `sequence` under `key`. Two writers that start from
 * the same index both try the same next turn; the store's write-once rule
 * lets one win, and the other merges the winner's index into its own and
 * takes the turn after (push.ts), so neither's objects drop out.
 */
export function sequenceIndexKey(key: string, sequence: number): string {
  return `${FORMAT_ROOT}/index/${key}/s${String(sequence).padStart(12, '0')}`
}

/** The turn of an index key written by sequenceIndexKey under `key`, or 0. */
export function indexSequence(key: string, indexKey: string | undefined): number {
  const prefix = `${FORMAT_ROOT}/index/${key}/s`
  if (indexKey === undefined || !indexKey.startsWith(prefix)) return 0
  const turn = indexKey.slice(prefix.length)
  return /^\d{12}$/.test(turn) ? Number(turn) : 0
}

/** A new index key under `key`: sortable by time, unique per writer. */
export function newIndexKey(key: string, nowMs: number, random: string): string {
  return `${FORMAT_ROOT}/index/${key}/${String(nowMs).padStart(15, '0')}-${random}`
}

export function encodeIndex(index: RemoteIndex): Buffer {
  const packNumber = new Map(index.packs.map((pack, number) => [pack.key, number]))
  // An entry whose pack the index does not list could never be read: leave it out
  // rather than write an index that every reader rejects.
  const listed = index.entries.filter(entry => packNumber.has(entry.pack))
  const position = new Map(listed.map((entry, at) => [entry.actionId, at]))
  const document = {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    createdMs: index.createdMs,
    packs: index.packs.map(pack => [pack.key, pack.size]),
    // A compressed object adds its stored size as an eighth field.
    entries: listed.map(entry => [
      entry.actionId,
      entry.outputId,
      entry.sha256,
      packNumber.get(entry.pack),
      entry.offset,
      entry.size,
      entry.lastUsedMs,
      ...(entry.encoding === undefined ? [] : [storedLength(entry)])
    ]),
    // Reads are positions in `entries` (a read the index does not hold is of no use to a reader).
    reads: index.reads.flatMap(id => position.get(id) ?? [])
  }
  return gzipSync(JSON.stringify(document), { level: 9 })
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}

/** Parses and checks an index; anything off is an IndexFormatError (the caller treats it as a miss). */
export function decodeIndex(data: Buffer): RemoteIndex {
  if (data.length > MAX_INDEX_BYTES) {
    throw new IndexFormatError(`the index is ${data.length} bytes, over ${MAX_INDEX_BYTES}`)
  }
  let text: string
  try {
    // Capped: zlib stops (and throws) at the limit instead of filling memory.
    text = gunzipSync(data, { maxOutputLength: MAX_INDEX_BYTES }).toString('utf8')
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new IndexFormatError(`the index expands past ${MAX_INDEX_BYTES} bytes (a gzip bomb?)`)
    }
    throw new IndexFormatError('the index is not gzipped JSON')
  }
  let document: Record<string, unknown>
  try {
    document = JSON.parse(text) as Record<string, unknown>
  } catch {
    throw new IndexFormatError('the index is not gzipped JSON')
  }
  if (document?.format !== INDEX_FORMAT) throw new IndexFormatError('not a cacheprog index')
  if (document.version !== INDEX_VERSION) {
    throw new IndexFormatError(`index version ${String(document.version)} is not ${INDEX_VERSION}`)
  }
  const rawPacks = document.packs
  const rawEntries = document.entries
  const rawReads = document.reads ?? []
  if (!Array.isArray(rawPacks) || !Array.isArray(rawEntries) || !Array.isArray(rawReads)) {
    throw new IndexFormatError('the index lacks packs, entries or reads')
  }
  const packs: PackInfo[] = rawPacks.map((raw: unknown, number) => {
    const [key, size] = Array.isArray(raw) ? raw : []
    if (typeof key !== 'string' || !key.startsWith(`${FORMAT_ROOT}/packs/`) || !isCount(size)) {
      throw new IndexFormatError(`pack ${number} is malformed`)
    }
    return { key, size }
  })
  const entries: RemoteEntry[] = rawEntries.map((raw: unknown, number) => {
    const fields = Array.isArray(raw) ? raw : []
    const [actionId, outputId, sha256, pack, offset, size, lastUsedMs, storedSize] = fields
    const packInfo = isCount(pack) ? packs[pack] : undefined
    // Compressed only when that shrinks it: a stored size at or past the raw one is not ours.
    const compressed = fields.length === 8
    const stored = compressed ? storedSize : size
    const valid =
      fields.length <= 8 &&
      isCount(stored) &&
      (!compressed || (isCount(size) && stored < size)) &&
      typeof actionId === 'string' &&
      HEX64.test(actionId) &&
      typeof outputId === 'string' &&
      HEX64.test(outputId) &&
      typeof sha256 === 'string' &&
      HEX64.test(sha256) &&
      packInfo !== undefined &&
      isCount(offset) &&
      isCount(size) &&
      offset + stored <= packInfo.size &&
      isCount(lastUsedMs)
    if (!valid) throw new IndexFormatError(`entry ${number} is malformed`)
    const entry: RemoteEntry = {
      actionId,
      outputId,
      sha256,
      pack: packInfo.key,
      offset,
      size,
      lastUsedMs
    }
    return compressed ? { ...entry, encoding: OBJECT_ENCODING, storedSize: stored } : entry
  })
  const reads = rawReads
    .filter((at: unknown): at is number => isCount(at) && at < entries.length)
    .map(at => entries[at]!.actionId)
  const createdMs = isCount(document.createdMs) ? document.createdMs : 0
  return { createdMs, packs, entries, reads }
}

/**
 * Why a fetched object body must not be used, or undefined when it is sound:
 * it must have the size and SHA-256 the index gives, and cmd/go's OutputID is
 * the SHA-256 of the body, so an entry whose output ID differs names another
 * object (a poisoned or broken index) and would hand the build wrong bytes.
 */
export function objectProblem(entry: RemoteEntry, body: Buffer | undefined): string | undefined {
  if (body === undefined || body.length !== entry.size) return 'short read'
  const digest = sha256Hex(body)
  if (digest !== entry.sha256) return 'corrupt (SHA-256 mismatch)'
  if (digest !== entry.outputId) return 'its bytes do not match its output ID'
  return undefined
}

/** Live bytes per pack, for the compaction rule. */
function liveBytesByPack(index: RemoteIndex): Map<string, number> {
  const live = new Map<string, number>()
  const counted = new Set<string>()
  for (const entry of index.entries) {
    // Two action IDs may share one stored object: count its bytes once.
    const where = `${entry.pack}@${entry.offset}`
    if (counted.has(where)) continue
    counted.add(where)
    live.set(entry.pack, (live.get(entry.pack) ?? PACK_MAGIC.length) + storedLength(entry))
  }
  return live
}

export interface CompactionPlan {
  /** Packs whose live objects move into the new pack (and are then no longer referenced). */
  rewrite: string[]
  deadFraction: number
}

/** Which packs to rewrite, by the documented rule; none when the index is healthy. */
export function planCompaction(index: RemoteIndex): CompactionPlan {
  const live = liveBytesByPack(index)
  const packs = index.packs.filter(pack => live.has(pack.key))
  const total = packs.reduce((sum, pack) => sum + pack.size, 0)
  const liveTotal = packs.reduce((sum, pack) => sum + (live.get(pack.key) ?? 0), 0)
  const deadFraction = total === 0 ? 0 : 1 - liveTotal / total
  const tooFragmented = deadFraction > MAX_DEAD_FRACTION && total - liveTotal >= MIN_DEAD_BYTES
  if (packs.length <= MAX_PACKS && !tooFragmented) {
    return { rewrite: [], deadFraction }
  }
  const rewrite = new Set(
    packs
      .filter(pack => (live.get(pack.key) ?? 0) / Math.max(pack.size, 1) < REWRITE_BELOW_LIVE)
      .map(pack => pack.key)
  )
  // The new pack itself takes one slot.
  const smallestFirst = [...packs].sort(
    (a, b) => (live.get(a.key) ?? 0) - (live.get(b.key) ?? 0) || a.key.localeCompare(b.key)
  )
  for (const pack of smallestFirst) {
    if (packs.length - rewrite.size + 1 <= MAX_PACKS) break
    rewrite.add(pack.key)
  }
  return { rewrite: [...rewrite].sort(), deadFraction }
}

/** The packs an index's entries use, in first-use order, with their sizes. */
export function packsInUse(
  entries: readonly RemoteEntry[],
  known: readonly PackInfo[]
): PackInfo[] {
  const size = new Map(known.map(pack => [pack.key, pack.size]))
  const used: PackInfo[] = []
  const seen = new Set<string>()
  for (const entry of entries) {
    if (seen.has(entry.pack)) continue
    seen.add(entry.pack)
    const packSize = size.get(entry.pack)
    if (packSize !== undefined) used.push({ key: entry.pack, size: packSize })
  }
  return used
}
