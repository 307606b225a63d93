/**
 * Finds where each regular file of an uncompressed tar archive lives, so an OCI archive or a
 * `docker save` tarball is read in place: no extraction, each blob streamed from its offset.
 */
import { open } from 'node:fs/promises'
import { ImageError, REEXPORT_FIX } from './errors.js'

export interface TarMember {
  offset: number
  size: number
}

const BLOCK = 512

function readString(block: Buffer, start: number, length: number): string {
  const field = block.subarray(start, start + length)
  const end = field.indexOf(0)
  return field.subarray(0, end === -1 ? field.length : end).toString('utf8')
}

function readSize(block: Buffer): number {
  const field = block.subarray(124, 136)
  if ((field[0] ?? 0) & 0x80) {
    // GNU base-256: big-endian, top bit set.
    let value = 0
    for (let i = 1; i < field.length; i++) value = value * 256 + (field[i] ?? 0)
    return value
  }
  const text = readString(block, 124, 12).trim()
  return text === '' ? 0 : parseInt(text, 8)
}

function checksumOk(block: Buffer): boolean {
  const stored = parseInt(readString(block, 148, 8).trim(), 8)
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : (block[i] ?? 0)
  return sum === stored
}

function paxPath(data: Buffer): string | undefined {
  let path: string | undefined
  let at = 0
  while (at < data.length) {
    const space = data.indexOf(0x20, at)
    if (space === -1) break
    const length = parseInt(data.subarray(at, space).toString('ascii'), 10)
    if (!Number.isSafeInteger(length) || length <= 0) break
    const record = data.subarray(space + 1, at + length - 1).toString('utf8')
    const equals = record.indexOf('=')
    if (record.slice(0, equals) === 'path') path = record.slice(equals + 1)
    at += length
  }
  return path
}

/** Archive member names as written, minus a leading `./`. */
export function normalizeMemberName(name: string): string {
  let result = name
  while (result.startsWith('./')) result = result.slice(2)
  return result
}

/** Regular files of the archive by name. */
export async function indexTar(file: string): Promise<Map<string, TarMember>> {
  const handle = await open(file, 'r')
  try {
    const { size: fileSize } = await handle.stat()
    const members = new Map<string, TarMember>()
    const header = Buffer.alloc(BLOCK)
    let offset = 0
    let longName: string | undefined
    while (offset + BLOCK <= fileSize) {
      const { bytesRead } = await handle.read(header, 0, BLOCK, offset)
      if (bytesRead < BLOCK) break
      if (header.every(byte => byte === 0)) return members
      if (!checksumOk(header)) {
        throw new ImageError(
          'format',
          `${file}: not a tar archive (bad header checksum at byte ${offset})`,
          'give an OCI layout directory, an OCI archive (skopeo copy … oci-archive:FILE) or a docker save archive'
        )
      }
      const size = readSize(header)
      const type = String.fromCharCode(header[156] ?? 0)
      const dataOffset = offset + BLOCK
      if (dataOffset + size > fileSize) {
        throw new ImageError(
          'truncated',
          `${file}: truncated archive: member at byte ${offset} needs ${size} bytes, the file ends first`,
          REEXPORT_FIX
        )
      }
      if (type === 'L' || type === 'x') {
        const data = Buffer.alloc(size)
        await handle.read(data, 0, size, dataOffset)
        longName = type === 'L' ? readString(data, 0, size) : (paxPath(data) ?? longName)
      } else {
        const prefix =
          header.subarray(257, 262).toString('ascii') === 'ustar'
            ? readString(header, 345, 155)
            : ''
        const plain = readString(header, 0, 100)
        const name = longName ?? (prefix === '' ? plain : `${prefix}/${plain}`)
        longName = undefined
        if (type === '0' || type === '\0' || type === '7') {
          members.set(normalizeMemberName(name), { offset: dataOffset, size })
        }
      }
      offset = dataOffset + Math.ceil(size / BLOCK) * BLOCK
    }
    if (offset < fileSize || members.size === 0) {
      throw new ImageError(
        'truncated',
        `${file}: truncated tar archive (no end-of-archive marker)`,
        REEXPORT_FIX
      )
    }
    return members
  } finally {
    await handle.close()
  }
}
