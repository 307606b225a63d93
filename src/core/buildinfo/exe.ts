/** What the blob search and the section digests need from any executable format. */
import type { ByteSource } from './source.js'

export type ExeFormat = 'elf' | 'macho' | 'pe' | 'xcoff'

export interface ExeSection {
  name: string
  /** Virtual address (0 for sections not loaded). */
  addr: number
  /** Size in memory. */
  size: number
  /** File offset and size of the bytes stored in the file (0 for bss/zerofill). */
  fileOffset: number
  fileSize: number
}

/** A loadable region mapping virtual addresses to file offsets. */
export interface ExeSegment {
  name: string
  addr: number
  fileOffset: number
  fileSize: number
}

export interface Exe {
  format: ExeFormat
  bits: 32 | 64
  littleEndian: boolean
  /** Target from the file header, for binaries without build settings. */
  goos: string
  goarch: string
  sections: ExeSection[]
  segments: ExeSegment[]
  /** The address range to search for the build info magic, per Go's debug/buildinfo. */
  dataStart: { addr: number; size: number } | undefined
  /** Why Go's own parser (debug/elf …) rejects this file although we can read it. */
  goRejects?: string
  /** Every writable region, searched (outside --go-version-m) when dataStart has no build info. */
  extraRanges: { addr: number; size: number }[]
  /** Header parts that are not sections (e.g. "ELF header"), for digest tables. */
  source: ByteSource
}

/** Reads up to `size` bytes at virtual address `addr` within the segment that contains it. */
export async function readAddress(exe: Exe, addr: number, size: number): Promise<Buffer> {
  for (const segment of exe.segments) {
    if (
      segment.fileSize > 0 &&
      segment.addr <= addr &&
      addr <= segment.addr + segment.fileSize - 1
    ) {
      const available = segment.addr + segment.fileSize - addr
      return exe.source.read(segment.fileOffset + (addr - segment.addr), Math.min(size, available))
    }
  }
  return Buffer.alloc(0)
}
