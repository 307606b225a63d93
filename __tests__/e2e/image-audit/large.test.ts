/**
 * A 1 GiB image through the built CLI: four gzip layers of 256 MiB files (each one repeated
 * byte, distinct per file, so the layout stays small on disk), the last layer deleting one of them. The audit streams every byte,
 * counts the deleted file as waste exactly, and writes nothing but its report.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import {
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import tar from 'tar-stream'
import { runCli } from '../../helpers/cli.js'

const MiB = 1024 * 1024
const FILE_BYTES = 256 * MiB

/** `bytes` of one byte value in 1 MiB chunks: nothing held in memory but one chunk. */
function filled(bytes: number, value: number): Readable {
  const chunk = Buffer.alloc(MiB, value)
  let left = bytes
  return new Readable({
    read() {
      if (left === 0) return void this.push(null)
      const size = Math.min(left, chunk.length)
      left -= size
      this.push(size === chunk.length ? chunk : chunk.subarray(0, size))
    }
  })
}

/** Hashes what passes through it. */
function hashing(): Transform & { digest: () => string; size: () => number } {
  const hash = createHash('sha256')
  let size = 0
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      size += chunk.length
      done(null, chunk)
    }
  }) as Transform & { digest: () => string; size: () => number }
  stream.digest = () => `sha256:${hash.digest('hex')}`
  stream.size = () => size
  return stream
}

function writeBlob(layout: string, bytes: Buffer): { digest: string; size: number } {
  const digest = createHash('sha256').update(bytes).digest('hex')
  writeFileSync(path.join(layout, 'blobs', 'sha256', digest), bytes)
  return { digest: `sha256:${digest}`, size: bytes.length }
}

/** One gzip layer streamed to its blob; returns its descriptor and diff ID. */
async function writeLayer(
  layout: string,
  entries: { name: string; bytes: number; fill?: number }[]
): Promise<{ digest: string; size: number; diffId: string }> {
  const pack = tar.pack()
  const raw = hashing()
  const stored = hashing()
  const temp = path.join(layout, 'blobs', 'layer.tmp')
  const written = pipeline(pack, raw, createGzip({ level: 1 }), stored, createWriteStream(temp))
  for (const entry of entries) {
    if (entry.bytes < 0) {
      pack.entry({ name: entry.name, size: 0 }, Buffer.alloc(0))
      continue
    }
    const sink = pack.entry({ name: entry.name, size: entry.bytes, mode: 0o644 })
    await pipeline(filled(entry.bytes, entry.fill ?? 0), sink)
  }
  pack.finalize()
  await written
  const digest = stored.digest()
  renameSync(temp, path.join(layout, 'blobs', 'sha256', digest.slice('sha256:'.length)))
  return { digest, size: stored.size(), diffId: raw.digest() }
}

describe('image audit of a 1 GiB image (built CLI)', () => {
  let work: string
  let layout: string

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'go-ci-kit-large-image-'))
    layout = path.join(work, 'layout')
    mkdirSync(path.join(layout, 'blobs', 'sha256'), { recursive: true })
    const layers = []
    for (let n = 0; n < 4; n++) {
      layers.push(
        await writeLayer(layout, [{ name: `data/part${n}.bin`, bytes: FILE_BYTES, fill: n + 1 }])
      )
    }
    // A fifth layer deletes part0: its 256 MiB stay in the image as waste.
    layers.push(await writeLayer(layout, [{ name: 'data/.wh.part0.bin', bytes: -1 }]))
    const config = writeBlob(
      layout,
      Buffer.from(
        JSON.stringify({
          architecture: 'amd64',
          os: 'linux',
          rootfs: { type: 'layers', diff_ids: layers.map(layer => layer.diffId) },
          history: layers.map((_, n) => ({ created_by: `RUN make part ${n} # buildkit` }))
        })
      )
    )
    const manifest = writeBlob(
      layout,
      Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
          layers: layers.map(({ digest, size }) => ({
            mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
            digest,
            size
          }))
        })
      )
    )
    writeFileSync(path.join(layout, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
    writeFileSync(
      path.join(layout, 'index.json'),
      JSON.stringify({
        schemaVersion: 2,
        manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', ...manifest }]
      })
    )
  }, 600_000)

  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('streams every layer and counts the deleted 256 MiB as waste', async () => {
    const before = readdirSync(work).sort()
    const result = await runCli(['image', layout, '--json'], work)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as {
      wastedBytes: number
      images: {
        platforms: { totalBytes: number; wastedBytes: number; layers: { fileBytes: number }[] }[]
      }[]
    }
    const platform = report.images[0]?.platforms[0]
    expect(platform?.totalBytes).toBe(4 * FILE_BYTES)
    expect(platform?.layers.map(layer => layer.fileBytes)).toEqual([
      FILE_BYTES,
      FILE_BYTES,
      FILE_BYTES,
      FILE_BYTES,
      0
    ])
    expect(platform?.wastedBytes).toBe(FILE_BYTES)
    expect(report.wastedBytes).toBe(FILE_BYTES)
    // Nothing written beside the image.
    expect(readdirSync(work).sort()).toEqual(before)
  }, 600_000)
})
