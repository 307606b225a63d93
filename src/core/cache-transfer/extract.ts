/**
 * Reads a cache archive (tar + gzip) into staging directories, refusing
 * anything that could write outside them: absolute or `..` names, writes
 * through a symlink, symlinks that resolve outside their cache directory,
 * hard links and device files. The bytes it expands to and the number of
 * entries are capped, so a gzip bomb stops early, and an AbortSignal stops
 * it at once: everything runs in this process (zlib and synchronous file
 * writes), so nothing keeps writing after the promise settles.
 */
import {
  closeSync,
  futimesSync,
  mkdirSync,
  openSync,
  promises as fsp,
  symlinkSync,
  writeSync,
  type Mode
} from 'node:fs'
import path from 'node:path'
import { Writable, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import tar from 'tar-stream'
import { ArchiveRefusedError, placeEntry, symlinkStaysInside } from './entry-names.js'

export interface ArchiveLimits {
  /** Most bytes the archive may expand to (tar stream after gunzip). */
  maxBytes: number
  /** Most entries it may hold. */
  maxEntries: number
}

/** The archive could not be read: truncated, not gzip, not tar, bad checksum. */
export class ArchiveCorruptError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ArchiveCorruptError'
  }
}

export interface ExtractedArchive {
  entries: number
  /** Bytes of file content written. */
  bytes: number
  /** Modes to give directories once nothing more is written into them (deepest last). */
  dirModes: { dir: string; mode: number }[]
}

/** Files up to this size are gathered in memory and written with one call. */
const SMALL_FILE = 1 << 20
/**
 * Small files are written by libuv's thread pool, this many at a time:
 * creating files dominates a cache restore, and the kernel overlaps them.
 */
const WRITES_IN_FLIGHT = 32

function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason
  return reason instanceof Error ? reason : new Error(String(reason ?? 'aborted'))
}

function asCorrupt(error: unknown): Error {
  if (error instanceof ArchiveRefusedError || error instanceof ArchiveCorruptError) return error
  const err = error as NodeJS.ErrnoException
  if (typeof err?.code === 'string' && err.code.startsWith('Z_')) {
    return new ArchiveCorruptError(`the archive is not valid gzip (${err.message})`)
  }
  if (/tar|header|Unexpected end of data|size mismatch/i.test(err?.message ?? '')) {
    return new ArchiveCorruptError(`the archive is not a valid tar stream (${err.message})`)
  }
  return error instanceof Error ? error : new Error(String(error))
}

/**
 * Extracts `source` (gzip-compressed tar) into `stagingRoots` (one empty
 * directory per cache directory). On any error the caller removes the
 * staging directories; what was written so far is never used.
 */
