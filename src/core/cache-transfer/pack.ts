/**
 * Writes a cache archive: the cache directories as one tar stream (entry
 * names `<root index>/<path>`, so the archive never names a machine path),
 * compressed with gzip by node:zlib. Only regular files, directories and
 * symlinks that stay inside their directory are stored; anything else is
 * skipped and counted, so the archive is always one the extractor accepts.
 */
import { createReadStream, promises as fs, readFileSync, type Stats } from 'node:fs'
import path from 'node:path'
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { constants as zlibConstants, createGzip } from 'node:zlib'
import tar from 'tar-stream'
import { symlinkStaysInside } from './entry-names.js'

export interface PackedArchive {
  entries: number
  /** Bytes of file content stored. */
  contentBytes: number
  /** Paths skipped: sockets, devices, symlinks pointing outside, files that vanished. */
  skipped: string[]
}

/**
 * gzip level 1: on Go 1.27 module and build caches its archives were 12% larger
 * than level 6's and its saves 1.5× faster; level 3 saved only 4% of the bytes
 * (bench/cache-transfer.mjs). Restore time hardly depends on the level.
 */
export const DEFAULT_GZIP_LEVEL = 1

type EntryHeader = Partial<tar.Header> & { name: string }

/** Files up to this size are read with one call. */
const SMALL_FILE = 1 << 20

function errnoCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code
}

/**
 * Packs `roots` into `out` (a file path or a Writable). Stops when `signal`
 * aborts. Throws when a root is missing or unreadable.
 */
export async function writeArchive(
  roots: readonly string[],
  out: Writable,
  options: { level?: number; signal?: AbortSignal } = {}
): Promise<PackedArchive> {
  const pack = tar.pack()
  const result: PackedArchive = { entries: 0, contentBytes: 0, skipped: [] }
  const signal = options.signal

  const add = (header: EntryHeader, body?: Buffer): Promise<void> =>
    new Promise((resolve, reject) => {
      result.entries++
      const callback = (error?: Error | null): void => (error ? reject(error) : resolve())
      if (body) pack.entry(header, body, callback)
      else pack.entry(header, callback)
    })

  const addLargeFile = (header: EntryHeader, file: string): Promise<void> =>
    new Promise((resolve, reject) => {
      result.entries++
      const sink = pack.entry(header, error => (error ? reject(error) : resolve()))
      const source = createReadStream(file, { end: (header.size ?? 0) - 1 })
      source.once('error', error => {
        sink.destroy(error)
        reject(error)
      })
      source.pipe(sink as unknown as Writable)
    })

  async function walk(root: number, rootDir: string, rel: string, stat: Stats): Promise<void> {
    if (signal?.aborted) throw signal.reason
    const file = rel ? path.join(rootDir, ...rel.split('/')) : rootDir
    const name = rel ? `${root}/${rel}` : `${root}`
    const common = { name, mode: stat.mode & 0o7777, mtime: stat.mtime }
    if (stat.isDirectory()) {
      await add({ ...common, type: 'directory' })
      let names: string[]
      try {
        names = (await fs.readdir(file)).sort()
      } catch (error) {
        if (rel && errnoCode(error) === 'ENOENT') return
        throw error
      }
      for (const child of names) {
        const childRel = rel ? `${rel}/${child}` : child
        let childStat: Stats
        try {
          childStat = await fs.lstat(path.join(file, child))
        } catch (error) {
          if (errnoCode(error) === 'ENOENT') {
            result.skipped.push(path.join(file, child))
            continue
          }
          throw error
        }
        await walk(root, rootDir, childRel, childStat)
      }
      return
    }
    if (stat.isFile()) {
      if (stat.size <= SMALL_FILE) {
        let body: Buffer
        try {
          body = readFileSync(file)
        } catch (error) {
          if (errnoCode(error) === 'ENOENT') {
            result.skipped.push(file)
            return
          }
          throw error
        }
        result.contentBytes += body.length
        return add({ ...common, type: 'file', size: body.length }, body)
      }
      result.contentBytes += stat.size
      return addLargeFile({ ...common, type: 'file', size: stat.size }, file)
    }
    if (stat.isSymbolicLink()) {
      const target = await fs.readlink(file)
      // Checked lexically against the tree as it is now; the extractor checks again.
      if (!symlinkStaysInside(rel, target, new Map())) {
        result.skipped.push(file)
        return
      }
      return add({ ...common, type: 'symlink', linkname: target })
    }
    result.skipped.push(file)
  }

  const packing = (async () => {
    try {
      for (const [index, rootDir] of roots.entries()) {
        const stat = await fs.stat(rootDir)
        if (!stat.isDirectory()) throw new Error(`${rootDir} is not a directory`)
        await walk(index, rootDir, '', stat)
      }
      pack.finalize()
    } catch (error) {
      pack.destroy(error as Error)
      throw error
    }
  })()
  const gzip = createGzip({
    level: options.level ?? DEFAULT_GZIP_LEVEL,
    chunkSize: 256 * 1024,
    strategy: zlibConstants.Z_DEFAULT_STRATEGY
  })
  const writing = pipeline(
    pack as unknown as NodeJS.ReadableStream,
    gzip,
    out,
    signal ? { signal } : {}
  )
  const [packed, written] = await Promise.allSettled([packing, writing])
  if (packed.status === 'rejected') throw packed.reason
  if (written.status === 'rejected') throw written.reason
  return result
}
