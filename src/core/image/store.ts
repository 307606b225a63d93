/** Where an image's files (blobs, index.json, manifest.json) are read from: a directory or a tar. */
import { createReadStream, statSync } from 'node:fs'
import { open } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { indexTar, normalizeMemberName, type TarMember } from './tarindex.js'

export interface ImageStore {
  /** The path the user gave, for messages. */
  readonly label: string
  /** Size of the named file, or undefined when it is not there. */
  size(name: string): number | undefined
  /** Up to `length` bytes from the start of the named file. */
  head(name: string, length: number): Promise<Buffer>
  open(name: string): Readable
}

/** Names inside a layout or archive are relative and never climb out of it. */
export function isSafeMemberName(name: string): boolean {
  if (name === '' || name.startsWith('/') || name.includes('\\')) return false
  return !name.split('/').includes('..')
}

export class DirectoryStore implements ImageStore {
  constructor(
    private readonly dir: string,
    readonly label: string = dir
  ) {}

  private file(name: string): string {
    return path.join(this.dir, ...normalizeMemberName(name).split('/'))
  }

  size(name: string): number | undefined {
    if (!isSafeMemberName(normalizeMemberName(name))) return undefined
    try {
      const stat = statSync(this.file(name))
      return stat.isFile() ? stat.size : undefined
    } catch {
      return undefined
    }
  }

  async head(name: string, length: number): Promise<Buffer> {
    const handle = await open(this.file(name), 'r')
    try {
      const buffer = Buffer.alloc(length)
      const { bytesRead } = await handle.read(buffer, 0, length, 0)
      return buffer.subarray(0, bytesRead)
    } finally {
      await handle.close()
    }
  }

  open(name: string): Readable {
    return createReadStream(this.file(name), { highWaterMark: 1 << 20 })
  }
}

export class TarStore implements ImageStore {
  private constructor(
    private readonly file: string,
    private readonly members: Map<string, TarMember>,
    readonly label: string
  ) {}

  static async open(file: string, label = file): Promise<TarStore> {
    return new TarStore(file, await indexTar(file), label)
  }

  size(name: string): number | undefined {
    return this.members.get(normalizeMemberName(name))?.size
  }

  async head(name: string, length: number): Promise<Buffer> {
    const member = this.members.get(normalizeMemberName(name))
    if (member === undefined) return Buffer.alloc(0)
    const handle = await open(this.file, 'r')
    try {
      const buffer = Buffer.alloc(Math.min(length, member.size))
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, member.offset)
      return buffer.subarray(0, bytesRead)
    } finally {
      await handle.close()
    }
  }

  open(name: string): Readable {
    const member = this.members.get(normalizeMemberName(name))
    if (member === undefined || member.size === 0) return Readable.from([])
    return createReadStream(this.file, {
      start: member.offset,
      end: member.offset + member.size - 1,
      highWaterMark: 1 << 20
    })
  }
}
