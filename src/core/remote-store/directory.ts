/**
 * A RemoteStore in a directory: a file system shared between runners (NFS, a
 * mounted volume) or a laptop's disk, and the backend the build-cache tests
 * use. A key `a/b/c` is the file ROOT/a/b/c.
 *
 * Keys are write-once: a write copies into a temp file under ROOT/.tmp and
 * hard-links it to the key's path; link() fails on an existing name, so a
 * second writer never replaces (or half-writes) a blob. Lookup by prefix
 * returns the newest key by modification time.
 */
import { constants } from 'node:fs'
import { copyFile, link, mkdir, open, readFile, readdir, rm, stat } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import {
  RemoteStoreError,
  tooLarge,
  type ByteRange,
  type ListedKey,
  type RemoteStore
} from './types.js'

const KEY = /^[A-Za-z0-9._+=,@-]+(?:\/[A-Za-z0-9._+=,@-]+)*\/?$/

function checkKey(key: string, allowTrailingSlash = false): void {
  const segments = key.split('/')
  const bad =
    !KEY.test(key) ||
    (!allowTrailingSlash && key.endsWith('/')) ||
    segments.some(segment => segment === '.' || segment === '..') ||
    segments[0] === '.tmp'
  if (bad) throw new RemoteStoreError('denied', `invalid store key ${JSON.stringify(key)}`)
}

function storeError(error: unknown, key: string): RemoteStoreError {
  if (error instanceof RemoteStoreError) return error
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') {
    return new RemoteStoreError('not-found', `${key} is not in the store`, { cause: error })
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new RemoteStoreError('denied', `${key}: ${code}`, { cause: error })
  }
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') {
    return new RemoteStoreError('too-large', `${key}: ${code}`, { cause: error })
  }
  return new RemoteStoreError('unavailable', `${key}: ${(error as Error).message}`, {
    cause: error
  })
}

export class DirectoryStore implements RemoteStore {
  readonly kind = 'directory'

  constructor(readonly root: string) {}

  private file(key: string): string {
    return path.join(this.root, ...key.split('/'))
  }

  async lookup(
    key: string,
    prefixes: readonly string[],
    signal?: AbortSignal
  ): Promise<string | undefined> {
    signal?.throwIfAborted()
    checkKey(key, true)
    try {
      if (!key.endsWith('/') && (await stat(this.file(key))).isFile()) return key
    } catch (error) {
      const failure = storeError(error, key)
      if (failure.kind !== 'not-found') throw failure
    }
    for (const prefix of prefixes) {
      signal?.throwIfAborted()
      const newest = await this.newestWithPrefix(prefix)
      if (newest !== undefined) return newest
    }
    return undefined
  }

  private async newestWithPrefix(prefix: string): Promise<string | undefined> {
    let best: ListedKey | undefined
    for (const listed of await this.keysWithPrefix(prefix)) {
      const newer =
        best === undefined ||
        listed.modifiedMs > best.modifiedMs ||
        (listed.modifiedMs === best.modifiedMs && listed.key > best.key)
      if (newer) best = listed
    }
    return best?.key
  }

  /** The files under the prefix's directory part whose key starts with it, with their mtimes. */
  private async keysWithPrefix(prefix: string): Promise<ListedKey[]> {
    if (prefix !== '') checkKey(prefix, true)
    const slash = prefix.lastIndexOf('/')
    const base = slash < 0 ? '' : prefix.slice(0, slash)
    const found: ListedKey[] = []
    const walk = async (relative: string): Promise<void> => {
      let names: string[]
      try {
        names = await readdir(relative === '' ? this.root : this.file(relative))
      } catch (error) {
        const failure = storeError(error, relative)
        if (failure.kind === 'not-found') return
        throw failure
      }
      for (const name of names) {
        const key = relative === '' ? name : `${relative}/${name}`
        if (key === '.tmp') continue
        // Only descend where a key under this name could still start with the prefix.
        if (!(key.startsWith(prefix) || prefix.startsWith(key + '/'))) continue
        let info
        try {
          info = await stat(this.file(key))
        } catch {
          continue
        }
        if (info.isDirectory()) await walk(key)
        else if (info.isFile() && key.startsWith(prefix)) {
          found.push({ key, modifiedMs: info.mtimeMs })
        }
      }
    }
    await walk(base)
    return found
  }

  /** Every key under `prefix` with its mtime: a shared directory never evicts, so the build cache cleans it. */
  async list(prefix: string, signal?: AbortSignal): Promise<ListedKey[]> {
    signal?.throwIfAborted()
    return this.keysWithPrefix(prefix)
  }

  async delete(keys: readonly string[], signal?: AbortSignal): Promise<void> {
    for (const key of keys) {
      signal?.throwIfAborted()
      checkKey(key)
      try {
        await rm(this.file(key), { force: true })
      } catch (error) {
        throw storeError(error, key)
      }
    }
  }

  async read(key: string, signal?: AbortSignal, maxBytes?: number): Promise<Buffer> {
    signal?.throwIfAborted()
    checkKey(key)
    try {
      if (maxBytes !== undefined) {
        const { size } = await stat(this.file(key))
        if (size > maxBytes) throw tooLarge(`reading ${key}`, size, maxBytes)
      }
      return await readFile(this.file(key), { signal })
    } catch (error) {
      throw storeError(error, key)
    }
  }

  async readRanges(
    key: string,
    ranges: readonly ByteRange[],
    signal?: AbortSignal
  ): Promise<Buffer[]> {
    signal?.throwIfAborted()
    checkKey(key)
    let handle
    try {
      handle = await open(this.file(key), 'r')
    } catch (error) {
      throw storeError(error, key)
    }
    try {
      const out: Buffer[] = []
      for (const range of ranges) {
        signal?.throwIfAborted()
        const buffer = Buffer.alloc(range.length)
        let filled = 0
        while (filled < range.length) {
          const { bytesRead } = await handle.read(
            buffer,
            filled,
            range.length - filled,
            range.offset + filled
          )
          if (bytesRead === 0) break
          filled += bytesRead
        }
        if (filled !== range.length) {
          throw new RemoteStoreError(
            'corrupt',
            `${key}: short read at ${range.offset} (${filled} of ${range.length} bytes)`
          )
        }
        out.push(buffer)
      }
      return out
    } catch (error) {
      throw storeError(error, key)
    } finally {
      await handle.close()
    }
  }

  async write(key: string, file: string, signal?: AbortSignal): Promise<boolean> {
    signal?.throwIfAborted()
    checkKey(key)
    const target = this.file(key)
    const temp = path.join(this.root, '.tmp', `${process.pid}-${randomBytes(6).toString('hex')}`)
    try {
      await mkdir(path.dirname(temp), { recursive: true })
      await mkdir(path.dirname(target), { recursive: true })
      await copyFile(file, temp, constants.COPYFILE_FICLONE)
      signal?.throwIfAborted()
      try {
        await link(temp, target)
        return true
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
        throw error
      }
    } catch (error) {
      throw storeError(error, key)
    } finally {
      await rm(temp, { force: true })
    }
  }
}

export function createDirectoryStore(root: string): RemoteStore {
  return new DirectoryStore(path.resolve(root))
}
