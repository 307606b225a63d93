import { truncated, unrecognized } from './errors.js'
import type { Exe, ExeSection, ExeSegment } from './exe.js'
import { Fields, type ByteSource } from './source.js'

const LC_SEGMENT = 0x1
const LC_SEGMENT_64 = 0x19
const CPU_ARCH_ABI64 = 0x01000000

export const MACHO_CPU: Record<number, string> = {
  7: '386',
  [7 | CPU_ARCH_ABI64]: 'amd64',
  12: 'arm',
  [12 | CPU_ARCH_ABI64]: 'arm64',
  18: 'ppc',
  [18 | CPU_ARCH_ABI64]: 'ppc64'
}

export function machoArch(cputype: number): string {
  return MACHO_CPU[cputype] ?? `macho-cpu-${cputype}`
}

/** Byte order from the magic, or undefined when this is not a thin Mach-O. */
export function machoByteOrder(head: Buffer): { le: boolean; is64: boolean } | undefined {
  if (head.length < 4) return undefined
  const le = head.readUInt32LE(0)
  const be = head.readUInt32BE(0)
  if (le === 0xfeedface || le === 0xfeedfacf) return { le: true, is64: le === 0xfeedfacf }
  if (be === 0xfeedface || be === 0xfeedfacf) return { le: false, is64: be === 0xfeedfacf }
  return undefined
}

export async function parseMacho(source: ByteSource): Promise<Exe> {
  const head = await source.read(0, 32)
  const order = machoByteOrder(head)
  if (!order) throw unrecognized('bad Mach-O magic')
  const { le, is64 } = order
  const headerSize = is64 ? 32 : 28
  if (head.length < headerSize) throw truncated('the Mach-O header', source.size)
  const h = new Fields(head, le)
  const cputype = h.u32(4)
  const ncmds = h.u32(16)
  const sizeofcmds = h.u32(20)
  const cmdBytes = await source.read(headerSize, sizeofcmds)
  if (cmdBytes.length < sizeofcmds) throw truncated('the Mach-O load commands', source.size)
  const cmds = new Fields(cmdBytes, le)

  const sections: ExeSection[] = []
  const segments: ExeSegment[] = []
  let dataSegment: { addr: number; size: number } | undefined
  const writable: { addr: number; size: number }[] = []
  for (let i = 0, at = 0; i < ncmds; i++) {
    if (at + 8 > cmdBytes.length) throw unrecognized('Mach-O load command out of range')
    const cmd = cmds.u32(at)
    const cmdsize = cmds.u32(at + 4)
    if (cmdsize < 8 || at + cmdsize > cmdBytes.length) {
      throw unrecognized(`bad Mach-O load command size ${cmdsize}`)
    }
    if (cmd === LC_SEGMENT || cmd === LC_SEGMENT_64) {
      const wide = cmd === LC_SEGMENT_64
      const segname = cmds.cstring(at + 8, 16)
      const addr = cmds.word(at + 24, wide)
      const memsz = cmds.word(at + (wide ? 32 : 28), wide)
      const fileoff = cmds.word(at + (wide ? 40 : 32), wide)
      const filesz = cmds.word(at + (wide ? 48 : 36), wide)
      const maxprot = cmds.u32(at + (wide ? 56 : 40))
      const prot = cmds.u32(at + (wide ? 60 : 44))
      const nsects = cmds.u32(at + (wide ? 64 : 48))
      if (segname !== '__PAGEZERO') {
        segments.push({ name: segname, addr, fileOffset: fileoff, fileSize: filesz })
      }
      if (filesz !== 0 && (prot & 2) !== 0) writable.push({ addr, size: filesz })
      if (!dataSegment && addr !== 0 && filesz !== 0 && prot === 3 && maxprot === 3) {
        dataSegment = { addr, size: memsz }
      }
      const sectSize = wide ? 80 : 68
      const first = at + (wide ? 72 : 56)
      if (first + nsects * sectSize > at + cmdsize)
        throw unrecognized('Mach-O sections out of range')
      for (let s = 0; s < nsects; s++) {
        const sp = first + s * sectSize
        const name = cmds.cstring(sp, 16)
        const seg = cmds.cstring(sp + 16, 16)
        const saddr = cmds.word(sp + 32, wide)
        const size = cmds.word(sp + (wide ? 40 : 36), wide)
        const offset = cmds.u32(sp + (wide ? 48 : 40))
        const flags = cmds.u32(sp + (wide ? 64 : 56))
        const zerofill = [1, 0xc, 0x12].includes(flags & 0xff)
        sections.push({
          name: `${seg},${name}`,
          addr: saddr,
          size,
          fileOffset: offset,
          fileSize: zerofill || offset === 0 ? 0 : size
        })
      }
    }
    at += cmdsize
  }

  const named = sections.find(s => s.name.endsWith(',__go_buildinfo'))
  return {
    format: 'macho',
    bits: is64 ? 64 : 32,
    littleEndian: le,
    goos: 'darwin',
    goarch: machoArch(cputype),
    sections,
    segments,
    // Go 1.27 looks only in the named section; the data segment fallback of older Go (and
    // every writable segment) is searched outside --go-version-m.
    dataStart: named ? { addr: named.addr, size: named.size } : undefined,
    extraRanges: dataSegment ? [dataSegment, ...writable] : writable,
    source
  }
}
