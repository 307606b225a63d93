/** Hand-made minimal executables holding a build info blob, for the reader's unit tests. */
import { readRawBuildInfo } from '../../../src/core/buildinfo/blob.js'
import { openContainer } from '../../../src/core/buildinfo/detect.js'
import { BufferSource } from '../../../src/core/buildinfo/source.js'

const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1')
export const SENTINEL_START = Buffer.from('3077af0c9274080241e1c107e6d618e6', 'hex')
export const SENTINEL_END = Buffer.from('f932433186182072008242104116d8f2', 'hex')

export const MODINFO =
  'path\texample.com/app\nmod\texample.com/app\t(devel)\t\ndep\texample.com/lib\tv1.0.0\n=>\t../lib\t(devel)\t\n' +
  'build\t-ldflags="-X main.v=1"\nbuild\tCGO_ENABLED=0\nbuild\tGOARCH=arm64\nbuild\tGOOS=linux\n'

function uvarint(n: number): Buffer {
  const bytes: number[] = []
  while (n >= 0x80) {
    bytes.push((n & 0x7f) | 0x80)
    n = Math.floor(n / 128)
  }
  bytes.push(n)
  return Buffer.from(bytes)
}

export function framedModinfo(text = MODINFO): Buffer {
  return Buffer.concat([SENTINEL_START, Buffer.from(text), SENTINEL_END])
}

/** Go 1.18+ blob: header then two varint-prefixed strings. */
export function inlineBlob(version = 'go1.23.1', mod: Buffer = framedModinfo()): Buffer {
  const header = Buffer.alloc(32)
  MAGIC.copy(header)
  header[14] = 8
  header[15] = 2
  return Buffer.concat([
    header,
    uvarint(version.length),
    Buffer.from(version),
    uvarint(mod.length),
    mod
  ])
}

/**
 * Pre-1.18 (Go 1.13–1.17) pointer layout, per the reference (buildinfo.md §1.1, §1.3):
 *
 *   +0   14 bytes  magic "\xff Go buildinf:"
 *   +14  1 byte    pointer size of the target, 4 or 8
 *   +15  1 byte    flags: bit 0 = big-endian target; bit 1 (inline strings) CLEAR
 *   +16  ptrSize   virtual address of the Go version's string header
 *   +16+ptrSize    virtual address of the module info's string header
 *
 * A Go string header is {data uintptr, len uintptr} in the target's byte order; the reader
 * maps each address to a file offset through the segments (ELF program headers, Mach-O
 * LC_SEGMENTs except __PAGEZERO, PE sections after subtracting ImageBase). The module info
 * keeps cmd/go's 16-byte sentinels, which the reader strips.
 *
 * Here the two headers and both strings follow the 32-byte header at `addr`.
 */
export function pointerBlob(
  addr: number,
  ptrSize: 4 | 8,
  bigEndian: boolean,
  version: string,
  mod: Buffer
): Buffer {
  const w = (value: number) => {
    const b = Buffer.alloc(ptrSize)
    if (ptrSize === 4 && bigEndian) b.writeUInt32BE(value)
    else if (ptrSize === 4) b.writeUInt32LE(value)
    else if (bigEndian) b.writeBigUInt64BE(BigInt(value))
    else b.writeBigUInt64LE(BigInt(value))
    return b
  }
  const header = Buffer.alloc(32)
  MAGIC.copy(header)
  header[14] = ptrSize
  header[15] = bigEndian ? 1 : 0
  const versHeaderAt = addr + 32
  const modHeaderAt = versHeaderAt + 2 * ptrSize
  const versDataAt = modHeaderAt + 2 * ptrSize
  const modDataAt = versDataAt + version.length
  w(versHeaderAt).copy(header, 16)
  w(modHeaderAt).copy(header, 16 + ptrSize)
  return Buffer.concat([
    header,
    w(versDataAt),
    w(version.length),
    w(modDataAt),
    w(mod.length),
    Buffer.from(version),
    mod
  ])
}

interface ElfOptions {
  bits: 32 | 64
  bigEndian: boolean
  machine: number
  sections: boolean
  /** Bytes placed at vaddr (the data segment). */
  data: Buffer
  vaddr: number
  padBefore?: number
}

