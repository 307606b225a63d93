/**
 * Save and restore of one cache entry, end to end: the service call, the
 * blob transfer and the archive, under one AbortSignal. Errors are typed
 * (CacheServiceError, BlobTransferError, ArchiveRefusedError,
 * ArchiveCorruptError, or the signal's reason); nothing is logged here.
 */
import { createHash, randomBytes } from 'node:crypto'
import { createWriteStream, promises as fs } from 'node:fs'
import path from 'node:path'
import { extractArchive, type ArchiveLimits } from './extract.js'
import { writeArchive, DEFAULT_GZIP_LEVEL } from './pack.js'
import { restoreAtomically } from './staging.js'
import type { CacheServiceClient } from './twirp.js'

/** Names this archive format in the cache version, so no other client's entry is ever read as ours. */
export const ARCHIVE_FORMAT = 'go-ci-kit-tar-gzip-1'

/**
 * The cache version sent with every call: sha256 of the paths (as given) and
 * the archive format. It differs from every version @actions/cache computes
 * (they end in `|1.0`), so an entry saved by it is a miss here, never input
 * to this extractor.
 */
export function archiveVersion(paths: readonly string[]): string {
  return createHash('sha256')
    .update([...paths, ARCHIVE_FORMAT].join('|'))
    .digest('hex')
}

const GiB = 1024 * 1024 * 1024

/**
 * Caps for an archive of `archiveBytes`: it may expand 50× (Go caches measure
 * 2–6×; gzip can reach about 1000×) with a 1 GiB floor, and hold one entry
 * per 32 compressed bytes with a floor of 200,000.
 */
export function defaultLimits(archiveBytes: number | undefined): ArchiveLimits {
  const size = archiveBytes ?? 0
  return {
    maxBytes: Math.max(GiB, 50 * size),
    maxEntries: Math.max(200_000, Math.floor(size / 32))
  }
}

export interface RestoredEntry {
  matchedKey?: string
  /** Bytes downloaded (the compressed archive). */
  archiveBytes?: number
  entries?: number
  /** Bytes of file content written. */
  contentBytes?: number
}

/**
 * Finds the entry for `key` or the first matching restore key and, unless
 * `lookupOnly`, extracts it onto `dirs` atomically. `paths` are the paths as
 * configured (they make the version); `dirs` the same, expanded.
 */
export async function restoreEntry(
  service: CacheServiceClient,
  request: {
    paths: readonly string[]
    dirs: readonly string[]
    key: string
    restoreKeys: readonly string[]
    lookupOnly?: boolean
    limits?: Partial<ArchiveLimits>
    umask?: number
  },
  signal?: AbortSignal
): Promise<RestoredEntry> {
  const found = await service.getDownloadUrl(
    request.key,
    request.restoreKeys,
    archiveVersion(request.paths),
    signal
  )
  if (!found) return {}
  if (request.lookupOnly) return { matchedKey: found.matchedKey }
  // Loaded on first use: a run that misses never pays for the blob SDK.
  const { downloadArchive } = await import('./blob.js')
  const { stream, size } = await downloadArchive(found.url, signal)
  try {
    const limits = { ...defaultLimits(size), ...request.limits }
    const extracted = await restoreAtomically(request.dirs, async staging => {
      const result = await extractArchive(stream, staging, {
        limits,
        ...(signal ? { signal } : {}),
        ...(request.umask !== undefined ? { umask: request.umask } : {})
      })
      return { value: result, dirModes: result.dirModes }
    })
    return {
      matchedKey: found.matchedKey,
      ...(size !== undefined ? { archiveBytes: size } : {}),
      entries: extracted.entries,
      contentBytes: extracted.bytes
    }
  } finally {
    stream.destroy()
  }
}

export interface SavedEntry {
  entryId: number
  archiveBytes: number
  entries: number
  skipped: string[]
}

/**
 * Packs `dirs` into a temporary archive under `tempDir`, reserves key+version,
 * uploads and finalizes. The archive is removed whatever happens.
 */
export async function saveEntry(
  service: CacheServiceClient,
  request: {
    paths: readonly string[]
    dirs: readonly string[]
    key: string
    tempDir: string
    level?: number
  },
  signal?: AbortSignal
): Promise<SavedEntry> {
  await fs.mkdir(request.tempDir, { recursive: true })
  const file = path.join(
    request.tempDir,
    `go-ci-kit-cache-${randomBytes(6).toString('hex')}.tar.gz`
  )
  try {
    const packed = await writeArchive(request.dirs, createWriteStream(file), {
      level: request.level ?? DEFAULT_GZIP_LEVEL,
      ...(signal ? { signal } : {})
    })
    const archiveBytes = (await fs.stat(file)).size
    const version = archiveVersion(request.paths)
    const uploadUrl = await service.createEntry(request.key, version, signal)
    const { uploadArchive } = await import('./blob.js')
    await uploadArchive(uploadUrl, file, signal)
    const entryId = await service.finalizeEntry(request.key, version, archiveBytes, signal)
    return { entryId, archiveBytes, entries: packed.entries, skipped: packed.skipped }
  } finally {
    await fs.rm(file, { force: true })
  }
}
