/**
 * Finds and decodes the 32-byte build info header and the two strings it
 * leads to (Go version, module info), following Go's debug/buildinfo.
 */
import { cutShort, notGo, unrecognized } from './errors.js'
import { readAddress, type Exe } from './exe.js'
import { decodeGoString } from './gostring.js'

export const BUILDINFO_MAGIC = Buffer.from('\xff Go buildinf:', 'latin1')
const ALIGN = 16
const HEADER_SIZE = 32
const CHUNK = 1 << 20

export interface RawBuildInfo {
  version: string
  /** Module info with the 16-byte sentinels removed; "" when absent. */
  modinfo: string
  layout: 'inline' | 'pointer'
  /** Virtual address of the header. */
  addr: number
}

/** Address of the first 16-byte-aligned magic in the data range, or undefined. */
async function searchMagic(exe: Exe, start: number, size: number): Promise<number | undefined> {
  const end = start + size
  let addr = start
  while (addr < end) {
    const chunk = await readAddress(exe, addr, Math.min(CHUNK, end - addr))
    if (chunk.length === 0) break
    for (
      let i = chunk.indexOf(BUILDINFO_MAGIC);
      i >= 0;
      i = chunk.indexOf(BUILDINFO_MAGIC, i + 1)
    ) {
      const hit = addr + i
      if (hit % ALIGN !== 0) continue
      if (end - hit < HEADER_SIZE) throw notGo('build info header cut short')
      return hit
    }
    // Chunks are multiples of 16 from an aligned start, so an aligned magic never straddles two.
    addr += chunk.length
  }
  return undefined
}

export interface BuildInfoReadOptions {
  /**
   * Look only where Go's debug/buildinfo looks (for `--go-version-m`). Otherwise, when that
   * finds nothing, every other writable region is searched too, which reads build info Go
   * cannot: a renamed .go.buildinfo section, or section headers that were zeroed.
   */
  goCompatible?: boolean
}

async function findHeader(exe: Exe, options: BuildInfoReadOptions) {
  const range = exe.dataStart
  const ranges = range && range.size > 0 ? [range] : []
  if (!options.goCompatible) ranges.push(...exe.extraRanges.filter(r => r.addr !== range?.addr))
  for (const { addr: from, size } of ranges) {
    const start = Math.ceil(from / ALIGN) * ALIGN
    const end = from + size
    if (end <= start) continue
    const addr = await searchMagic(exe, start, end - start)
    if (addr !== undefined) return { addr, end }
    // Not found because the file ends inside the range: damaged, not "not Go".
    if (runsPastFile(exe, start, end - start)) {
      throw cutShort('the data section that holds the build info', undefined, true)
    }
  }
  throw notGo(range && range.size > 0 ? 'no build info found' : 'no data section')
}

/** Go's binary.Uvarint: value and bytes used, or undefined when malformed. */
export function uvarint(bytes: Buffer, at: number): { value: number; length: number } | undefined {
  let value = 0
  let scale = 1
  for (let i = 0; i < 10 && at + i < bytes.length; i++) {
    const byte = bytes[at + i]
    value += (byte & 0x7f) * scale
    if (byte < 0x80) return { value, length: i + 1 }
    scale *= 128
  }
  return undefined
}

/** Whether `length` bytes at `addr` would run past the end of the file (it was cut short). */
function runsPastFile(exe: Exe, addr: number, length: number): boolean {
  const segment = exe.segments.find(
    s => s.fileSize > 0 && s.addr <= addr && addr <= s.addr + s.fileSize - 1
  )
  if (!segment) return false
  const inSegment = Math.min(length, segment.addr + segment.fileSize - addr)
  const end = segment.fileOffset + (addr - segment.addr) + inSegment
  return end > exe.source.size
}

/**
 * A varint-prefixed string, read like Go's decodeString: up to the end of the segment that
 * holds it. A string that ends before its declared length is an error, never an empty string.
 */
