import { truncated, unrecognized } from './errors.js'
import type { Exe, ExeSection, ExeSegment } from './exe.js'
import { Fields, type ByteSource } from './source.js'

const PT_LOAD = 1
const PF_X = 1
const PF_W = 2

const MACHINES: Record<number, (is64: boolean, le: boolean) => string> = {
  3: () => '386',
  62: () => 'amd64',
  40: () => 'arm',
  183: () => 'arm64',
  8: (is64, le) => (is64 ? 'mips64' : 'mips') + (le ? 'le' : ''),
  20: () => 'ppc',
  21: (_is64, le) => (le ? 'ppc64le' : 'ppc64'),
  22: () => 's390x',
  243: () => 'riscv64',
  258: () => 'loong64'
}

const OSABI: Record<number, string> = { 2: 'netbsd', 9: 'freebsd', 12: 'openbsd' }

async function readTable(source: ByteSource, offset: number, length: number, what: string) {
  const bytes = await source.read(offset, length)
  if (bytes.length < length) throw truncated(what, source.size)
  return bytes
}

export async function parseElf(source: ByteSource): Promise<Exe> {
  const ident = await source.read(0, 64)
  if (ident.length < 52) throw truncated('the ELF header', source.size)
  const cls = ident[4]
  const data = ident[5]
  if ((cls !== 1 && cls !== 2) || (data !== 1 && data !== 2)) {
    throw unrecognized(`bad ELF class ${cls} or data encoding ${data}`)
  }
  const is64 = cls === 2
  const le = data === 1
  if (is64 && ident.length < 64) throw truncated('the ELF header', source.size)
  const h = new Fields(ident, le)
  const machine = h.u16(18)
  const phoff = is64 ? h.u64(32) : h.u32(28)
  const shoff = is64 ? h.u64(40) : h.u32(32)
  const base = is64 ? 54 : 42
  const phentsize = h.u16(base)
  const phnum = h.u16(base + 2)
  const shentsize = h.u16(base + 4)
  const shnum = h.u16(base + 6)
  const shstrndx = h.u16(base + 8)

  const segments: ExeSegment[] = []
  let writableLoad: { addr: number; size: number } | undefined
  const writable: { addr: number; size: number }[] = []
  if (phnum > 0) {
    const minEntry = is64 ? 56 : 32
    if (phentsize < minEntry) throw unrecognized(`bad program header size ${phentsize}`)
    const table = new Fields(
      await readTable(source, phoff, phentsize * phnum, 'the program header table'),
      le
    )
    for (let i = 0; i < phnum; i++) {
      const at = i * phentsize
      const type = table.u32(at)
      const flags = is64 ? table.u32(at + 4) : table.u32(at + 24)
      const offset = is64 ? table.u64(at + 8) : table.u32(at + 4)
      const vaddr = is64 ? table.u64(at + 16) : table.u32(at + 8)
      const filesz = is64 ? table.u64(at + 32) : table.u32(at + 16)
      const memsz = is64 ? table.u64(at + 40) : table.u32(at + 20)
      segments.push({ name: `segment ${i}`, addr: vaddr, fileOffset: offset, fileSize: filesz })
      if (!writableLoad && type === PT_LOAD && (flags & (PF_X | PF_W)) === PF_W) {
        writableLoad = { addr: vaddr, size: memsz }
      }
      if (type === PT_LOAD && (flags & PF_W) !== 0) writable.push({ addr: vaddr, size: filesz })
    }
  }

  const sections: ExeSection[] = []
  const sectionTypes: number[] = []
  if (shoff !== 0 && shnum > 0) {
    const minEntry = is64 ? 64 : 40
    if (shentsize < minEntry) throw unrecognized(`bad section header size ${shentsize}`)
    const table = new Fields(
      await readTable(source, shoff, shentsize * shnum, 'the section header table'),
      le
    )
    const raw = []
    for (let i = 0; i < shnum; i++) {
      const at = i * shentsize
      raw.push({
        nameOffset: table.u32(at),
        type: table.u32(at + 4),
        addr: is64 ? table.u64(at + 16) : table.u32(at + 12),
        offset: is64 ? table.u64(at + 24) : table.u32(at + 16),
        size: is64 ? table.u64(at + 32) : table.u32(at + 20)
      })
    }
    let names: Buffer = Buffer.alloc(0)
    const strtab = raw[shstrndx]
    if (shstrndx > 0 && strtab) {
      names = await readTable(source, strtab.offset, strtab.size, 'the section name table')
    }
    const SHT_NOBITS = 8
    for (const s of raw) {
      sectionTypes.push(s.type)
      const end = names.indexOf(0, s.nameOffset)
      const name = names.subarray(s.nameOffset, end < 0 ? names.length : end).toString('latin1')
      const stored = s.type === SHT_NOBITS || s.type === 0 ? 0 : s.size
      sections.push({ name, addr: s.addr, size: s.size, fileOffset: s.offset, fileSize: stored })
    }
  }

  const named = sections.find(s => s.name === '.go.buildinfo')
  // debug/elf refuses these (zeroed section headers, say); --go-version-m must too.
  const SHT_STRTAB = 3
  let goRejects: string | undefined
  if (shoff === 0 && shnum !== 0) goRejects = 'section headers without an offset'
  else if (shnum > 0 && shstrndx >= shnum) goRejects = 'bad section name table index'
  else if (shnum > 0 && shstrndx > 0 && sectionTypes[shstrndx] !== SHT_STRTAB) {
    goRejects = 'the section name table is not a string table'
  }
  return {
    format: 'elf',
    bits: is64 ? 64 : 32,
    littleEndian: le,
    goos: OSABI[ident[7]] ?? 'linux',
    goarch: MACHINES[machine]?.(is64, le) ?? `elf-machine-${machine}`,
    sections,
    segments,
    // Go 1.27 looks only in the named section; older Go fell back to the first data segment,
    // which is where the blob sits, so that is searched first outside --go-version-m.
    dataStart: named ? { addr: named.addr, size: named.size } : undefined,
    extraRanges: writableLoad ? [writableLoad, ...writable] : writable,
    goRejects,
    source
  }
}

