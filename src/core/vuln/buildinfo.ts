/**
 * Reads the main module path from a Go binary's embedded build information,
 * so binary-mode findings can point at the go.mod the binary was built from.
 * Go 1.18+ writes a 32-byte header starting "\xff Go buildinf:" followed, when
 * flag bit 2 is set, by two varint-length-prefixed strings: the Go version
 * and the module info ("path …\nmod <path> <version>\ndep …"). Older layouts
 * (pointer-based) are not read; callers fall back.
 */
import { open } from 'node:fs/promises'

const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1')
const CHUNK = 1 << 20

export interface BinaryBuildInfo {
  goVersion: string
  /** The `mod` line's path, e.g. acme.test/app. */
  mainModule?: string
  /** The `path` line: the main package. */
  mainPackage?: string
}

export async function readBuildInfo(file: string): Promise<BinaryBuildInfo | undefined> {
  let handle
  try {
    handle = await open(file, 'r')
  } catch {
    return undefined
  }
  try {
    const buffer = Buffer.alloc(CHUNK + MAGIC.length)
    let carried = 0
    for (let position = 0; ;) {
      const { bytesRead } = await handle.read(buffer, carried, CHUNK, position)
      if (bytesRead === 0) return undefined
      const filled = carried + bytesRead
      const at = buffer.subarray(0, filled).indexOf(MAGIC)
      if (at >= 0) {
        // The header and the strings that follow are small; read them from the file directly.
        const start = position - carried + at
        const header = Buffer.alloc(32 + 64 * 1024)
        const read = await handle.read(header, 0, header.length, start)
        return decode(header.subarray(0, read.bytesRead))
      }
      position += bytesRead
      carried = Math.min(MAGIC.length - 1, filled)
      buffer.copy(buffer, 0, filled - carried, filled)
    }
  } finally {
    await handle.close()
  }
}

function decode(data: Buffer): BinaryBuildInfo | undefined {
  if (data.length < 32) return undefined
  const flags = data[15]
  if ((flags & 0x2) === 0) return undefined
  let offset = 32
  const readString = (): string | undefined => {
    let length = 0
    let shift = 0
    for (;;) {
      if (offset >= data.length) return undefined
      const byte = data[offset++]
      length |= (byte & 0x7f) << shift
      if ((byte & 0x80) === 0) break
      shift += 7
      if (shift > 28) return undefined
    }
    if (offset + length > data.length) return undefined
    const text = data.subarray(offset, offset + length).toString('utf8')
    offset += length
    return text
  }
  const goVersion = readString()
  const modInfo = readString()
  if (goVersion === undefined) return undefined
  const info: BinaryBuildInfo = { goVersion }
  // The module info is framed by 16-byte sentinels, so match lines by keyword rather than position.
  const text = modInfo ?? ''
  info.mainPackage = /path\t([^\t\n]+)/.exec(text)?.[1]
  info.mainModule = /(?:^|\n)mod\t([^\t\n]+)/.exec(text)?.[1]
  return info
}
