/** XCOFF (AIX), always big-endian: 0x01DF is 32-bit (ppc), 0x01F7 is 64-bit (ppc64). */
import { truncated, unrecognized } from './errors.js'
import type { Exe, ExeSection } from './exe.js'
import { Fields, type ByteSource } from './source.js'

export const XCOFF32_MAGIC = 0x01df
export const XCOFF64_MAGIC = 0x01f7
const STYP_DATA = 0x40
const STYP_BSS = 0x80

export function isXcoff(head: Buffer): boolean {
  if (head.length < 2) return false
  const magic = head.readUInt16BE(0)
  return magic === XCOFF32_MAGIC || magic === XCOFF64_MAGIC
}

export async function parseXcoff(source: ByteSource): Promise<Exe> {
  const head = await source.read(0, 24)
  const is64 = head.readUInt16BE(0) === XCOFF64_MAGIC
  const headerSize = is64 ? 24 : 20
  if (head.length < headerSize) throw truncated('the XCOFF header', source.size)
  const h = new Fields(head, false)
  const nsections = h.u16(2)
  const optSize = h.u16(16)
  const entrySize = is64 ? 72 : 40
  const tableBytes = await source.read(headerSize + optSize, nsections * entrySize)
  if (tableBytes.length < nsections * entrySize) {
    throw truncated('the XCOFF section table', source.size)
  }
  const table = new Fields(tableBytes, false)
  const sections: ExeSection[] = []
  let data: { addr: number; size: number } | undefined
  for (let i = 0; i < nsections; i++) {
    const at = i * entrySize
    const name = table.cstring(at, 8)
    const addr = table.word(at + (is64 ? 16 : 12), is64)
    const size = table.word(at + (is64 ? 24 : 16), is64)
    const fileOffset = table.word(at + (is64 ? 32 : 20), is64)
    const type = table.u32(at + (is64 ? 64 : 36))
    // .bss (and any section without file data) reads as zeros in Go; nothing to hash.
    const stored = type === STYP_BSS || fileOffset === 0 ? 0 : size
    sections.push({ name, addr, size, fileOffset, fileSize: stored })
    // Go's DataStart: the first section of type STYP_DATA.
    if (!data && type === STYP_DATA) data = { addr, size }
  }
  if (nsections === 0) throw unrecognized('XCOFF file without sections')
  return {
    format: 'xcoff',
    bits: is64 ? 64 : 32,
    littleEndian: false,
    goos: 'aix',
    goarch: is64 ? 'ppc64' : 'ppc',
    sections,
    segments: sections.map(s => ({
      name: s.name,
      addr: s.addr,
      fileOffset: s.fileOffset,
      fileSize: s.fileSize
    })),
    dataStart: data,
    extraRanges: sections
      .filter(s => s.fileSize > 0 && s !== sections.find(x => x.addr === data?.addr))
      .map(s => ({ addr: s.addr, size: s.fileSize })),
    source
  }
}