export function elf(o: ElfOptions): Buffer {
  const is64 = o.bits === 64
  const le = !o.bigEndian
  const u16 = (b: Buffer, v: number, at: number) =>
    le ? b.writeUInt16LE(v, at) : b.writeUInt16BE(v, at)
  const u32 = (b: Buffer, v: number, at: number) =>
    le ? b.writeUInt32LE(v, at) : b.writeUInt32BE(v, at)
  const word = (b: Buffer, v: number, at: number) =>
    is64
      ? le
        ? b.writeBigUInt64LE(BigInt(v), at)
        : b.writeBigUInt64BE(BigInt(v), at)
      : u32(b, v, at)
  const ehsize = is64 ? 64 : 52
  const phentsize = is64 ? 56 : 32
  const shentsize = is64 ? 64 : 40
  const dataOffset = 0x1000
  const pad = o.padBefore ?? 0
  const payload = Buffer.concat([Buffer.alloc(pad), o.data])
  const names = Buffer.from('\0.go.buildinfo\0.shstrtab\0')
  const namesOffset = dataOffset + payload.length
  const shoff = Math.ceil((namesOffset + names.length) / 8) * 8
  const total = o.sections ? shoff + 3 * shentsize : namesOffset
  const file = Buffer.alloc(total)
  file.write('\x7fELF', 0, 'latin1')
  file[4] = is64 ? 2 : 1
  file[5] = le ? 1 : 2
  file[6] = 1
  u16(file, 2, 16)
  u16(file, o.machine, 18)
  u32(file, 1, 20)
  word(file, ehsize, is64 ? 32 : 28)
  word(file, o.sections ? shoff : 0, is64 ? 40 : 32)
  const base = is64 ? 52 : 40
  u16(file, ehsize, base)
  u16(file, phentsize, base + 2)
  u16(file, 1, base + 4)
  u16(file, shentsize, base + 6)
  u16(file, o.sections ? 3 : 0, base + 8)
  u16(file, o.sections ? 2 : 0, base + 10)
  // One PT_LOAD, read+write.
  const ph = ehsize
  u32(file, 1, ph)
  if (is64) {
    u32(file, 6, ph + 4)
    word(file, dataOffset, ph + 8)
    word(file, o.vaddr, ph + 16)
    word(file, o.vaddr, ph + 24)
    word(file, payload.length, ph + 32)
    word(file, payload.length, ph + 40)
  } else {
    u32(file, dataOffset, ph + 4)
    u32(file, o.vaddr, ph + 8)
    u32(file, o.vaddr, ph + 12)
    u32(file, payload.length, ph + 16)
    u32(file, payload.length, ph + 20)
    u32(file, 6, ph + 24)
  }
  payload.copy(file, dataOffset)
  if (o.sections) {
    names.copy(file, namesOffset)
    const sh = (
      i: number,
      name: number,
      type: number,
      addr: number,
      offset: number,
      size: number
    ) => {
      const at = shoff + i * shentsize
      u32(file, name, at)
      u32(file, type, at + 4)
      word(file, addr, at + (is64 ? 16 : 12))
      word(file, offset, at + (is64 ? 24 : 16))
      word(file, size, at + (is64 ? 32 : 20))
    }
    sh(1, 1, 1, o.vaddr + pad, dataOffset + pad, o.data.length)
    sh(2, 15, 3, 0, namesOffset, names.length)
  }
  return file
}

/** A thin 64-bit little-endian Mach-O with __DATA,__go_buildinfo. */
export function macho64(cputype: number, data: Buffer, withSection = true): Buffer {
  const nsects = withSection ? 1 : 0
  const cmdsize = 72 + 80 * nsects
  const dataOffset = 0x1000
  const addr = 0x100001000
  const file = Buffer.alloc(dataOffset + data.length)
  file.writeUInt32LE(0xfeedfacf, 0)
  file.writeUInt32LE(cputype, 4)
  file.writeUInt32LE(2, 12)
  file.writeUInt32LE(1, 16)
  file.writeUInt32LE(cmdsize, 20)
  const c = 32
  file.writeUInt32LE(0x19, c)
  file.writeUInt32LE(cmdsize, c + 4)
  file.write('__DATA', c + 8, 'latin1')
  file.writeBigUInt64LE(BigInt(addr), c + 24)
  file.writeBigUInt64LE(BigInt(data.length), c + 32)
  file.writeBigUInt64LE(BigInt(dataOffset), c + 40)
  file.writeBigUInt64LE(BigInt(data.length), c + 48)
  file.writeUInt32LE(3, c + 56)
  file.writeUInt32LE(3, c + 60)
  file.writeUInt32LE(nsects, c + 64)
  if (withSection) {
    const s = c + 72
    file.write('__go_buildinfo', s, 'latin1')
    file.write('__DATA', s + 16, 'latin1')
    file.writeBigUInt64LE(BigInt(addr), s + 32)
    file.writeBigUInt64LE(BigInt(data.length), s + 40)
    file.writeUInt32LE(dataOffset, s + 48)
  }
  data.copy(file, dataOffset)
  return file
}

