/**
 * Reads Go build info from ELF, Mach-O (thin and universal), PE and XCOFF
 * binaries without a Go toolchain, reading only the byte ranges it needs.
 * The area's face: entries, CLI commands and other areas import from here.
 */
export {
  readBuildInfo,
  readBuildInfoFrom,
  type BinaryInfo,
  type BuildInfo,
  type SliceInfo
} from './read.js'
export { formatGoVersionM, goVersionMOutput } from './goversion.js'
export { BufferSource, FileSource, type ByteSource } from './source.js'
export { BuildInfoError, NOT_GO, UNRECOGNIZED } from './errors.js'
export type { Exe, ExeSection } from './exe.js'
export { readElfProgramInfo, type ElfProgramInfo } from './elf.js'
export {
  formatModInfo,
  parseModInfo,
  splitGoVersion,
  type BuildSetting,
  type ModInfo,
  type Module
} from './modinfo.js'
export { goQuote, goUnquote } from './quote.js'
export { decodeGoString, encodeGoString } from './gostring.js'
export type { BuildInfoReadOptions } from './blob.js'
