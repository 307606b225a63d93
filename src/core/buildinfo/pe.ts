import { truncated, unrecognized } from './errors.js'
import type { Exe, ExeSection, ExeSegment } from './exe.js'
import { Fields, type ByteSource } from './source.js'

const MACHINES: Record<number, string> = {
  0x14c: '386',
  0x8664: 'amd64',
  0x1c0: 'arm',
  0x1c4: 'arm',
  0xaa64: 'arm64'
}

const INITIALIZED_DATA = 0x40
const MEM_EXECUTE = 0x20000000
const MEM_WRITE = 0x80000000
// Go ignores only these alignment bits (IMAGE_SCN_ALIGN_32BYTES), so ALIGN_16BYTES fails its test.
const ALIGN_BITS = 0x00600000

interface RawSection {
  name: string
  virtualSize: number
  va: number
  rawSize: number
  rawPointer: number
  characteristics: number
}

export async function parsePe(source: ByteSource): Promise<Exe> {
  const dos = await source.read(0, 64)
  if (dos.length < 64) throw truncated('the DOS header', source.size)
  const peOffset = dos.readUInt32LE(0x3c)
  const coffBytes = await source.read(peOffset, 24)
  if (coffBytes.length < 24) throw truncated('the PE header', source.size)
  if (coffBytes.readUInt32BE(0) !== 0x50450000) throw unrecognized('missing PE signature')
  const coff = new Fields(coffBytes, true)
  const machine = coff.u16(4)
  const nsections = coff.u16(6)
  const symbolTable = coff.u32(12)
  const nsymbols = coff.u32(16)
  const optSize = coff.u16(20)
  const opt = await source.read(peOffset + 24, optSize)
  if (opt.length < optSize || optSize < 2) throw truncated('the PE optional header', source.size)
  const magic = opt.readUInt16LE(0)
  if (magic !== 0x10b && magic !== 0x20b)
    throw unrecognized(`bad PE optional header magic ${magic}`)
  const is64 = magic === 0x20b
  const imageBase = is64 ? Number(opt.readBigUInt64LE(24)) : opt.readUInt32LE(28)

  const tableBytes = await source.read(peOffset + 24 + optSize, 40 * nsections)
  if (tableBytes.length < 40 * nsections) throw truncated('the PE section table', source.size)
  const table = new Fields(tableBytes, true)
  // Long section names ("/4") point into the COFF string table after the symbols; read only
  // the part they use (the table also holds every symbol name).
  const longNames = Array.from({ length: nsections }, (_, i) => table.cstring(i * 40, 8))
    .filter(name => /^\/\d+$/.test(name))
    .map(name => Number(name.slice(1)))
  const stringsEnd = longNames.length > 0 ? Math.max(...longNames) + 256 : 0
  const strings =
    symbolTable > 0 && stringsEnd > 0
      ? await source.read(symbolTable + nsymbols * 18, stringsEnd)
      : Buffer.alloc(0)
  const sections: ExeSection[] = []
  const segments: ExeSegment[] = []
  const raw: RawSection[] = []
  for (let i = 0; i < nsections; i++) {
    const at = i * 40
    let name = table.cstring(at, 8)
    if (/^\/\d+$/.test(name)) {
      const offset = Number(name.slice(1))
      const end = strings.indexOf(0, offset)
      if (offset < strings.length)
        name = strings.subarray(offset, end < 0 ? undefined : end).toString('latin1')
    }
    const entry = {
      name,
      virtualSize: table.u32(at + 8),
      va: table.u32(at + 12),
      rawSize: table.u32(at + 16),
      rawPointer: table.u32(at + 20),
      characteristics: table.u32(at + 36)
    }
    raw.push(entry)
    sections.push({
      name,
      addr: entry.va + imageBase,
      size: entry.virtualSize,
      fileOffset: entry.rawPointer,
      fileSize: entry.rawSize
    })
    segments.push({
      name,
      addr: entry.va + imageBase,
      fileOffset: entry.rawPointer,
      fileSize: entry.rawSize
    })
  }

  // Go's rule (exact characteristics, only the alignment bits ignored), as --go-version-m needs.
  const exact = raw.find(
    s => s.va !== 0 && s.rawSize !== 0 && (s.characteristics & ~ALIGN_BITS) >>> 0 === 0xc0000040
  )
  const isData = (s: RawSection) =>
    s.va !== 0 &&
    s.rawSize !== 0 &&
    (s.characteristics & INITIALIZED_DATA) !== 0 &&
    (s.characteristics & MEM_WRITE) !== 0 &&
    (s.characteristics & MEM_EXECUTE) === 0
  const lenient = raw.find(s => s.name === '.data' && isData(s)) ?? raw.find(isData)
  return {
    format: 'pe',
    bits: is64 ? 64 : 32,
    littleEndian: true,
    goos: 'windows',
    goarch: MACHINES[machine] ?? `pe-machine-${machine}`,
    sections,
    segments,
    dataStart: exact ? { addr: exact.va + imageBase, size: exact.virtualSize } : undefined,
    // The lenient choice first (golang/go#53071), then every writable section.
    extraRanges: [
      ...(lenient ? [{ addr: lenient.va + imageBase, size: lenient.virtualSize }] : []),
      ...raw
        .filter(s => s.rawSize !== 0 && (s.characteristics & MEM_WRITE) !== 0)
        .map(s => ({ addr: s.va + imageBase, size: s.rawSize }))
    ],
    source
  }
}