/** A PE32+ (or PE32) file with one .data section. */
export function pe(
  is64: boolean,
  machine: number,
  data: Buffer,
  characteristics = 0xc0000040
): Buffer {
  const optSize = is64 ? 240 : 224
  const peOffset = 0x40
  const sectionTable = peOffset + 24 + optSize
  const raw = 0x400
  const file = Buffer.alloc(raw + Math.ceil(data.length / 0x200) * 0x200)
  file.write('MZ', 0, 'latin1')
  file.writeUInt32LE(peOffset, 0x3c)
  file.write('PE\0\0', peOffset, 'latin1')
  file.writeUInt16LE(machine, peOffset + 4)
  file.writeUInt16LE(1, peOffset + 6)
  file.writeUInt16LE(optSize, peOffset + 20)
  const opt = peOffset + 24
  file.writeUInt16LE(is64 ? 0x20b : 0x10b, opt)
  if (is64) file.writeBigUInt64LE(0x140000000n, opt + 24)
  else file.writeUInt32LE(0x400000, opt + 28)
  file.write('.data', sectionTable, 'latin1')
  file.writeUInt32LE(data.length, sectionTable + 8)
  file.writeUInt32LE(0x1000, sectionTable + 12)
  file.writeUInt32LE(file.length - raw, sectionTable + 16)
  file.writeUInt32LE(raw, sectionTable + 20)
  file.writeUInt32LE(characteristics, sectionTable + 36)
  data.copy(file, raw)
  return file
}

export function fat(slices: { cputype: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(8 + 20 * slices.length)
  header.writeUInt32BE(0xcafebabe, 0)
  header.writeUInt32BE(slices.length, 4)
  const parts: Buffer[] = [header]
  let offset = header.length
  slices.forEach((s, i) => {
    const start = Math.ceil(offset / 4096) * 4096
    parts.push(Buffer.alloc(start - offset), s.data)
    header.writeUInt32BE(s.cputype, 8 + 20 * i)
    header.writeUInt32BE(start, 8 + 20 * i + 8)
    header.writeUInt32BE(s.data.length, 8 + 20 * i + 12)
    header.writeUInt32BE(12, 8 + 20 * i + 16)
    offset = start + s.data.length
  })
  return Buffer.concat(parts)
}

/** A thin 32-bit Mach-O in either byte order, pre-1.18 pointer layout friendly (segment fallback only). */
export function macho32(cputype: number, bigEndian: boolean, data: Buffer, addr: number): Buffer {
  const cmdsize = 56
  const dataOffset = 0x1000
  const file = Buffer.alloc(dataOffset + data.length)
  const u32 = (v: number, at: number) =>
    bigEndian ? file.writeUInt32BE(v, at) : file.writeUInt32LE(v, at)
  u32(0xfeedface, 0)
  u32(cputype, 4)
  u32(2, 12)
  u32(1, 16)
  u32(cmdsize, 20)
  const c = 28
  u32(0x1, c)
  u32(cmdsize, c + 4)
  file.write('__DATA', c + 8, 'latin1')
  u32(addr, c + 24)
  u32(data.length, c + 28)
  u32(dataOffset, c + 32)
  u32(data.length, c + 36)
  u32(3, c + 40)
  u32(3, c + 44)
  data.copy(file, dataOffset)
  return file
}

/**
 * Rewrites a real (Go 1.18+) binary's build info into the pre-1.18 pointer layout, as
 * Go 1.13–1.17 linkers wrote it: the 32-byte header stays where it is, with flag bit 1
 * cleared and the two pointers filled in; the string headers and the strings go right
 * after it, over whatever data followed (the binary no longer runs, but `go version -m`,
 * which still reads this layout, and our reader both can). Optionally replaces the version
 * and the module info (e.g. to drop the `build` lines, as pre-1.18 binaries had none).
 */
export async function toPointerLayout(
  binary: Buffer,
  replace: { version?: string; modinfo?: string } = {}
): Promise<Buffer> {
  const { slices } = await openContainer(new BufferSource(binary))
  const exe = await slices[0].open()
  const raw = await readRawBuildInfo(exe)
  const ptrSize = exe.bits / 8
  const version = Buffer.from(replace.version ?? raw.version)
  const mod = framedModinfo(replace.modinfo ?? raw.modinfo)
  const word = (value: number) => {
    const b = Buffer.alloc(ptrSize)
    if (ptrSize === 4) {
      if (exe.littleEndian) b.writeUInt32LE(value)
      else b.writeUInt32BE(value)
    } else if (exe.littleEndian) b.writeBigUInt64LE(BigInt(value))
    else b.writeBigUInt64BE(BigInt(value))
    return b
  }
  const versHeader = raw.addr + 32
  const modHeader = versHeader + 2 * ptrSize
  const versData = modHeader + 2 * ptrSize
  const modData = versData + version.length
  const header = Buffer.alloc(32)
  MAGIC.copy(header)
  header[14] = ptrSize
  header[15] = exe.littleEndian ? 0 : 1
  word(versHeader).copy(header, 16)
  word(modHeader).copy(header, 16 + ptrSize)
  const blob = Buffer.concat([
    header,
    word(versData),
    word(version.length),
    word(modData),
    word(mod.length),
    version,
    mod
  ])
  const segment = exe.segments.find(
    s => s.fileSize > 0 && s.addr <= raw.addr && raw.addr + blob.length <= s.addr + s.fileSize
  )
  if (!segment) throw new Error('no segment has room for the pointer-layout build info')
  const out = Buffer.from(binary)
  blob.copy(out, segment.fileOffset + (raw.addr - segment.addr))
  return out
}