export async function extractArchive(
  source: Readable,
  stagingRoots: readonly string[],
  options: { limits: ArchiveLimits; signal?: AbortSignal; umask?: number }
): Promise<ExtractedArchive> {
  const { limits, signal } = options
  const umask = options.umask ?? 0o022
  const extract = tar.extract()
  const created = new Set<string>(stagingRoots)
  const seen = new Set<string>()
  const links = stagingRoots.map(() => new Map<string, string>())
  const pendingLinks: { root: number; rel: string; target: string; file: string }[] = []
  const dirModes: { dir: string; mode: number }[] = []
  const openFds = new Set<number>()
  let entries = 0
  let bytes = 0
  let stopped = false

  const ensureDir = (dir: string): void => {
    if (created.has(dir)) return
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    for (let at = dir; !created.has(at); at = path.dirname(at)) created.add(at)
  }

  const checkParents = (root: number, rel: string): void => {
    const segments = rel.split('/')
    for (let i = 1; i < segments.length; i++) {
      const prefix = segments.slice(0, i).join('/')
      if (links[root]!.has(prefix)) {
        throw new ArchiveRefusedError(
          `entry ${JSON.stringify(`${root}/${rel}`)} would be written through the symlink ${JSON.stringify(`${root}/${prefix}`)}`
        )
      }
    }
  }

  /** Streams a large file to disk as its chunks arrive (synchronous writes: nothing outlives a stop). */
  const writeLargeFile = (
    file: string,
    mode: Mode,
    mtime: Date | undefined,
    stream: Readable
  ): Promise<void> =>
    new Promise((resolve, reject) => {
      let fd: number | undefined
      const close = (): void => {
        if (fd === undefined) return
        openFds.delete(fd)
        const closing = fd
        fd = undefined
        closeSync(closing)
      }
      const fail = (error: unknown): void => {
        try {
          close()
        } catch {
          // the first error is the one to report
        }
        reject(error)
      }
      try {
        fd = openSync(file, 'wx', mode)
        openFds.add(fd)
      } catch (error) {
        stream.resume()
        reject(error)
        return
      }
      stream.on('data', (chunk: Buffer) => {
        if (stopped || fd === undefined) return
        try {
          for (let offset = 0; offset < chunk.length;)
            offset += writeSync(fd, chunk, offset, chunk.length - offset)
        } catch (error) {
          stream.destroy(error as Error)
        }
      })
      stream.once('error', fail)
      stream.once('end', () => {
        try {
          if (mtime && fd !== undefined) futimesSync(fd, mtime, mtime)
          close()
          resolve()
        } catch (error) {
          fail(error)
        }
      })
    })

  const inFlight = new Set<Promise<void>>()
  let writeFailure: unknown
  const writeSmall = async (file: string, mode: Mode, mtime: Date | undefined, data: Buffer) => {
    const handle = await fsp.open(file, 'wx', mode)
    try {
      if (data.length > 0) await handle.write(data, 0, data.length, 0)
      if (mtime) await handle.utimes(mtime, mtime)
    } finally {
      await handle.close()
    }
  }
  /** Starts a small file's write; waits only when too many are in flight. */
  const queueSmall = async (
    file: string,
    mode: Mode,
    mtime: Date | undefined,
    data: Buffer
  ): Promise<void> => {
    if (writeFailure) throw writeFailure
    const job = writeSmall(file, mode, mtime, data).then(
      () => {
        inFlight.delete(job)
      },
      (error: unknown) => {
        inFlight.delete(job)
        writeFailure ??= error
      }
    )
    inFlight.add(job)
    if (inFlight.size >= WRITES_IN_FLIGHT) await Promise.race(inFlight)
    if (writeFailure) throw writeFailure
  }
  const settleWrites = async (): Promise<void> => {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight])
  }

  const gather = (stream: Readable): Promise<Buffer> =>
    new Promise((resolve, reject) => {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => {
        if (!stopped) chunks.push(chunk)
      })
      stream.once('error', reject)
      stream.once('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)))
    })

  const drain = (stream: Readable): Promise<void> =>
    new Promise((resolve, reject) => {
      stream.once('end', resolve)
      stream.once('error', reject)
      stream.resume()
    })

  async function handleEntry(header: tar.Header, stream: Readable): Promise<void> {
    if (stopped) return drain(stream)
    if (++entries > limits.maxEntries) {
      throw new ArchiveRefusedError(`the archive holds more than ${limits.maxEntries} entries`)
    }
    const { root, rel } = placeEntry(header.name, stagingRoots.length)
    const id = `${root}/${rel}`
    if (seen.has(id)) throw new ArchiveRefusedError(`entry ${JSON.stringify(id)} appears twice`)
    seen.add(id)
    checkParents(root, rel)
    const file = rel ? path.join(stagingRoots[root]!, ...rel.split('/')) : stagingRoots[root]!
    const mode = (header.mode ?? 0o644) & 0o777 & ~umask
    switch (header.type) {
      case 'directory':
        if (rel) ensureDir(file)
        dirModes.push({ dir: file, mode: (header.mode ?? 0o755) & 0o777 & ~umask })
        return drain(stream)
      case 'file':
      case 'contiguous-file': {
        if (!rel)
          throw new ArchiveRefusedError(
            `entry ${JSON.stringify(id)} replaces a cache directory with a file`
          )
        const size = header.size ?? 0
        if (bytes + size > limits.maxBytes) {
          throw new ArchiveRefusedError(
            `the archive expands to more than ${limits.maxBytes} bytes (entry ${JSON.stringify(id)} alone claims ${size})`
          )
        }
        bytes += size
        ensureDir(path.dirname(file))
        if (size <= SMALL_FILE) {
          const data = await gather(stream)
          if (stopped) return
          return queueSmall(file, mode, header.mtime, data)
        }
        return writeLargeFile(file, mode, header.mtime, stream)
      }
      case 'symlink': {
        if (!rel)
          throw new ArchiveRefusedError(
            `entry ${JSON.stringify(id)} replaces a cache directory with a symlink`
          )
        const target = header.linkname ?? ''
        links[root]!.set(rel, target)
        pendingLinks.push({ root, rel, target, file })
        return drain(stream)
      }
      default:
        throw new ArchiveRefusedError(
          `entry ${JSON.stringify(id)} is a ${header.type ?? 'special file'}; cache archives hold only files, directories and symlinks`
        )
    }
  }

  /** Staging holds only what the archive made, so a clash there is the archive's doing. */
  const CLASHES = new Set(['EEXIST', 'ENOTDIR', 'EISDIR'])
  extract.on('entry', (header, stream, next) => {
    handleEntry(header, stream as unknown as Readable).then(
      () => next(),
      (error: unknown) => {
        stopped = true
        const code = (error as NodeJS.ErrnoException | null)?.code
        next(
          code && CLASHES.has(code)
            ? new ArchiveRefusedError(
                `entry ${JSON.stringify(header.name)} clashes with an earlier entry (${code})`
              )
            : (error as Error)
        )
      }
    )
  })

  // Feeds the tar parser by hand (it is a streamx stream), counting what gunzip produced.
  let expanded = 0
  let failure: Error | undefined
  let waiting: ((error?: Error | null) => void) | undefined
  const finished = new Promise<void>((resolve, reject) => {
    extract.once('finish', resolve)
    extract.once('close', () => (failure ? reject(failure) : resolve()))
    extract.once('error', (error: Error) => {
      failure ??= error
      stopped = true
      waiting?.(failure)
      waiting = undefined
      reject(failure)
    })
  })
  finished.catch(() => {})
  extract.on('drain', () => {
    const resume = waiting
    waiting = undefined
    resume?.()
  })
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (failure) return callback(failure)
      expanded += chunk.length
      if (expanded > limits.maxBytes) {
        return callback(
          new ArchiveRefusedError(`the archive expands to more than ${limits.maxBytes} bytes`)
        )
      }
      if (extract.write(chunk)) callback()
      else waiting = callback
    },
    final(callback) {
      extract.end(undefined as unknown as Buffer)
      finished.then(
        () => callback(),
        (error: Error) => callback(error)
      )
    },
    destroy(error, callback) {
      stopped = true
      if (!extract.destroyed) extract.destroy(error ?? undefined)
      callback(error)
    }
  })

  try {
    // Large output chunks: each one is a round trip through the thread pool the file writes share.
    await pipeline(source, createGunzip({ chunkSize: 256 * 1024 }), sink, signal ? { signal } : {})
    await finished
    await settleWrites()
    if (writeFailure) throw writeFailure
    if (signal?.aborted) throw abortReason(signal)
    // Symlinks last, each checked against every other link the archive made.
    for (const link of pendingLinks) {
      if (!symlinkStaysInside(link.rel, link.target, links[link.root]!)) {
        throw new ArchiveRefusedError(
          `symlink ${JSON.stringify(`${link.root}/${link.rel}`)} points outside its cache directory (${JSON.stringify(link.target)})`
        )
      }
    }
    for (const link of pendingLinks) {
      ensureDir(path.dirname(link.file))
      symlinkSync(link.target, link.file)
    }
    return { entries, bytes, dirModes }
  } catch (error) {
    stopped = true
    // Writes already handed to the thread pool finish before the caller removes staging.
    await settleWrites()
    if (signal?.aborted) throw abortReason(signal)
    throw asCorrupt(failure ?? error)
  } finally {
    stopped = true
    for (const fd of openFds) {
      try {
        closeSync(fd)
      } catch {
        // already closed
      }
    }
    if (!extract.destroyed) extract.destroy(null as unknown as Error)
  }
}
