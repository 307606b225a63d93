/**
 * Random access to a file (or a buffer, in tests) that reads only the byte
 * ranges asked for, so headers of a 200 MB binary cost a few small reads.
 */
import { open, type FileHandle } from 'node:fs/promises'

export interface ByteSource {
  readonly size: number
  /** Up to `length` bytes at `offset`; shorter at end of file, empty past it. */
  read(offset: number, length: number): Promise<Buffer>
}

export class BufferSource implements ByteSource {
  constructor(private readonly bytes: Uint8Array) {}

  get size(): number {
    return this.bytes.length
  }

  async read(offset: number, length: number): Promise<Buffer> {
    if (offset < 0 || offset >= this.bytes.length || length <= 0) return Buffer.alloc(0)
    const end = Math.min(this.bytes.length, offset + length)
    return Buffer.from(this.bytes.subarray(offset, end))
  }
}

export class FileSource implements ByteSource {
  private constructor(
    private readonly handle: FileHandle,
    readonly size: number
  ) {}

  static async open(file: string): Promise<FileSource> {
    const handle = await open(file, 'r')
    try {
      const stat = await handle.stat()
      if (!stat.isFile()) {
        throw Object.assign(new Error(`${file} is not a regular file`), { code: 'ENOTFILE' })
      }
      return new FileSource(handle, stat.size)
    } catch (error) {
      await handle.close()
      throw error
    }
  }

  async read(offset: number, length: number): Promise<Buffer> {
    if (offset < 0 || offset >= this.size || length <= 0) return Buffer.alloc(0)
    const wanted = Math.min(length, this.size - offset)
    const buffer = Buffer.alloc(wanted)
    let filled = 0
    while (filled < wanted) {
      const { bytesRead } = await this.handle.read(buffer, filled, wanted - filled, offset + filled)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    return filled === wanted ? buffer : buffer.subarray(0, filled)
  }

  close(): Promise<void> {
    return this.handle.close()
  }
}

/** A window [start, start+size) of another source: one slice of a fat Mach-O. */
export class SliceSource implements ByteSource {
  constructor(
    private readonly parent: ByteSource,
    private readonly start: number,
    readonly size: number
  ) {}

  async read(offset: number, length: number): Promise<Buffer> {
    if (offset < 0 || offset >= this.size || length <= 0) return Buffer.alloc(0)
    return this.parent.read(this.start + offset, Math.min(length, this.size - offset))
  }
}

/** Typed field access over a header buffer in the file's byte order. */
export class Fields {
  constructor(
    readonly bytes: Buffer,
    readonly littleEndian: boolean
  ) {}

  u16(at: number): number {
    return this.littleEndian ? this.bytes.readUInt16LE(at) : this.bytes.readUInt16BE(at)
  }

  u32(at: number): number {
    return this.littleEndian ? this.bytes.readUInt32LE(at) : this.bytes.readUInt32BE(at)
  }

  /** 64-bit values as numbers: file offsets and addresses stay below 2^53 in practice. */
  u64(at: number): number {
    const value = this.littleEndian
      ? this.bytes.readBigUInt64LE(at)
      : this.bytes.readBigUInt64BE(at)
    return Number(value)
  }

  word(at: number, is64: boolean): number {
    return is64 ? this.u64(at) : this.u32(at)
  }

  cstring(at: number, max: number): string {
    const slice = this.bytes.subarray(at, at + max)
    const nul = slice.indexOf(0)
    return slice.subarray(0, nul < 0 ? slice.length : nul).toString('latin1')
  }
}
