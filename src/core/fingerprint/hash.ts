/**
 * One streaming pass over a file computing its sha256 and a sha256 of every
 * section's bytes, plus one for the bytes outside any section (headers, gaps).
 */
import { createHash, type Hash } from 'node:crypto'
import { open } from 'node:fs/promises'
import type { SectionDigest } from './types.js'

export interface Region {
  name: string
  offset: number
  size: number
}

export const OUTSIDE_SECTIONS = '(headers and unsectioned bytes)'
const CHUNK = 4 << 20

export async function hashFile(
  file: string,
  regions: Region[] = []
): Promise<{ sha256: string; size: number; sections: SectionDigest[] }> {
  const handle = await open(file, 'r')
  try {
    const size = (await handle.stat()).size
    const whole = createHash('sha256')
    const live = regions
      .filter(r => r.size > 0 && r.offset < size)
      .map(r => ({ ...r, size: Math.min(r.size, size - r.offset), hash: createHash('sha256') }))
      .sort((a, b) => a.offset - b.offset)
    const outside = createHash('sha256')
    let outsideSize = 0
    const buffer = Buffer.alloc(CHUNK)
    for (let position = 0; position < size;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, position)
      if (bytesRead === 0) break
      const chunk = buffer.subarray(0, bytesRead)
      whole.update(chunk)
      outsideSize += feedRegions(chunk, position, live, outside)
      position += bytesRead
    }
    const sections: SectionDigest[] = live.map(r => ({
      name: r.name,
      offset: r.offset,
      size: r.size,
      sha256: r.hash.digest('hex')
    }))
    if (regions.length > 0) {
      sections.push({
        name: OUTSIDE_SECTIONS,
        offset: 0,
        size: outsideSize,
        sha256: outside.digest('hex')
      })
    }
    return { sha256: whole.digest('hex'), size, sections }
  } finally {
    await handle.close()
  }
}

/** Feeds each region its overlap with the chunk; returns how many bytes no region covered. */
function feedRegions(
  chunk: Buffer,
  start: number,
  regions: (Region & { hash: Hash })[],
  outside: Hash
): number {
  const end = start + chunk.length
  const covered: [number, number][] = []
  for (const r of regions) {
    const from = Math.max(start, r.offset)
    const to = Math.min(end, r.offset + r.size)
    if (from >= to) continue
    r.hash.update(chunk.subarray(from - start, to - start))
    covered.push([from, to])
  }
  let cursor = start
  let count = 0
  for (const [from, to] of covered.sort((a, b) => a[0] - b[0])) {
    if (from > cursor) {
      outside.update(chunk.subarray(cursor - start, from - start))
      count += from - cursor
    }
    cursor = Math.max(cursor, to)
  }
  if (cursor < end) {
    outside.update(chunk.subarray(cursor - start))
    count += end - cursor
  }
  return count
}
