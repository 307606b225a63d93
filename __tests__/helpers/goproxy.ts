/**
 * Writes a GOPROXY=file:// folder (the module proxy protocol's static layout):
 * `<escaped path>/@v/list`, `<version>.info`, `<version>.mod`, `<version>.zip`.
 * Used by tests and by the demo so nothing is fetched from the network.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { deflateRawSync } from 'node:zlib'

export interface ProxyModule {
  path: string
  version: string
  /** Files relative to the module root; `go.mod` is added if missing. */
  files: Record<string, string>
  /** RFC 3339 time for the .info file. */
  time?: string
}

/** Go's case-encoding for module paths and versions in the module cache and proxy. */
export function escapeModulePath(modulePath: string): string {
  return modulePath.replace(/[A-Z]/g, letter => `!${letter.toLowerCase()}`)
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

function crc32(data: Buffer): number {
  let crc = 0xffffffff
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

/** A minimal deflate zip writer with fixed timestamps, so archives are reproducible. */
export function zipFiles(files: { name: string; data: Buffer }[]): Buffer {
  const local: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  const dosTime = 0
  const dosDate = ((2024 - 1980) << 9) | (1 << 5) | 1
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8')
    const compressed = deflateRawSync(file.data)
    const crc = crc32(file.data)
    const header = Buffer.alloc(30)
    header.writeUInt32LE(0x04034b50, 0)
    header.writeUInt16LE(20, 4)
    header.writeUInt16LE(0x0800, 6)
    header.writeUInt16LE(8, 8)
    header.writeUInt16LE(dosTime, 10)
    header.writeUInt16LE(dosDate, 12)
    header.writeUInt32LE(crc, 14)
    header.writeUInt32LE(compressed.length, 18)
    header.writeUInt32LE(file.data.length, 22)
    header.writeUInt16LE(name.length, 26)
    header.writeUInt16LE(0, 28)
    local.push(header, name, compressed)
    const entry = Buffer.alloc(46)
    entry.writeUInt32LE(0x02014b50, 0)
    entry.writeUInt16LE(20, 4)
    entry.writeUInt16LE(20, 6)
    entry.writeUInt16LE(0x0800, 8)
    entry.writeUInt16LE(8, 10)
    entry.writeUInt16LE(dosTime, 12)
    entry.writeUInt16LE(dosDate, 14)
    entry.writeUInt32LE(crc, 16)
    entry.writeUInt32LE(compressed.length, 20)
    entry.writeUInt32LE(file.data.length, 24)
    entry.writeUInt16LE(name.length, 28)
    entry.writeUInt32LE(offset, 42)
    central.push(entry, name)
    offset += header.length + name.length + compressed.length
  }
  const centralSize = central.reduce((sum, b) => sum + b.length, 0)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(files.length, 8)
  end.writeUInt16LE(files.length, 10)
  end.writeUInt32LE(centralSize, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...local, ...central, end])
}

/** Writes every module into `root` and returns the `file://` URL to use as GOPROXY. */
export function writeGoProxy(root: string, modules: ProxyModule[]): string {
  const versionsByPath = new Map<string, string[]>()
  for (const mod of modules) {
    const goMod = mod.files['go.mod'] ?? `module ${mod.path}\n\ngo 1.21\n`
    const dir = path.join(root, escapeModulePath(mod.path), '@v')
    mkdirSync(dir, { recursive: true })
    const version = escapeModulePath(mod.version)
    writeFileSync(path.join(dir, `${version}.mod`), goMod)
    writeFileSync(
      path.join(dir, `${version}.info`),
      JSON.stringify({ Version: mod.version, Time: mod.time ?? '2024-01-01T00:00:00Z' }) + '\n'
    )
    const entries = Object.entries({ ...mod.files, 'go.mod': goMod })
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, content]) => ({
        name: `${mod.path}@${mod.version}/${name}`,
        data: Buffer.from(content)
      }))
    writeFileSync(path.join(dir, `${version}.zip`), zipFiles(entries))
    versionsByPath.set(mod.path, [...(versionsByPath.get(mod.path) ?? []), mod.version])
  }
  for (const [modulePath, versions] of versionsByPath) {
    writeFileSync(
      path.join(root, escapeModulePath(modulePath), '@v', 'list'),
      versions.join('\n') + '\n'
    )
  }
  return `file://${path.resolve(root)}`
}
