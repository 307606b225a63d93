/**
 * Finds and decodes the 32-byte build info header and the two strings it
 * leads to (Go version, module info), following Go's debug/buildinfo.
 */
import { notGo } from './errors.js'
import { readAddress, type Exe } from './exe.js'

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

/** Address of the first 16-byte-aligned magic in the data range. */
async function searchMagic(exe: Exe, start: number, size: number): Promise<number> {
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
  throw notGo('no build info found')
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

async function readInlineString(exe: Exe, addr: number, end: number) {
  const head = await readAddress(exe, addr, Math.min(10, end - addr))
  const varint = uvarint(head, 0)
  if (!varint || varint.value > end - addr) return undefined
  const data = await readAddress(exe, addr + varint.length, varint.value)
  if (data.length < varint.value) return undefined
  return { bytes: data, next: addr + varint.length + varint.value }
}

async function readPointerString(
  exe: Exe,
  pointer: number,
  ptrSize: number,
  readPtr: (b: Buffer, at: number) => number
): Promise<Buffer> {
  const empty = Buffer.alloc(0)
  const header = await readAddress(exe, pointer, 2 * ptrSize)
  if (header.length < 2 * ptrSize) return empty
  const dataAddr = readPtr(header, 0)
  const length = readPtr(header, ptrSize)
  if (length > 64 * 1024 * 1024) return empty
  const data = await readAddress(exe, dataAddr, length)
  return data.length < length ? empty : data
}

export async function readRawBuildInfo(exe: Exe): Promise<RawBuildInfo> {
  const range = exe.dataStart
  if (!range || range.size === 0) throw notGo('no data section')
  const start = Math.ceil(range.addr / ALIGN) * ALIGN
  const end = range.addr + range.size
  const addr = await searchMagic(exe, start, end - start)
  const header = await readAddress(exe, addr, HEADER_SIZE)
  if (header.length < HEADER_SIZE) throw notGo('build info header cut short')
  const ptrSize = header[14]
  const flags = header[15]
  let version: Buffer = Buffer.alloc(0)
  let modinfo: Buffer = Buffer.alloc(0)
  let layout: RawBuildInfo['layout']
  if ((flags & 2) !== 0) {
    layout = 'inline'
    const first = await readInlineString(exe, addr + HEADER_SIZE, end)
    const second = first && (await readInlineString(exe, first.next, end))
    version = first?.bytes ?? version
    modinfo = second?.bytes ?? modinfo
  } else {
    layout = 'pointer'
    const le = flags === 0
    let readPtr: (b: Buffer, at: number) => number
    if (ptrSize === 4) readPtr = (b, at) => (le ? b.readUInt32LE(at) : b.readUInt32BE(at))
    else if (ptrSize === 8)
      readPtr = (b, at) => Number(le ? b.readBigUInt64LE(at) : b.readBigUInt64BE(at))
    else throw notGo(`bad pointer size ${ptrSize}`)
    version = await readPointerString(exe, readPtr(header, 16), ptrSize, readPtr)
    modinfo = await readPointerString(exe, readPtr(header, 16 + ptrSize), ptrSize, readPtr)
  }
  if (version.length === 0) throw notGo('empty Go version')
  return { version: version.toString('utf8'), modinfo: stripSentinels(modinfo), layout, addr }
}

/** Drops cmd/go's 16-byte start and end sentinels (not checked byte for byte, as in Go). */
export function stripSentinels(bytes: Buffer): string {
  if (bytes.length >= 33 && bytes[bytes.length - 17] === 0x0a) {
    return bytes.subarray(16, bytes.length - 16).toString('utf8')
  }
  return ''
}