/** What an ELF file needs to run: its object type and the dynamic loader it asks for. */
export interface ElfProgramInfo {
  /** e_type: 'exec' (ET_EXEC), 'dyn' (ET_DYN: a PIE or a shared library), or another. */
  type: 'exec' | 'dyn' | 'other'
  /** The PT_INTERP path, e.g. /lib/ld-musl-x86_64.so.1; absent for a static file. */
  interpreter?: string
}

const PT_INTERP = 3
const MAX_INTERP = 4096

/**
 * Reads the ELF header and program headers only; undefined for a file that is not ELF or
 * whose headers are cut short (never throws for a bad file).
 */
export async function readElfProgramInfo(source: ByteSource): Promise<ElfProgramInfo | undefined> {
  const ident = await source.read(0, 64)
  if (ident.length < 52 || !ident.subarray(0, 4).equals(Buffer.from('\x7fELF', 'latin1'))) {
    return undefined
  }
  const is64 = ident[4] === 2
  const le = ident[5] === 1
  if ((ident[4] !== 1 && !is64) || (ident[5] !== 2 && !le) || (is64 && ident.length < 64)) {
    return undefined
  }
  const h = new Fields(ident, le)
  const eType = h.u16(16)
  const type = eType === 2 ? 'exec' : eType === 3 ? 'dyn' : 'other'
  const phoff = is64 ? h.u64(32) : h.u32(28)
  const base = is64 ? 54 : 42
  const phentsize = h.u16(base)
  const phnum = h.u16(base + 2)
  if (phnum === 0) return { type }
  if (phentsize < (is64 ? 56 : 32)) return undefined
  const table = await source.read(phoff, phentsize * phnum)
  if (table.length < phentsize * phnum) return undefined
  const headers = new Fields(table, le)
  for (let i = 0; i < phnum; i++) {
    const at = i * phentsize
    if (headers.u32(at) !== PT_INTERP) continue
    const offset = is64 ? headers.u64(at + 8) : headers.u32(at + 4)
    const size = is64 ? headers.u64(at + 32) : headers.u32(at + 16)
    const bytes = await source.read(offset, Math.min(size, MAX_INTERP))
    const end = bytes.indexOf(0)
    return { type, interpreter: bytes.subarray(0, end < 0 ? bytes.length : end).toString('latin1') }
  }
  return { type }
}
