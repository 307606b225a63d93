/** Identifies the container format from the first bytes and opens each executable in it. */
import { parseElf } from './elf.js'
import { truncated, unrecognized } from './errors.js'
import type { BuildInfoReadOptions } from './blob.js'
import type { Exe } from './exe.js'
import { machoArch, machoByteOrder, parseMacho } from './macho.js'
import { parsePe } from './pe.js'
import { SliceSource, type ByteSource } from './source.js'
import { isXcoff, parseXcoff } from './xcoff.js'

export interface ExeSlice {
  /** Byte range of this executable in the file (the whole file unless fat). */
  offset: number
  size: number
  /** Set for slices of a universal binary, e.g. "arm64". */
  fatArch?: string
  open(): Promise<Exe>
}

export type Container = 'elf' | 'pe' | 'macho' | 'macho-fat' | 'xcoff'

const MAX_FAT_ARCHES = 64

export async function openContainer(
  source: ByteSource,
  options: BuildInfoReadOptions = {}
): Promise<{ container: Container; slices: ExeSlice[] }> {
  const ident = await source.read(0, 16)
  if (ident.length < 16) {
    throw unrecognized(ident.length === 0 ? 'empty file' : `only ${ident.length} bytes`)
  }
  const whole = (open: () => Promise<Exe>) => [{ offset: 0, size: source.size, open }]
  if (ident.subarray(0, 4).equals(Buffer.from('\x7fELF', 'latin1'))) {
    return { container: 'elf', slices: whole(() => parseElf(source)) }
  }
  if (ident[0] === 0x4d && ident[1] === 0x5a) {
    return { container: 'pe', slices: whole(() => parsePe(source)) }
  }
  if (machoByteOrder(ident)) {
    return { container: 'macho', slices: whole(() => parseMacho(source)) }
  }
  if (isXcoff(ident)) {
    return { container: 'xcoff', slices: whole(() => parseXcoff(source)) }
  }
  const magic = ident.readUInt32BE(0)
  // Go's debug/macho reads only 32-bit universal headers: go version -m calls a 64-bit one
  // (0xCAFEBABF) an unrecognized file format. Outside --go-version-m we read it.
  if (magic === 0xcafebabf && options.goCompatible) {
    throw unrecognized('64-bit universal binary, which go version -m cannot read')
  }
  if (magic === 0xcafebabe || magic === 0xcafebabf) {
    return { container: 'macho-fat', slices: await fatSlices(source, magic === 0xcafebabf) }
  }
  throw unrecognized()
}

/** Every slice of a universal binary; the header is always big-endian. */
async function fatSlices(source: ByteSource, wide: boolean): Promise<ExeSlice[]> {
  const head = await source.read(0, 8)
  const count = head.readUInt32BE(4)
  // 0xCAFEBABE is also a Java class file, whose next word is a version, not a small count.
  if (count === 0 || count > MAX_FAT_ARCHES)
    throw unrecognized(`not a universal binary (${count} slices)`)
  const entrySize = wide ? 32 : 20
  const table = await source.read(8, count * entrySize)
  if (table.length < count * entrySize) throw truncated('the universal binary header', source.size)
  const slices: ExeSlice[] = []
  for (let i = 0; i < count; i++) {
    const at = i * entrySize
    const cputype = table.readUInt32BE(at)
    const offset = wide ? Number(table.readBigUInt64BE(at + 8)) : table.readUInt32BE(at + 8)
    const size = wide ? Number(table.readBigUInt64BE(at + 16)) : table.readUInt32BE(at + 12)
    if (offset + size > source.size) {
      throw truncated(`slice ${i} (${machoArch(cputype)}) at offset ${offset}`, source.size)
    }
    const slice = new SliceSource(source, offset, size)
    slices.push({ offset, size, fatArch: machoArch(cputype), open: () => parseMacho(slice) })
  }
  return slices
}

/**
 * UPX leaves "UPX!" in its stub near the start and names PE sections UPX0/UPX1.
 * Checked only after the build info search failed, so a Go binary that merely
 * contains the text is never misreported.
 */
export async function looksUpxPacked(source: ByteSource): Promise<boolean> {
  const head = await source.read(0, 4096)
  if (head.includes('UPX!') || head.includes('UPX0')) return true
  const tail = await source.read(Math.max(0, source.size - 4096), 4096)
  return tail.includes('UPX!')
}
