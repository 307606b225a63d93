/** Stream stages of a layer read: digest check, decompression, an expansion cap. */
import { createHash, type Hash } from 'node:crypto'
import { Transform, type TransformCallback } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { Decompress } from 'fzstd'
import { ImageError, REEXPORT_FIX } from './errors.js'

const DIGEST = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/

export function isDigest(value: unknown): value is string {
  return typeof value === 'string' && DIGEST.test(value)
}

export function shortDigest(digest: string): string {
  return digest.slice(0, 19)
}

/**
 * Passes bytes through and fails at the end when they do not hash to `digest` (or, with a
 * `size`, are not that long). `what` names the blob in the message.
 */
export class DigestCheck extends Transform {
  private readonly hash: Hash
  private length = 0

  constructor(
    private readonly digest: string,
    private readonly what: string,
    private readonly size?: number
  ) {
    super()
    this.hash = createHash(digest.slice(0, digest.indexOf(':')))
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.length += chunk.length
    if (this.size !== undefined && this.length > this.size) {
      done(
        new ImageError(
          'digest',
          `${this.what} is longer than its descriptor's ${this.size} bytes`,
          REEXPORT_FIX
        )
      )
      return
    }
    this.hash.update(chunk)
    done(null, chunk)
  }

  override _flush(done: TransformCallback): void {
    if (this.size !== undefined && this.length !== this.size) {
      done(
        new ImageError(
          'truncated',
          `${this.what} is truncated: ${this.length} of ${this.size} bytes`,
          REEXPORT_FIX
        )
      )
      return
    }
    const actual = `${this.digest.slice(0, this.digest.indexOf(':'))}:${this.hash.digest('hex')}`
    if (actual !== this.digest) {
      done(
        new ImageError(
          'digest',
          `${this.what} does not match its digest ${this.digest}: its content hashes to ${actual}`,
          REEXPORT_FIX
        )
      )
      return
    }
    done()
  }
}

/** Fails once more than `limit` bytes went through (a decompression bomb). */
export class ByteCap extends Transform {
  private length = 0

  constructor(
    private readonly limit: number,
    private readonly what: string
  ) {
    super()
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.length += chunk.length
    if (this.length > this.limit) {
      done(
        new ImageError(
          'limit',
          `${this.what} expands to more than ${this.limit} bytes (the per-layer limit); refusing it as a decompression bomb`,
          'raise maxLayerBytes if this image really has such a layer'
        )
      )
      return
    }
    done(null, chunk)
  }
}

class ZstdDecompress extends Transform {
  private readonly decoder = new Decompress(chunk => {
    this.push(Buffer.from(chunk))
  })

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      this.decoder.push(chunk)
      done()
    } catch (error) {
      done(error as Error)
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      this.decoder.push(new Uint8Array(0), true)
      done()
    } catch (error) {
      done(error as Error)
    }
  }
}

export type Compression = 'gzip' | 'zstd' | 'none'

/** From the first bytes; the media type can lie (Docker writes tar.gzip for plain tars). */
export function sniffCompression(head: Buffer): Compression {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip'
  if (head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd) return 'zstd'
  return 'none'
}

export function decompressor(compression: Compression): Transform | undefined {
  if (compression === 'gzip') return createGunzip({ chunkSize: 1 << 16 })
  if (compression === 'zstd') return new ZstdDecompress()
  return undefined
}