async function readInlineString(exe: Exe, addr: number, what: string) {
  const head = await readAddress(exe, addr, 10)
  const varint = uvarint(head, 0)
  if (!varint) {
    throw cutShort(`the length of the build info's ${what}`, undefined, runsPastFile(exe, addr, 10))
  }
  const at = addr + varint.length
  const data = await readAddress(exe, at, varint.value)
  if (data.length < varint.value) {
    const declared = { got: data.length, declared: varint.value }
    throw cutShort(`the build info's ${what}`, declared, runsPastFile(exe, at, varint.value))
  }
  return { bytes: data, next: at + varint.value }
}

/**
 * A pre-1.18 Go string header {data, len} and its bytes. A pointer Go cannot follow gives ""
 * as in Go (which then reports no module info); bytes missing because the file was cut short
 * are an error instead, so a truncated file never passes as a binary without modules.
 */
async function readPointerString(
  exe: Exe,
  pointer: number,
  ptrSize: number,
  readPtr: (b: Buffer, at: number) => number,
  what: string
): Promise<Buffer> {
  const empty = Buffer.alloc(0)
  const header = await readAddress(exe, pointer, 2 * ptrSize)
  if (header.length < 2 * ptrSize) {
    if (runsPastFile(exe, pointer, 2 * ptrSize))
      throw cutShort(`the build info's ${what} header`, undefined, true)
    return empty
  }
  const dataAddr = readPtr(header, 0)
  const length = readPtr(header, ptrSize)
  if (length > 64 * 1024 * 1024) return empty
  const data = await readAddress(exe, dataAddr, length)
  if (data.length < length) {
    if (runsPastFile(exe, dataAddr, length)) {
      throw cutShort(`the build info's ${what}`, { got: data.length, declared: length }, true)
    }
    return empty
  }
  return data
}

export async function readRawBuildInfo(
  exe: Exe,
  options: BuildInfoReadOptions = {}
): Promise<RawBuildInfo> {
  if (options.goCompatible && exe.goRejects) throw unrecognized(exe.goRejects)
  const { addr } = await findHeader(exe, options)
  const header = await readAddress(exe, addr, HEADER_SIZE)
  if (header.length < HEADER_SIZE) {
    throw cutShort('the build info header', undefined, runsPastFile(exe, addr, HEADER_SIZE))
  }
  const ptrSize = header[14]
  const flags = header[15]
  let version: Buffer = Buffer.alloc(0)
  let modinfo: Buffer = Buffer.alloc(0)
  let layout: RawBuildInfo['layout']
  if ((flags & 2) !== 0) {
    layout = 'inline'
    const first = await readInlineString(exe, addr + HEADER_SIZE, 'Go version string')
    const second = await readInlineString(exe, first.next, 'module info string')
    version = first.bytes
    modinfo = second.bytes
  } else {
    layout = 'pointer'
    const le = flags === 0
    let readPtr: (b: Buffer, at: number) => number
    if (ptrSize === 4) readPtr = (b, at) => (le ? b.readUInt32LE(at) : b.readUInt32BE(at))
    else if (ptrSize === 8)
      readPtr = (b, at) => Number(le ? b.readBigUInt64LE(at) : b.readBigUInt64BE(at))
    else throw notGo(`bad pointer size ${ptrSize}`)
    const versionAt = readPtr(header, 16)
    const modinfoAt = readPtr(header, 16 + ptrSize)
    version = await readPointerString(exe, versionAt, ptrSize, readPtr, 'Go version string')
    modinfo = await readPointerString(exe, modinfoAt, ptrSize, readPtr, 'module info string')
  }
  if (version.length === 0) throw notGo('empty Go version')
  return { version: decodeGoString(version), modinfo: stripSentinels(modinfo), layout, addr }
}

/** Drops cmd/go's 16-byte start and end sentinels (not checked byte for byte, as in Go). */
export function stripSentinels(bytes: Buffer): string {
  if (bytes.length >= 33 && bytes[bytes.length - 17] === 0x0a) {
    return decodeGoString(bytes.subarray(16, bytes.length - 16))
  }
  return ''
}
